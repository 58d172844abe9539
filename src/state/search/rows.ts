// The search's table: one row per run, with its point, its link and the chosen metric; the best row of each
// search kind. Pure functions of the lab's lanes, the plan and the results, so the page derives them.
import type { SearchMetric } from '../schema';
import type { Lane } from '../store';
import { encodeQuery } from '../urlCodec';
import type { HpValue } from './hyperparams';
import type { SearchKind, SearchPoint } from './points';
import type { RunResult } from './searchStore';

export interface SearchRow {
  run: number;
  kind: SearchKind;
  values: HpValue[];
  /** Query string of the run's own experiment (opening it trains that run as a plain run). */
  query: string;
  /** The chosen metric: latest evaluation, final once `full`; null before the first. */
  metric: number | null;
  full: boolean;
}

/** Accuracy: higher is better; loss: lower. */
export const higherIsBetter = (m: SearchMetric) => m.endsWith('acc');

export function metricOf(r: RunResult | undefined, m: SearchMetric): number | null {
  const split = m.startsWith('test') ? r?.test : r?.train;
  if (!split) return null;
  return m.endsWith('acc') ? split.accuracy : split.loss;
}

export function searchRows(lanes: readonly Lane[], plan: readonly SearchPoint[], results: Record<number, RunResult>, m: SearchMetric): SearchRow[] {
  return lanes.slice(0, plan.length).map((lane, i) => ({
    run: lane.run,
    kind: plan[i].kind,
    values: plan[i].values,
    query: encodeQuery(lane.config),
    metric: metricOf(results[lane.run], m),
    full: results[lane.run]?.full ?? false,
  }));
}

/** Rows ordered best first (rows without a value last), by the metric. */
export function sortByMetric(rows: readonly SearchRow[], m: SearchMetric): SearchRow[] {
  const sign = higherIsBetter(m) ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (a.metric === null || b.metric === null) return a.metric === null ? (b.metric === null ? 0 : 1) : -1;
    return sign * (a.metric - b.metric);
  });
}

/** The best row among those of `kind` with a value, or null. */
export function bestRow(rows: readonly SearchRow[], m: SearchMetric, kind?: SearchKind): SearchRow | null {
  return sortByMetric(rows.filter((r) => (kind === undefined || r.kind === kind) && r.metric !== null), m)[0] ?? null;
}
