// The unit inspector's answers, asked of the engine while the inspector is open: at most one request in
// flight (the panel asks at most about once a second, and only when the net or the unit has changed). The
// gradient-norm curve is built from the answers: one point per answer at a new step, for the same unit.
// A new run clears it all; the router drops answers from a replaced run.
import { create } from 'zustand';
import type { UnitInspection } from '../wire/protocol';
import { sendToEngine } from './engineLink';
import type { UnitRef } from './unitRef';

/** Points kept on the gradient-norm curve. */
export const MAX_GRAD_POINTS = 300;

export interface InspectorState {
  /** The latest answer, the step it describes, and the unit it was asked for. */
  latest: { step: number; ref: UnitRef; result: UnitInspection | null } | null;
  /** ‖∂L/∂w‖ of `latest.ref` over the steps the inspector saw. */
  gradHistory: { step: number; gradNorm: number }[];
  inflight: { id: number; ref: UnitRef } | null;
  engineReady: boolean;
  nextId: number;
}

export interface InspectorActions {
  /** Asks about a unit unless a request is in flight or the engine is not ready; returns whether it asked. */
  request: (ref: UnitRef) => boolean;
  onUnit: (id: number, step: number, result: UnitInspection | null) => void;
  onEngineReady: () => void;
  onEngineRestart: () => void;
  clearRun: () => void;
  reset: () => void;
}

const initialState: InspectorState = { latest: null, gradHistory: [], inflight: null, engineReady: false, nextId: 1 };

const sameRef = (a: UnitRef | undefined, b: UnitRef) => a?.layer === b.layer && a.unit === b.unit;

/** The curve after an answer: restarted for another unit, extended for a new step, unchanged otherwise. */
export function extendGradHistory(
  history: InspectorState['gradHistory'],
  sameUnit: boolean,
  step: number,
  result: UnitInspection | null,
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

  request: (ref) => {
    const { inflight, engineReady, nextId } = get();
    if (inflight || !engineReady) return false;
    set({ inflight: { id: nextId, ref }, nextId: nextId + 1 });
    sendToEngine({ type: 'inspect-unit', id: nextId, layer: ref.layer, unit: ref.unit });
    return true;
  },

  onUnit: (id, step, result) => {
    const { inflight, latest, gradHistory } = get();
    if (!inflight || id !== inflight.id) return;
    const ref = inflight.ref;
    set({
      inflight: null,
      latest: { step, ref, result },
      gradHistory: extendGradHistory(gradHistory, sameRef(latest?.ref, ref), step, result),
    });
  },

  onEngineReady: () => set({ engineReady: true, inflight: null }),
  onEngineRestart: () => set({ engineReady: false, inflight: null }),
  clearRun: () => set({ latest: null, gradHistory: [], inflight: null }),
  reset: () => set(initialState),
}));

export const selectInspection = (s: InspectorState) => s.latest;
export const selectGradHistory = (s: InspectorState) => s.gradHistory;
