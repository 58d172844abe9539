// The app's single store (zustand). State and the actions that change it sit together; the engine bridge
// feeds worker messages in through `receive`. Components read it through the module-level selectors below.
import { create } from 'zustand';
import type { FromWorker, LossPoint, RunStatus, ToWorker } from '../engine/protocol';
import { appendCapped } from './history';
import { guardResources } from './resourceGuard';
import { presetBase, type Rejection } from './urlCodec';
import { VIEW_FIELDS, type Config, type FieldName } from './schema';

export interface EvalPoint {
  step: number;
  epoch: number;
  testLoss: number;
  testAccuracy: number;
}

export type Phase = 'starting' | 'loading' | 'ready' | 'fatal';

export interface LabState {
  config: Config;
  preset: string | null;
  notices: string[];
  phase: Phase;
  load: { loaded: number; total: number };
  fatal: string | null;
  backend: { name: string; reason: string } | null;
  status: RunStatus | null;
  losses: LossPoint[];
  evals: EvalPoint[];
  examplesPerSec: number;
  divergedAt: number | null;
  error: string | null;
}

export interface LabActions {
  /** Changes config fields; any non-view change rebuilds the network (a reset). */
  setConfig: (patch: Partial<Config>) => void;
  /** Loads a preset over the defaults. */
  applyPreset: (id: string | null) => void;
  train: () => void;
  pause: () => void;
  togglePlay: () => void;
  step: () => void;
  reset: () => void;
  dismissNotice: (index: number) => void;
  receive: (msg: FromWorker) => void;
}

export type LabStore = LabState & LabActions;

/** Where actions send engine commands; the bridge installs the real worker. */
let send: (msg: ToWorker) => void = () => {};
export function setEngineSender(fn: (msg: ToWorker) => void): void {
  send = fn;
}
/** Sends a command to the engine (for the other stores, e.g. statsStore). */
export const sendToEngine = (msg: ToWorker) => send(msg);

const runReset = { status: null, losses: [], evals: [], examplesPerSec: 0, divergedAt: null, error: null };

export function initialState(config: Config, preset: string | null, rejected: Rejection[]): LabState {
  return {
    config,
    preset,
    notices: rejected.map((r) => `Ignored ${r.key}=${r.value}: ${r.reason}. Using the default instead.`),
    phase: 'starting',
    load: { loaded: 0, total: 0 },
    fatal: null,
    backend: null,
    ...runReset,
  };
}

function isViewOnly(patch: Partial<Config>): boolean {
  return (Object.keys(patch) as FieldName[]).every((k) => VIEW_FIELDS.includes(k));
}

export const useLab = create<LabStore>()((set, get) => ({
  ...initialState(presetBase(null), null, []),

  setConfig: (patch) => {
    const { config, notice } = guardResources({ ...get().config, ...patch });
    set({ config, ...(notice && !get().notices.includes(notice) ? { notices: [...get().notices, notice] } : {}) });
    if (patch.speed !== undefined) send({ type: 'speed', stepsPerSec: patch.speed });
    if (!isViewOnly(patch) && get().phase === 'ready') {
      set(runReset);
      send({ type: 'configure', config });
    }
  },

  applyPreset: (id) => {
    const view = Object.fromEntries(VIEW_FIELDS.map((k) => [k, get().config[k]]));
    const config = { ...presetBase(id), ...view } as Config;
    set({ preset: id, config });
    if (get().phase === 'ready') {
      set(runReset);
      send({ type: 'configure', config });
    }
  },

  train: () => send({ type: 'train' }),
  pause: () => send({ type: 'pause' }),
  togglePlay: () => (get().status?.running ? get().pause() : get().train()),
  step: () => send({ type: 'step', count: 1 }),
  reset: () => {
    set(runReset);
    send({ type: 'reset' });
  },
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),

  receive: (msg) => {
    switch (msg.type) {
      case 'progress':
        return set({ phase: 'loading', load: { loaded: msg.loaded, total: msg.total } });
      case 'ready':
        set({ phase: 'ready', backend: { name: msg.backend, reason: msg.reason } });
        send({ type: 'speed', stepsPerSec: get().config.speed });
        send({ type: 'configure', config: get().config });
        if (get().config.autoplay) send({ type: 'train' });
        return;
      case 'fatal':
        return set({ phase: 'fatal', fatal: msg.message });
      case 'status':
        return set({ status: msg.status });
      case 'metrics':
        return set({ losses: appendCapped(get().losses, msg.points), examplesPerSec: msg.examplesPerSec });
      case 'eval':
        return set({ evals: appendCapped(get().evals, [msg]) });
      case 'diverged':
        return set({ divergedAt: msg.step });
      case 'error':
        return set({ error: msg.message });
    }
  },
}));

// Module-level selectors: stable references, so components re-render only when their slice changes.
export const selectConfig = (s: LabStore) => s.config;
export const selectStatus = (s: LabStore) => s.status;
export const selectLosses = (s: LabStore) => s.losses;
export const selectEvals = (s: LabStore) => s.evals;
export const selectPhase = (s: LabStore) => s.phase;
export const selectRunning = (s: LabStore) => s.status?.running ?? false;
