// The unit inspector's answers, asked of the engine while the inspector is open: at most one request in
// flight, at most about once a second. Each answer has a light part (weights, bias, gradient norm: cheap,
// refreshed while training) and, only when asked for, a heavy part (test-batch histogram and the top images
// over the whole test split: a forward pass over every test image, so only for a new unit, a paused net or
// the refresh button). The gradient-norm curve is built from the light parts: one point per new step.
// A new run clears it all; the router drops answers from a replaced run.
import { create } from 'zustand';
import type { UnitHeavy, UnitLight } from '../wire/protocol';
import { sendToEngine } from './engineLink';
import type { UnitRef } from './unitRef';

/** Points kept on the gradient-norm curve. */
export const MAX_GRAD_POINTS = 300;

export interface InspectorState {
  /** The latest light answer, the step it describes, and the unit it was asked for. */
  latest: { step: number; ref: UnitRef; result: UnitLight | null } | null;
  /** The latest heavy answer and its unit (its own steps are in `part.steps`). */
  heavy: { ref: UnitRef; part: UnitHeavy } | null;
  /** ‖∂L/∂w‖ of `latest.ref` over the steps the inspector saw. */
  gradHistory: { step: number; gradNorm: number }[];
  inflight: { id: number; ref: UnitRef; heavy: boolean } | null;
  /** The refresh button was pressed: the next request carries the heavy part. */
  heavyWanted: boolean;
  engineReady: boolean;
  nextId: number;
}

export interface InspectorActions {
  /** Asks about a unit unless a request is in flight or the engine is not ready; returns whether it asked. */
  request: (ref: UnitRef, heavy: boolean) => boolean;
  /** The heavy part again at the next request (the refresh button). */
  wantHeavy: () => void;
  onUnit: (id: number, step: number, result: UnitLight | null, heavy: UnitHeavy | null) => void;
  onEngineReady: () => void;
  onEngineRestart: () => void;
  clearRun: () => void;
  reset: () => void;
}

const initialState: InspectorState = {
  latest: null, heavy: null, gradHistory: [], inflight: null, heavyWanted: false, engineReady: false, nextId: 1,
};

export const sameRef = (a: UnitRef | undefined, b: UnitRef | undefined) => a?.layer === b?.layer && a?.unit === b?.unit;

/**
 * Whether a refresh needs the heavy part: none yet for this unit, the button was pressed, or the net is not
 * training and has moved on since the last one (a paused net: once per step, never per poll).
 */
export function heavyDue(s: Pick<InspectorState, 'heavy' | 'heavyWanted'>, ref: UnitRef, step: number, running: boolean): boolean {
  if (s.heavyWanted || !s.heavy || !sameRef(s.heavy.ref, ref)) return true;
  return !running && s.heavy.part.steps[1] !== step;
}

/** The curve after an answer: restarted for another unit, extended for a new step, unchanged otherwise. */
export function extendGradHistory(
  history: InspectorState['gradHistory'],
  sameUnit: boolean,
  step: number,
  result: UnitLight | null,
): InspectorState['gradHistory'] {
  const base = sameUnit ? history : [];
  if (!result) return base;
  const last = base[base.length - 1];
  if (last && last.step === step) return base;
  // An answer about an earlier step (a new run's first answers) starts the curve again rather than zigzag.
  const kept = last && last.step > step ? [] : base;
  return [...kept, { step, gradNorm: result.gradNorm }].slice(-MAX_GRAD_POINTS);
}

export const useInspector = create<InspectorState & InspectorActions>()((set, get) => ({
  ...initialState,

  request: (ref, heavy) => {
    const { inflight, engineReady, nextId } = get();
    if (inflight || !engineReady) return false;
    set({ inflight: { id: nextId, ref, heavy }, nextId: nextId + 1 });
    sendToEngine({ type: 'inspect-unit', id: nextId, layer: ref.layer, unit: ref.unit, heavy });
    return true;
  },

  wantHeavy: () => set({ heavyWanted: true }),

  onUnit: (id, step, result, heavy) => {
    const { inflight, latest, gradHistory, heavyWanted } = get();
    if (!inflight || id !== inflight.id) return;
    const ref = inflight.ref;
    set({
      inflight: null,
      latest: { step, ref, result },
      gradHistory: extendGradHistory(gradHistory, sameRef(latest?.ref, ref), step, result),
      // A heavy part asked for but not given (a new run replaced the net meanwhile) is asked for again.
      ...(heavy ? { heavy: { ref, part: heavy } } : {}),
      heavyWanted: heavyWanted && !(inflight.heavy && heavy),
    });
  },

  onEngineReady: () => set({ engineReady: true, inflight: null }),
  onEngineRestart: () => set({ engineReady: false, inflight: null }),
  clearRun: () => set({ latest: null, heavy: null, gradHistory: [], inflight: null }),
  reset: () => set(initialState),
}));

export const selectInspection = (s: InspectorState) => s.latest;
export const selectHeavy = (s: InspectorState) => s.heavy;
export const selectGradHistory = (s: InspectorState) => s.gradHistory;
export const selectHeavyPending = (s: InspectorState) => s.heavyWanted || (s.inflight?.heavy ?? false);
