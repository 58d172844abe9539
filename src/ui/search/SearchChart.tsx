// The metric against the hyperparameter (one axis), or the two hyperparameters as a scatter coloured by the
// metric (two axes: light = poor, dark = good). Grid and random points are drawn in their own colours.
import { useMemo } from 'react';
import type { Axis } from '../../state/search/points';
import { higherIsBetter, type SearchRow } from '../../state/search/rows';
import type { SearchMetric } from '../../state/schema';
import { ChartBox } from '../charts/ChartBox';
import { LiveChart } from '../charts/live/LiveChart';
import type { AxisSpec } from '../charts/live/scale';
import type { LiveSeries } from '../charts/live/types';
import { PALETTE } from '../charts/palette';
import { formatAxis, formatNumber } from '../format';
import { metricLabel } from './SearchTable';
import { decadeTicks } from './ticks';

interface Props {
  rows: SearchRow[];
  axes: readonly Axis[];
  metric: SearchMetric;
}

const isLog = (a: Axis | undefined) => a?.hp.kind === 'numeric' && a.hp.scale === 'log';
const numeric = (a: Axis | undefined) => a?.hp.kind === 'numeric';
const MARGIN = { top: 8, right: 20, bottom: 16 } as const;

/** 0…1 where 1 is the best value among the rows. */
function shade(rows: SearchRow[], metric: SearchMetric): (v: number | null) => number {
  const vals = rows.map((r) => r.metric).filter((v): v is number => v !== null);
  const [lo, hi] = [Math.min(...vals), Math.max(...vals)];
  return (v) => (v === null || hi === lo ? 0.5 : higherIsBetter(metric) ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo));
}

/** An axis for one hyperparameter's values, and where each value sits on it (a category at its index). */
function axisFor(a: Axis, values: readonly (number | string)[]): { spec: AxisSpec; at: (v: number | string) => number } {
  if (numeric(a)) {
    const spec: AxisSpec = isLog(a)
      ? // The searched range, ticked at powers of ten (ticks.ts).
        { domain: [a.range[0], a.range[1]], log: true, ticks: decadeTicks(a.range[0], a.range[1]), format: formatAxis }
      : { domain: ['nice', 'nice'], format: formatAxis };
    return { spec, at: Number };
  }
  const cats = [...new Set(values.map(String))];
  return {
    spec: { domain: [-0.5, cats.length - 0.5], ticks: cats.map((_, i) => i), format: (i) => cats[i] ?? '' },
    at: (v) => cats.indexOf(String(v)),
  };
}

export function SearchChart({ rows, axes, metric }: Props) {
  const [a1, a2] = axes;
  const two = a2 !== undefined;
  const { series, x, y } = useMemo(() => {
    const done = rows.filter((r) => r.metric !== null);
    const ax = axisFor(a1, done.map((r) => r.values[0]));
    const ay: { spec: AxisSpec; at: (v: number | string) => number } = two
      ? axisFor(a2, done.map((r) => r.values[1]))
      : { spec: { domain: ['nice', 'nice'], format: formatAxis }, at: Number };
    const level = shade(rows, metric);
    // Every kind the search runs has its series (and legend entry) from the start, empty until its first result:
    // a legend that appeared with the first random point would shrink the plot under a test's (or a reader's) eyes.
    const kinds = (['grid', 'random'] as const).filter((k) => rows.some((r) => r.kind === k));
    const series = kinds.map((k, i): LiveSeries => {
      // Sorted by x, as the hover readout expects; the shades stay with their points.
      const pts = done
        .filter((r) => r.kind === k)
        .map((r) => ({ x: ax.at(r.values[0]), y: two ? ay.at(r.values[1]) : (r.metric as number), a: 0.2 + 0.8 * level(r.metric) }))
        .sort((p, q) => p.x - q.x);
      return {
        name: `${k} search`,
        color: PALETTE[i],
        line: false,
        dots: 4,
        square: k === 'grid',
        points: pts.map((p) => ({ x: p.x, y: p.y })),
        alphas: two ? pts.map((p) => p.a) : undefined,
      };
    });
    return { series, x: ax.spec, y: ay.spec };
  }, [rows, a1, a2, two, metric]);
  const readout = useMemo(
    () => ({ x: (v: number) => `${a1.hp.label} ${x.format?.(v) ?? formatNumber(v)}`, y: (v: number) => (two ? (y.format?.(v) ?? formatNumber(v)) : formatNumber(v)) }),
    [a1, x, y, two],
  );
  return (
    <figure className="chart" data-chart="search" aria-label={`${metricLabel(metric)} against ${a1.hp.label}${two ? ` and ${a2.hp.label}` : ''}`}>
      <figcaption>
        {two ? `${a1.hp.label} × ${a2.hp.label}, darker = better ${metricLabel(metric)}` : `${metricLabel(metric)} against ${a1.hp.label}`}
        {isLog(a1) ? ' (log axis)' : ''}
      </figcaption>
      <ChartBox height={220}>
        <LiveChart series={series} x={x} y={y} legend={series.length > 1} readout={readout} margin={MARGIN} />
      </ChartBox>
    </figure>
  );
}
