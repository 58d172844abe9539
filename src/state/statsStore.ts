// Per-layer statistics from the engine: the latest step in full (with histograms) and a capped history of
// the scalar series for the over-time charts; plus the initialization lab's latest result. The router feeds
// it only the current run's statistics; a new run resets it (wired in startApp.ts).
import { create } from 'zustand';
import type { EngineConfig } from '../experiment/engineConfig';
import type { InitLabData, InitLabResult, LayerStats } from '../wire/protocol';
import { sendToEngine } from './engineLink';
import { appendCapped } from './history';

/** One stats interval without the histograms (they are only drawn for the current step). */
export type LayerSeries = Omit<LayerStats, 'hist' | 'histRange'>;
export interface StatsPoint {
  step: number;
  layers: LayerSeries[];
}

/** Stats arrive ~2–3×/s; 300 points keep a long run's shape (older points are thinned, see history.ts) and
 * keep the redraw of 4 charts × one line per layer cheap. */
export const STATS_CAP = 300;

export interface StatsState {
  enabled: boolean;
  latest: { step: number; layers: LayerStats[] } | null;
  history: StatsPoint[];
  initLab: InitLabResult | null;
  /** Id of the latest init-lab request; older answers are dropped. */
  initLabId: number;
  /** The config object of the latest request, and of the result shown (the same object once it is current). */
  initLabAsked: unknown;
  initLabFor: unknown;
}

export interface StatsActions {
  onLayerStats: (step: number, layers: LayerStats[]) => void;
  onInitLab: (id: number, result: InitLabResult) => void;
  /** A fresh Worker starts with statistics on: tell it if they are off. */
  onEngineReady: () => void;
  /** A new run: its statistics start over. */
  clearRun: () => void;
  setEnabled: (enabled: boolean) => void;
  requestInitLab: (config: EngineConfig, data: InitLabData) => void;
  reset: () => void;
}

const initialState: StatsState = { enabled: true, latest: null, history: [], initLab: null, initLabId: 0, initLabAsked: null, initLabFor: null };

export const useStats = create<StatsState & StatsActions>()((set, get) => ({
  ...initialState,

  onLayerStats: (step, layers) => {
    // NaN weights: the update that diverged; its numbers mean nothing.
    if (layers.some((l) => Number.isNaN(l.weightNorm))) return;
    const point = { step, layers: layers.map(({ hist: _h, histRange: _r, ...rest }) => rest) };
    set({ latest: { step, layers }, history: appendCapped(get().history, [point], STATS_CAP) });
  },

  onInitLab: (id, result) => {
    if (id === get().initLabId) set({ initLab: result, initLabFor: get().initLabAsked });
  },

  onEngineReady: () => {
    if (!get().enabled) sendToEngine({ type: 'set-stats', enabled: false });
  },

  clearRun: () => set({ latest: null, history: [] }),

  setEnabled: (enabled) => {
    set({ enabled });
    sendToEngine({ type: 'set-stats', enabled });
  },

  requestInitLab: (config, data) => {
    const id = get().initLabId + 1;
    set({ initLabId: id, initLabAsked: config });
    sendToEngine({ type: 'init-lab', id, config, data });
  },

  reset: () => set(initialState),
}));

export const selectLatestStats = (s: StatsState) => s.latest;
export const selectStatsHistory = (s: StatsState) => s.history;
export const selectInitLab = (s: StatsState) => s.initLab;
export const selectStatsEnabled = (s: StatsState) => s.enabled;
