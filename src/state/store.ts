// The experiment and its current run (zustand). State and the actions that change it sit together; the
// router (router.ts) hands in the Worker's messages, already filtered to the current run. The page chooses
// every run's id: a new config, Reset, a new Worker each start a new run at once, so nothing the old run
// says afterwards can reach the charts.
import { create } from 'zustand';
import { isPathsLabChange, sameRuns, toEngineConfig } from '../experiment/engineConfig';
import type { EvalPoint, LossPoint, RunStatus } from '../wire/protocol';
import { sendToEngine } from './engineLink';
import { appendCapped } from './history';
import { checkPatch, noticeOf, withNotice, type Notice } from './notices';
import { presetById } from './presets';
import { searchVariants } from './search/plan';
import { guardResources } from './resourceGuard';
import { presetBase, type Rejection } from './urlCodec';
import { FIELD_NAMES, VIEW_FIELDS, type Config, type FieldName } from './schema';

export type Phase = 'starting' | 'loading' | 'ready' | 'fatal';

/** One network being trained: its run id and its experiment. */
export interface Lane {
  run: number;
  config: Config;
}

export interface LabState {
  config: Config;
  preset: string | null;
  notices: Notice[];
  phase: Phase;
  load: { loaded: number; total: number };
  fatal: string | null;
  backend: { name: string; reason: string } | null;
  /** The current run's id (page-chosen, never reused); 0 before the first. */
  run: number;
  /** The runs trained together now: one, or a race preset's variants (the first is `run`). */
  lanes: Lane[];
  /** The next run id to hand out. */
  nextRun: number;
  /** The first lane's status (the status bar's numbers). */
  status: RunStatus | null;
  /** Every lane's latest status, by run id (a race is running while any lane is). */
  laneStatus: Record<number, RunStatus>;
  losses: LossPoint[];
  evals: EvalPoint[];
  examplesPerSec: number;
  divergedAt: number | null;
  error: string | null;
  /** Train was pressed and the engine has not reported a finished step yet (shader compilation, warm-up). */
  warming: boolean;
  /** Pause was pressed; the engine has not confirmed yet (the page shows it paused at once). */
  pausing: boolean;
  /** Train was pressed before the engine was ready: it starts as soon as it is. */
  trainWhenReady: boolean;
}

export interface LabActions {
  /** Changes config fields (each checked against the schema); any experiment change starts a new run. */
  setConfig: (patch: Partial<Record<FieldName, unknown>>) => void;
  /** Loads a preset over the defaults (keeping the view settings). */
  applyPreset: (id: string | null) => void;
  train: () => void;
  pause: () => void;
  togglePlay: () => void;
  step: () => void;
  /** A new run of the same experiment. */
  reset: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (key: string) => void;
  /** Everything back to the initial state (tests; a fresh page). */
  resetStore: (config?: Config, preset?: string | null, rejected?: Rejection[]) => void;
  // From the router:
  onProgress: (loaded: number, total: number) => void;
  onReady: (backend: string, reason: string) => void;
  onFatal: (message: string) => void;
  onEngineRestart: () => void;
  onWarming: () => void;
  onStatus: (status: RunStatus) => void;
  /** The status of a race lane other than the first. */
  onLaneStatus: (run: number, status: RunStatus) => void;
  onMetrics: (points: LossPoint[], examplesPerSec: number) => void;
  onEval: (point: EvalPoint) => void;
  onDiverged: (step: number) => void;
  onError: (message: string) => void;
}

export type LabStore = LabState & LabActions;

/** What belongs to one run: cleared whenever a new run starts. */
const runReset = {
  status: null,
  laneStatus: {},
  losses: [],
  evals: [],
  examplesPerSec: 0,
  divergedAt: null,
  error: null,
  warming: false,
  pausing: false,
} satisfies Partial<LabState>;

