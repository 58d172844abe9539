// The learning-rate finder's page state: the points of the test running (or last run) and how it ended.
// Its messages carry their request id; an answer to an older request is ignored.
import { create } from 'zustand';
import { toEngineConfig } from '../../experiment/engineConfig';
import { LR_FINDER, type LrFinderPoint } from '../../wire/protocol';
import { sendToEngine } from '../engineLink';
import type { Config } from '../schema';

export type FinderPhase = 'idle' | 'running' | 'done';

interface FinderState {
  id: number;
  phase: FinderPhase;
  points: LrFinderPoint[];
  stopped: 'diverged' | 'end' | 'cancelled' | null;
  /** performance.now() when the test was asked for, and when its latest points arrived (the time-left estimate). */
  startedAt: number;
  lastAt: number;
}

interface FinderActions {
  /** Starts a test on a fresh net of `config` (as run `run`); a running one is replaced. */
  start: (config: Config, run: number) => void;
  cancel: () => void;
  onPoints: (id: number, points: LrFinderPoint[], done: boolean, stopped: FinderState['stopped']) => void;
  reset: () => void;
}

export const initialState: FinderState = { id: 0, phase: 'idle', points: [], stopped: null, startedAt: 0, lastAt: 0 };

export const useLrFinder = create<FinderState & FinderActions>()((set, get) => ({
  ...initialState,
  start: (config, run) => {
    const id = get().id + 1;
    const now = performance.now();
    set({ id, phase: 'running', points: [], stopped: null, startedAt: now, lastAt: now });
    sendToEngine({ type: 'lr-finder', id, run, config: toEngineConfig({ ...config, mode: 'train' }) });
  },
  cancel: () => {
    if (get().phase === 'running') sendToEngine({ type: 'lr-finder-cancel', id: get().id });
  },
  onPoints: (id, points, done, stopped) => {
    if (id !== get().id) return;
    set({
      points: points.length ? [...get().points, ...points] : get().points,
      lastAt: points.length ? performance.now() : get().lastAt,
      ...(done ? { phase: 'done', stopped } : {}),
    });
  },
  // Keeps the id counter, so an answer to a request made before the reset is still recognised as old.
  reset: () => set({ ...initialState, id: get().id }),
}));

export const selectFinder = (s: FinderState) => s;

/** Milliseconds left if the test runs all LR_FINDER.steps updates at the pace so far (it often stops sooner at
 * the divergence); null before the first points or once it has ended. */
export const selectFinderEtaMs = (s: FinderState): number | null =>
  s.phase !== 'running' || s.points.length === 0 ? null : ((s.lastAt - s.startedAt) / s.points.length) * (LR_FINDER.steps - s.points.length);
