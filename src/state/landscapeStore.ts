// The loss landscape of the current run, computed on request in the Worker: progress with an estimate of the
// time left, cancel, and the result (for the step it was computed at). A new run clears it.
import { create } from 'zustand';
import type { LandscapeResult } from '../wire/protocol';
import { sendToEngine } from './engineLink';

export interface LandscapeState {
  /** The request in flight (0: none). */
  inflight: number;
  progress: { done: number; total: number; etaMs: number } | null;
  result: LandscapeResult | null;
  /** The last request was cancelled (or found no net). */
  stopped: boolean;
  nextId: number;
}

export interface LandscapeActions {
  start: (run: number, grid: number, span: number) => void;
  cancel: () => void;
  onProgress: (id: number, done: number, total: number, etaMs: number) => void;
  onResult: (id: number, result: LandscapeResult | null) => void;
  /** A new run: the old net's landscape means nothing now. */
  clearRun: () => void;
  reset: () => void;
}

const initialState: LandscapeState = { inflight: 0, progress: null, result: null, stopped: false, nextId: 1 };

export const useLandscape = create<LandscapeState & LandscapeActions>()((set, get) => ({
  ...initialState,
  start: (run, grid, span) => {
    const { inflight, nextId } = get();
    if (inflight) sendToEngine({ type: 'landscape-cancel', id: inflight });
    set({ inflight: nextId, nextId: nextId + 1, progress: { done: 0, total: grid * grid, etaMs: 0 }, stopped: false });
    sendToEngine({ type: 'landscape', id: nextId, run, grid, span });
  },
  cancel: () => {
    const { inflight } = get();
    if (!inflight) return;
    sendToEngine({ type: 'landscape-cancel', id: inflight });
    set({ inflight: 0, progress: null, stopped: true });
  },
  onProgress: (id, done, total, etaMs) => {
    if (get().inflight === id) set({ progress: { done, total, etaMs } });
  },
  onResult: (id, result) => {
    if (get().inflight !== id) return;
    set({ inflight: 0, progress: null, result: result ?? get().result, stopped: result === null });
  },
  clearRun: () => {
    const { inflight } = get();
    if (inflight) sendToEngine({ type: 'landscape-cancel', id: inflight });
    set({ inflight: 0, progress: null, result: null, stopped: false });
  },
  reset: () => set(initialState),
}));

export const selectLandscape = (s: LandscapeState) => s.result;
export const selectLandscapeProgress = (s: LandscapeState) => s.progress;
