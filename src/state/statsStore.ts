// Per-layer statistics from the engine: the latest step in full (with histograms) and a capped history of
// the scalar series for the over-time charts; plus the initialization lab's latest result. A store of its
// own so the main store stays small; the engine bridge feeds `receive` alongside the main store.
import { create } from 'zustand';
import type { EngineConfig } from '../engine/config';
import type { FromWorker, InitLabData, InitLabResult, LayerStats } from '../engine/protocol';
import { appendCapped } from './history';
import { sendToEngine, useLab } from './store';

/** One stats interval without the histograms (they are only drawn for the current step). */
export type LayerSeries = Omit<LayerStats, 'hist' | 'histRange'>;
export interface StatsPoint {
  step: number;
  layers: LayerSeries[];
}

/** Stats arrive ~4×/s; 300 points keep a long run's shape (older points are thinned, see history.ts) and
 * keep the redraw of 4 charts × one line per layer cheap. */
export const STATS_CAP = 300;

export interface StatsState {
  enabled: boolean;
  latest: { step: number; layers: LayerStats[] } | null;
  history: StatsPoint[];
  initLab: InitLabResult | null;
  initLabId: number;
}

export interface StatsActions {
  receive: (msg: FromWorker) => void;
  clear: () => void;
  setEnabled: (enabled: boolean) => void;
  requestInitLab: (config: EngineConfig, data: InitLabData) => void;
}

const initialState: StatsState = { enabled: true, latest: null, history: [], initLab: null, initLabId: 0 };

export const useStats = create<StatsState & StatsActions>()((set, get) => ({
  ...initialState,

  receive: (msg) => {
    switch (msg.type) {
      case 'ready':
        // A fresh worker starts with statistics on.
        if (!get().enabled) sendToEngine({ type: 'stats', enabled: false });
        return;
      case 'stats': {
        const lab = useLab.getState();
        // status null: the page reset the run and the engine has not confirmed yet, so this is the old run's.
        // After a divergence the numbers are NaN: keep the history up to it.
        if (!lab.status || (lab.divergedAt !== null && msg.step >= lab.divergedAt)) return;
        // NaN weights: the update that diverged; its numbers mean nothing (the diverged message may come later).
        if (msg.layers.some((l) => Number.isNaN(l.weightNorm))) return;
        const point = { step: msg.step, layers: msg.layers.map(({ hist: _h, histRange: _r, ...rest }) => rest) };
        return set({ latest: { step: msg.step, layers: msg.layers }, history: appendCapped(get().history, [point], STATS_CAP) });
      }
      case 'init-lab-result':
        if (msg.id === get().initLabId) set({ initLab: msg.result });
        return;
    }
  },

  clear: () => set({ latest: null, history: [] }),

  setEnabled: (enabled) => {
    set({ enabled });
    sendToEngine({ type: 'stats', enabled });
  },

  requestInitLab: (config, data) => {
    const id = get().initLabId + 1;
    set({ initLabId: id });
    sendToEngine({ type: 'init-lab', id, config, data });
  },
}));

// A run reset (new config, Reset button, new worker) clears the status; the charts start over with it.
useLab.subscribe((s, prev) => {
  if (s.status === null && prev.status !== null) useStats.getState().clear();
});

export const selectLatestStats = (s: StatsState) => s.latest;
export const selectStatsHistory = (s: StatsState) => s.history;
export const selectInitLab = (s: StatsState) => s.initLab;
export const selectStatsEnabled = (s: StatsState) => s.enabled;