export function initialState(config: Config, preset: string | null, rejected: Rejection[]): LabState {
  return {
    config,
    preset,
    notices: rejected.map((r) => noticeOf(`url:${r.key}`, `Ignored ${r.key}=${r.value}: ${r.reason}. Using the default instead.`)),
    phase: 'starting',
    load: { loaded: 0, total: 0 },
    fatal: null,
    backend: null,
    run: 0,
    lanes: [],
    nextRun: 1,
    ...runReset,
    trainWhenReady: false,
  };
}

const isExperimentField = (k: FieldName) => !VIEW_FIELDS.includes(k);

/** The configs of the lanes a run of `config` trains: a race preset's variants or a search's points, else one. */
function planLanes(config: Config, preset: string | null): Config[] {
  // A search trains every point at once, one lane each, as a race does.
  const race = config.mode === 'search' ? searchVariants(config) : (preset && config.mode === 'train' && presetById[preset]?.race) || [{}];
  return race.map((variant) => guardResources({ ...config, ...variant }).config);
}

/**
 * After `changed` fields changed: must the run be rebuilt? Not for a change only the optimizer lab reads
 * (its racers' rate, its surface), nor when the lanes' nets are the same as the ones built (a page-only key).
 */
const runIsStale = (s: LabState, changed: readonly FieldName[]) =>
  s.phase !== 'ready' ||
  (!isPathsLabChange(s.config.mode, changed) && !sameRuns(planLanes(s.config, s.preset), s.lanes.map((l) => l.config)));

