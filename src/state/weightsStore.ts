// The first layer's weight images, asked of the engine while the panel is open: at most one request in
// flight, and the panel asks at most once a second (the readback is one [784, units] tensor). A new run
// clears the old net's images; the router drops answers from a replaced run.
import { create } from 'zustand';
import type { WeightImages } from '../wire/protocol';
import { sendToEngine } from './engineLink';

export interface WeightsState {
  /** The latest images and the step they show. */
  latest: { step: number; images: WeightImages } | null;
  /**
   * Per unit: true when its image did not (visibly) change between the last two readbacks at different
   * steps (a frozen unit: a dead ReLU gets no gradient). null until two such readbacks exist.
   */
  frozen: boolean[] | null;
  /** Id of the request in flight (0: none). */
  inflight: number;
  engineReady: boolean;
  nextId: number;
}

export interface WeightsActions {
  /** Asks for fresh images unless a request is already in flight or the engine is not ready. */
  request: () => void;
  onWeights: (id: number, step: number, images: WeightImages | null) => void;
  onEngineReady: () => void;
  onEngineRestart: () => void;
  clearRun: () => void;
  reset: () => void;
}

const initialState: WeightsState = { latest: null, frozen: null, inflight: 0, engineReady: false, nextId: 1 };

/** A unit is frozen when none of its weights moved more than this fraction of the layer's colour scale. */
export const FROZEN_TOLERANCE = 1e-4;

/**
 * Per unit: did row u of `a` and `b` ([units × 784]) stay within FROZEN_TOLERANCE · max |w|? A tolerance, not
 * equality: Adam keeps nudging a dead unit by its decaying momentum for a few dozen steps after its
 * gradient has gone to zero.
 */
export function unchangedUnits(a: WeightImages, b: WeightImages): boolean[] | null {
  if (a.units !== b.units || a.values.length !== b.values.length) return null;
  const size = a.values.length / a.units;
  const tol = FROZEN_TOLERANCE * Math.max(a.maxAbs, b.maxAbs);
  return Array.from({ length: a.units }, (_, u) => {
    for (let i = u * size; i < (u + 1) * size; i++) if (!(Math.abs(a.values[i] - b.values[i]) <= tol)) return false;
    return true;
  });
}

export const useWeights = create<WeightsState & WeightsActions>()((set, get) => ({
  ...initialState,

  request: () => {
    const { inflight, engineReady, nextId } = get();
    if (inflight || !engineReady) return;
    set({ inflight: nextId, nextId: nextId + 1 });
    sendToEngine({ type: 'weights', id: nextId });
  },

  onWeights: (id, step, images) => {
    if (id !== get().inflight) return;
    const prev = get().latest;
    if (!images) return set({ inflight: 0 });
    // Frozen is judged only across steps: two readbacks of the same paused step say nothing.
    const frozen = prev && prev.step !== step ? unchangedUnits(prev.images, images) : get().frozen;
    set({ inflight: 0, latest: { step, images }, frozen });
  },

  onEngineReady: () => set({ engineReady: true, inflight: 0 }),
  onEngineRestart: () => set({ engineReady: false, inflight: 0 }),
  clearRun: () => set({ latest: null, frozen: null, inflight: 0 }),
  reset: () => set(initialState),
}));

export const selectWeightImages = (s: WeightsState) => s.latest;
export const selectFrozen = (s: WeightsState) => s.frozen;
