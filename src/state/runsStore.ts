// Every run of the session, kept for comparison: its config, its URL and its metric history. A run is filed
// under the id the page gave it, from its first reported loss on (a run that never trained is not kept).
// At most MAX_RUNS are kept; the oldest unpinned run goes first.
import { useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { EvalPoint, LossPoint } from '../wire/protocol';
import { encodeQuery } from './urlCodec';
import { FIELD_NAMES, FIELDS, VIEW_FIELDS, type Config, type FieldName } from './schema';
import type { StatsPoint } from './statsStore';
import { appendCapped } from './history';
import type { Lane, LabState } from './store';

export const MAX_RUNS = 8;

export interface Run {
  /** The page's run id (the same the engine's messages carry). */
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
  reset: () => void;
  /** A race lane's losses and evaluations (lanes other than the first, which the main store feeds). */
  onLaneLosses: (lane: Lane, preset: string | null, points: LossPoint[]) => void;
  onLaneEval: (lane: Lane, preset: string | null, point: EvalPoint) => void;
}

const initialState = { runs: [], openId: null };

export const useRuns = create<RunsState>()((set, get) => ({
  ...initialState,
  togglePinned: (id) => set({ runs: get().runs.map((r) => (r.id === id ? { ...r, pinned: !r.pinned } : r)) }),
  toggleShown: (id) => set({ runs: get().runs.map((r) => (r.id === id ? { ...r, shown: !r.shown } : r)) }),
  clear: () => set({ runs: get().runs.filter((r) => r.pinned || r.id === get().openId) }),
  reset: () => set(initialState),
  onLaneLosses: (lane, preset, points) => {
    if (points.length === 0) return;
    const run = get().runs.find((r) => r.id === lane.run) ?? newRun(lane.run, lane.config, preset);
    const next = { ...run, losses: appendCapped(run.losses, points) };
    set({ runs: upsert(get().runs, next, get().openId) });
  },
  onLaneEval: (lane, _preset, point) => {
    const run = get().runs.find((r) => r.id === lane.run);
    // A lane is filed at its first loss; an evaluation cannot come before one.
    if (!run) return;
    set({ runs: upsert(get().runs, { ...run, evals: appendCapped(run.evals, [point]) }, get().openId) });
  },
}));

function newRun(id: number, config: Config, preset: string | null): Run {
  return { id, config: structuredClone(config), preset, query: encodeQuery(config, preset), losses: [], evals: [], stats: [], pinned: false, shown: true };
}

/** Replaces the run with the same id, or adds it (dropping the oldest unpinned runs beyond MAX_RUNS). */
function upsert(runs: readonly Run[], run: Run, keep: number | null): Run[] {
  const i = runs.findIndex((r) => r.id === run.id);
  if (i >= 0) return runs.map((r) => (r.id === run.id ? run : r));
  return capRuns([...runs, run], keep ?? run.id);
}

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

type Feed = Pick<LabState, 'run' | 'config' | 'preset' | 'losses' | 'evals'> & { lanes?: LabState['lanes'] };

/**
 * Feeds the runs store from one main-store update. The main store only ever holds the current run's data
 * (the router drops other runs'), so the run to update is simply `s.run`; it is filed at its first loss.
 */
export function feedRuns(s: Feed, prev: Feed): void {
  const { runs, openId } = useRuns.getState();
  if (s.losses.length === 0) {
    if (openId !== null && s.run !== openId) useRuns.setState({ openId: null });
    return;
  }
  const existing = runs.find((r) => r.id === s.run);
  if (!existing) {
    // The first lane's own experiment (for a race, the preset's config with its first variant applied).
    const config = s.lanes?.find((l) => l.run === s.run)?.config ?? s.config;
    const run: Run = { ...newRun(s.run, config, s.preset), losses: s.losses, evals: s.evals };
    useRuns.setState({ runs: capRuns([...runs, run], s.run), openId: s.run });
    return;
  }
  if (s.losses === prev.losses && s.evals === prev.evals) return;
  useRuns.setState({ runs: runs.map((r) => (r.id === s.run ? { ...r, losses: s.losses, evals: s.evals } : r)), openId: s.run });
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

/** What a list of runs shows of each run; a run's id, config and preset never change once it is filed. */
export type RunHead = Pick<Run, 'id' | 'config' | 'preset' | 'shown' | 'pinned'>;
const HEAD_VALUES = 5;

/**
 * The runs' heads, for views that list runs rather than draw their data: they change when a run comes, goes,
 * or is shown or pinned, not with every loss it records (several times a second while training).
 */
export function useRunHeads(): readonly RunHead[] {
  // A flat list of values, so the shallow comparison sees through the new Run objects each update makes.
  const flat = useRuns(useShallow((s) => s.runs.flatMap((r) => [r.id, r.config, r.preset, r.shown, r.pinned])));
  return useMemo(() => {
    const heads: RunHead[] = [];
    for (let i = 0; i < flat.length; i += HEAD_VALUES) {
      const [id, config, preset, shown, pinned] = flat.slice(i, i + HEAD_VALUES);
      heads.push({ id, config, preset, shown, pinned } as RunHead);
    }
    return heads;
  }, [flat]);
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