export const useLab = create<LabStore>()((set, get) => {
  /**
   * Starts a new run of the current config (when the engine is ready; else `onReady` will): a race preset's
   * variants all at once, one lane each, else one lane.
   */
  const startRun = () => {
    const { config, preset, nextRun, phase } = get();
    const had = get().losses.length > 0;
    const lanes = planLanes(config, preset).map((c, i) => ({ run: nextRun + i, config: c }));
    // Configure goes out before the store changes: subscribers that react to the new run (the drawing pad
    // asking again) must reach the Worker after it has built the new net.
    if (phase === 'ready') {
      sendToEngine({ type: 'configure', runs: lanes.map((l) => ({ run: l.run, config: toEngineConfig(l.config) })) });
    }
    set({ run: nextRun, lanes: phase === 'ready' ? lanes : [], nextRun: nextRun + lanes.length, ...runReset });
    return had;
  };
  const newExperiment = () => {
    if (startRun()) get().addNotice(noticeOf('new-run', 'New experiment — the previous run is kept in Runs.'));
  };

  return {
    ...initialState(presetBase(null), null, []),

    setConfig: (patch) => {
      const { accepted, notices } = checkPatch(patch);
      notices.forEach(get().addNotice);
      const keys = Object.keys(accepted) as FieldName[];
      if (keys.length === 0) return;
      const guarded = guardResources({ ...get().config, ...accepted });
      const changed = keys.filter((k) => JSON.stringify(get().config[k]) !== JSON.stringify(guarded.config[k]));
      set({ config: guarded.config, notices: withNotice(get().notices, 'guard', guarded.notice) });
      if (accepted.speed !== undefined) sendToEngine({ type: 'set-speed', stepsPerSec: guarded.config.speed });
      if (changed.some(isExperimentField) && runIsStale(get(), changed)) newExperiment();
    },

    applyPreset: (id) => {
      // A preset is an experiment: how the page shows it, and which backend this machine uses, stay.
      const view = Object.fromEntries([...VIEW_FIELDS, 'backend' as const].map((k) => [k, get().config[k]]));
      const guarded = guardResources({ ...presetBase(id), ...view } as Config);
      const before = get().config;
      const changed = FIELD_NAMES.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(guarded.config[k]));
      set({ preset: id, config: guarded.config, notices: withNotice(get().notices, 'guard', guarded.notice) });
      // Choosing a preset is plainly a new experiment (a lecturer steps through them with n/b): no notice.
      // An optimizer-lab preset that differs only in the lab's settings leaves the MNIST run alone.
      if (get().phase !== 'ready' || !isPathsLabChange(guarded.config.mode, changed)) startRun();
    },

    train: () => {
      const s = get();
      if (s.phase !== 'ready') return set({ trainWhenReady: true });
      if (selectEnded(s)) return;
      set({ pausing: false, warming: s.losses.length === 0 });
      sendToEngine({ type: 'train' });
    },
    pause: () => {
      if (get().phase !== 'ready') return set({ trainWhenReady: false });
      set({ pausing: true });
      sendToEngine({ type: 'pause' });
    },
    togglePlay: () => (selectRunning(get()) || get().trainWhenReady ? get().pause() : get().train()),
    step: () => {
      if (get().phase === 'ready' && !selectEnded(get())) sendToEngine({ type: 'step' });
    },
    reset: () => void startRun(),

    addNotice: (notice) => set({ notices: withNotice(get().notices, notice.key, notice.text) }),
    dismissNotice: (key) => set({ notices: get().notices.filter((n) => n.key !== key) }),
    resetStore: (config = presetBase(null), preset = null, rejected = []) => set(initialState(config, preset, rejected)),

    // Other files' progress can still arrive after one failed: a fatal phase stays fatal. Training starts on
    // a first slice, so progress also arrives once ready: the rest streams in (the status bar says so).
    onProgress: (loaded, total) => {
      const phase = get().phase;
      set({ phase: phase === 'fatal' || phase === 'ready' ? phase : 'loading', load: { loaded, total } });
    },
    onReady: (backend, reason) => {
      set({ phase: 'ready', backend: { name: backend, reason } });
      sendToEngine({ type: 'set-speed', stepsPerSec: get().config.speed });
      startRun();
      if (get().config.autoplay || get().trainWhenReady) {
        set({ trainWhenReady: false });
        get().train();
      }
    },
    onFatal: (message) => set({ phase: 'fatal', fatal: message }),
    onEngineRestart: () => {
      // A new Worker: whatever the old one was doing is gone. The new run starts when it is ready.
      set({ phase: 'starting', backend: null, run: get().nextRun, lanes: [], nextRun: get().nextRun + 1, ...runReset });
    },
    onWarming: () => set({ warming: true }),
    onStatus: (status) => {
      const laneStatus = { ...get().laneStatus, [get().run]: status };
      set({ status, laneStatus, ...(anyRunning(laneStatus) ? {} : { pausing: false }) });
    },
    onLaneStatus: (run, status) => {
      const laneStatus = { ...get().laneStatus, [run]: status };
      set({ laneStatus, ...(anyRunning(laneStatus) ? {} : { pausing: false }) });
    },
    onMetrics: (points, examplesPerSec) =>
      set({ losses: appendCapped(get().losses, points), examplesPerSec, ...(points.length ? { warming: false } : {}) }),
    onEval: (point) => set({ evals: appendCapped(get().evals, [point]) }),
    onDiverged: (step) => set({ divergedAt: step, warming: false }),
    onError: (message) => set({ error: message }),
  };
});

// Module-level selectors: stable references, so components re-render only when their slice changes.
export const selectConfig = (s: LabStore) => s.config;
export const selectStatus = (s: LabStore) => s.status;
export const selectLosses = (s: LabStore) => s.losses;
export const selectEvals = (s: LabStore) => s.evals;
export const selectPhase = (s: LabStore) => s.phase;
const anyRunning = (statuses: Record<number, RunStatus>) => Object.values(statuses).some((st) => st.running);
/** Running as the learner sees it (any lane of a race): a pause shows at once, before the engine confirms it. */
export const selectRunning = (s: LabState) => anyRunning(s.laneStatus) && !s.pausing;
/** Running as the engine last said (no optimistic pause). */
export const selectEngineRunning = (s: LabState) => anyRunning(s.laneStatus);
/** Every lane has ended (epochs, early stopping, divergence): only a new run can go on. */
export const selectEnded = (s: LabState) => {
  const all = Object.values(s.laneStatus);
  return all.length > 0 && all.length === s.lanes.length && all.every((st) => st.done);
};
/** The lanes of a race (empty for a plain run). */
export const selectRaceLanes = (s: LabState) => (s.lanes.length > 1 ? s.lanes : NO_LANES);
const NO_LANES: Lane[] = [];
