// The net's predictions, asked of the engine on demand: the test-set summary (grid, mistakes, confusion
// matrix) and the class probabilities of the learner's drawing. At most one request of each kind is in
// flight; one made meanwhile is sent when the answer arrives, so a fast-drawing learner never queues a
// backlog. The router drops answers from a replaced run; a new run clears what the old net said and asks
// again about the drawing, so the pad always speaks for the current net.
import { create } from 'zustand';
import type { TestPredictions } from '../wire/protocol';
import { sendToEngine } from './engineLink';

export interface PredictionsState {
  test: { step: number; result: TestPredictions } | null;
  probs: number[] | null;
  /** Ids of the requests in flight (0: none), and what to send when they are answered. */
  inflight: { test: number; image: number };
  queued: { test: boolean; image: Float32Array | null };
  /** The drawing last asked about, re-asked when the net changes; null when the pad is blank. */
  drawing: Float32Array | null;
  /** False until the engine is ready: requests wait for it. */
  engineReady: boolean;
  nextId: number;
}

export interface PredictionsActions {
  requestTest: () => void;
  /** Asks about a drawing; null clears the pad (no prediction for a blank drawing). */
  requestProbs: (image: Float32Array | null) => void;
  onTest: (id: number, step: number, result: TestPredictions) => void;
  onImage: (id: number, probs: number[]) => void;
  onEngineReady: () => void;
  /** The Worker is being replaced: hold requests until the new one is ready. */
  onEngineRestart: () => void;
  /** A new run (or a new Worker): forget the old net's answers and ask again about the drawing. */
  clearRun: () => void;
  reset: () => void;
}

const initialState: PredictionsState = {
  test: null,
  probs: null,
  inflight: { test: 0, image: 0 },
  queued: { test: false, image: null },
  drawing: null,
  engineReady: false,
  nextId: 1,
};

export const usePredictions = create<PredictionsState & PredictionsActions>()((set, get) => {
  const sendTest = () => {
    const id = get().nextId;
    set({ nextId: id + 1, inflight: { ...get().inflight, test: id }, queued: { ...get().queued, test: false } });
    sendToEngine({ type: 'predict', id });
  };
  const sendImage = (image: Float32Array) => {
    const id = get().nextId;
    set({ nextId: id + 1, inflight: { ...get().inflight, image: id }, queued: { ...get().queued, image: null } });
    sendToEngine({ type: 'predict', id, image });
  };
  const flushQueued = () => {
    const { inflight, queued, engineReady } = get();
    if (!engineReady) return;
    if (queued.test && !inflight.test) sendTest();
    if (queued.image && !inflight.image) sendImage(queued.image);
  };

  return {
    ...initialState,

    requestTest: () => {
      set({ queued: { ...get().queued, test: true } });
      flushQueued();
    },

    requestProbs: (image) => {
      if (!image) return set({ drawing: null, probs: null, queued: { ...get().queued, image: null } });
      set({ drawing: image, queued: { ...get().queued, image } });
      flushQueued();
    },

    onTest: (id, step, result) => {
      if (id !== get().inflight.test) return;
      set({ test: { step, result }, inflight: { ...get().inflight, test: 0 } });
      flushQueued();
    },

    onImage: (id, probs) => {
      if (id !== get().inflight.image) return;
      set({ inflight: { ...get().inflight, image: 0 }, probs: probs.length && get().drawing ? probs : null });
      flushQueued();
    },

    onEngineReady: () => {
      set({ engineReady: true, inflight: { test: 0, image: 0 } });
      flushQueued();
    },

    onEngineRestart: () => set({ engineReady: false, inflight: { test: 0, image: 0 } }),

    clearRun: () => {
      const { drawing } = get();
      // Answers in flight belong to the old net: forget them (the router would drop them anyway).
      set({ test: null, probs: null, inflight: { test: 0, image: 0 }, queued: { test: false, image: drawing } });
      flushQueued();
    },

    reset: () => set(initialState),
  };
});

export const selectTestPredictions = (s: PredictionsState) => s.test;
export const selectProbs = (s: PredictionsState) => s.probs;
