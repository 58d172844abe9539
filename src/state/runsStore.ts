// Every run of the session, kept for comparison: its config, its URL and its metric history. A run opens at
// its first reported loss and closes when the main store resets its history (configure or reset). At most
// MAX_RUNS are kept; the oldest unpinned run goes first.
import { create } from 'zustand';
import type { LossPoint } from '../engine/protocol';
import { encodeQuery } from './urlCodec';
import { FIELD_NAMES, FIELDS, VIEW_FIELDS, type Config, type FieldName } from './schema';
import type { StatsPoint } from './statsStore';
import type { EvalPoint, LabState } from './store';

export const MAX_RUNS = 8;

export interface Run {
  id: number;
  config: Config;
  preset: string | null;
  /** The query string that reproduces this run. */
  query: string;
  losses: LossPoint[];
  evals: EvalPoint[];
  /** Per-layer statistics over time (for the gradient-norm overlay); the stats store's capped history. */
  stats: readonly StatsPoint[];
  pinned: boolean;
  shown: boolean;
}

interface RunsState {
  runs: Run[];
  /** The run being fed by the main store, if any. */
  openId: number | null;
  togglePinned: (id: number) => void;
  toggleShown: (id: number) => void;
  clear: () => void;
}

let nextId = 1;

export const useRuns = create<RunsState>()((set, get) => ({
  runs: [],
  openId: null,
  togglePinned: (id) => set({ runs: get().runs.map((r) => (r.id === id ? { ...r, pinned: !r.pinned } : r)) }),
  toggleShown: (id) => set({ runs: get().runs.map((r) => (r.id === id ? { ...r, shown: !r.shown } : r)) }),
  clear: () => set({ runs: get().runs.filter((r) => r.pinned || r.id === get().openId) }),
}));

/** Drops the oldest unpinned runs (never `keep`) until at most `max` remain. */
export function capRuns(runs: readonly Run[], keep: number | null, max = MAX_RUNS): Run[] {
  const out = [...runs];
  while (out.length > max) {
    const i = out.findIndex((r) => !r.pinned && r.id !== keep);
    if (i < 0) break;
    out.splice(i, 1);
  }
  return out;
}

type Feed = Pick<LabState, 'config' | 'preset' | 'losses' | 'evals'>;

/** Feeds the runs store from one main-store update (`prev` → `s`). Pure over the runs store, for tests. */
export function feedRuns(s: Feed, prev: Feed): void {
  const { runs, openId } = useRuns.getState();
  // History is thinned when capped (its first point stays), so only a new first point or none means a restart.
  const restarted = s.losses.length === 0 || s.losses[0] !== prev.losses[0];
  let open = restarted && prev.losses.length > 0 ? null : openId;
  if (open === null && s.losses.length === 0) {
    if (openId !== null) useRuns.setState({ openId: null });
    return;
  }
  if (open === null) {
    open = nextId++;
    const run: Run = {
      id: open,
      config: structuredClone(s.config),
      preset: s.preset,
      query: encodeQuery(s.config, s.preset),
      losses: s.losses,
      evals: s.evals,
      stats: [],
      pinned: false,
      shown: true,
    };
    useRuns.setState({ runs: capRuns([...runs, run], open), openId: open });
    return;
  }
  if (s.losses === prev.losses && s.evals === prev.evals) return;
  useRuns.setState({ runs: runs.map((r) => (r.id === open ? { ...r, losses: s.losses, evals: s.evals } : r)) });
}

/**
 * Attaches the stats store's history to the open run. A reset empties both the losses (closing the run) and
 * the stats history in the same update, so statistics that arrive before the new run opens are not
 * misfiled under the old one: with no open run they are skipped.
 */
export function feedRunStats(s: { history: readonly StatsPoint[] }, prev: { history: readonly StatsPoint[] }): void {
  const { runs, openId } = useRuns.getState();
  if (s.history === prev.history || s.history.length === 0 || openId === null) return;
  useRuns.setState({ runs: runs.map((r) => (r.id === openId ? { ...r, stats: s.history } : r)) });
}

type Subscribable<T> = { subscribe: (fn: (s: T, prev: T) => void) => () => void };

/** Starts recording runs from the main store (losses, evaluations) and the stats store (layer statistics). */
export function trackRuns(store: Subscribable<Feed>, stats?: Subscribable<{ history: readonly StatsPoint[] }>): () => void {
  const offRuns = store.subscribe(feedRuns);
  const offStats = stats?.subscribe(feedRunStats);
  return () => {
    offRuns();
    offStats?.();
  };
}

const EXPERIMENT_FIELDS = FIELD_NAMES.filter((n) => !VIEW_FIELDS.includes(n));
const fmt = (n: FieldName, v: unknown) => (FIELDS[n].format as (x: unknown) => string)(v);

/**
 * Names each run by what differs from the others, e.g. `opt=sgd lr=0.01` vs `opt=adam lr=0.001`.
 * Runs with identical experiments are told apart by their number; a lone run by its preset or "run N".
 */
export function runLabels(runs: readonly Pick<Run, 'id' | 'config' | 'preset'>[]): string[] {
  const differing = EXPERIMENT_FIELDS.filter((n) => new Set(runs.map((r) => fmt(n, r.config[n]))).size > 1);
  const labels = runs.map((r) =>
    differing.length ? differing.map((n) => `${FIELDS[n].key}=${fmt(n, r.config[n])}`).join(' ') : (r.preset ?? `run ${r.id}`),
  );
  return labels.map((l, i) => (labels.indexOf(l) !== i || labels.lastIndexOf(l) !== i ? `${l} (#${runs[i].id})` : l));
}
