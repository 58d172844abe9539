// The learning-rate finder's page state: the points of the test running (or last run) and how it ended.
// Its messages carry their request id; an answer to an older request is ignored.
import { create } from 'zustand';
import { toEngineConfig } from '../../experiment/engineConfig';
import type { LrFinderPoint } from '../../wire/protocol';
import { sendToEngine } from '../engineLink';
import type { Config } from '../schema';

export type FinderPhase = 'idle' | 'running' | 'done';

interface FinderState {
  id: number;
  phase: FinderPhase;
  points: LrFinderPoint[];
  stopped: 'diverged' | 'end' | 'cancelled' | null;
}

interface FinderActions {
  /** Starts a test on a fresh net of `config` (as run `run`); a running one is replaced. */
  start: (config: Config, run: number) => void;
  cancel: () => void;
  onPoints: (id: number, points: LrFinderPoint[], done: boolean, stopped: FinderState['stopped']) => void;
  reset: () => void;
}

export const initialState: FinderState = { id: 0, phase: 'idle', points: [], stopped: null };

export const useLrFinder = create<FinderState & FinderActions>()((set, get) => ({
  ...initialState,
  start: (config, run) => {
    const id = get().id + 1;
    set({ id, phase: 'running', points: [], stopped: null });
    sendToEngine({ type: 'lr-finder', id, run, config: toEngineConfig({ ...config, mode: 'train' }) });
  },
  cancel: () => {
    if (get().phase === 'running') sendToEngine({ type: 'lr-finder-cancel', id: get().id });
  },
  onPoints: (id, points, done, stopped) => {
    if (id !== get().id) return;
    set({ points: points.length ? [...get().points, ...points] : get().points, ...(done ? { phase: 'done', stopped } : {}) });
  },
  // Keeps the id counter, so an answer to a request made before the reset is still recognised as old.
  reset: () => set({ ...initialState, id: get().id }),
}));

export const selectFinder = (s: FinderState) => s;
