// The metric against the hyperparameter (one axis), or the two hyperparameters as a scatter coloured by the
// metric (two axes: light = poor, dark = good). Grid and random points are drawn in their own colours.
import { CartesianGrid, Cell, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Axis } from '../../state/search/points';
import { higherIsBetter, type SearchRow } from '../../state/search/rows';
import type { SearchMetric } from '../../state/schema';
import { useAxisWidth } from '../charts/axis';
import { ChartBox } from '../charts/ChartBox';
import { PALETTE } from '../charts/palette';
import { formatAxis } from '../format';
import { metricLabel } from './SearchTable';
import { decadeTicks } from './ticks';

interface Props {
  rows: SearchRow[];
  axes: readonly Axis[];
  metric: SearchMetric;
}

const isLog = (a: Axis | undefined) => a?.hp.kind === 'numeric' && a.hp.scale === 'log';
const numeric = (a: Axis | undefined) => a?.hp.kind === 'numeric';

/** 0…1 where 1 is the best value among the rows. */
function shade(rows: SearchRow[], metric: SearchMetric): (v: number | null) => number {
  const vals = rows.map((r) => r.metric).filter((v): v is number => v !== null);
  const [lo, hi] = [Math.min(...vals), Math.max(...vals)];
  return (v) => (v === null || hi === lo ? 0.5 : higherIsBetter(metric) ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo));
}

export function SearchChart({ rows, axes, metric }: Props) {
  const yw = useAxisWidth();
  const [a1, a2] = axes;
  const two = a2 !== undefined;
  const data = rows
    .filter((r) => r.metric !== null)
    .map((r) => ({ x: r.values[0], y: two ? r.values[1] : (r.metric as number), m: r.metric, kind: r.kind }));
  const level = shade(rows, metric);
  const axisProps = (a: Axis | undefined) =>
    numeric(a)
      ? isLog(a)
        ? // The searched range, ticked at powers of ten (ticks.ts).
          { type: 'number' as const, scale: 'log' as const, domain: [a!.range[0], a!.range[1]], ticks: decadeTicks(a!.range[0], a!.range[1]), tickFormatter: formatAxis }
        : { type: 'number' as const, scale: 'linear' as const, domain: ['auto', 'auto'] as const, tickFormatter: formatAxis }
      : { type: 'category' as const, allowDuplicatedCategory: false };
  const kinds = (['grid', 'random'] as const).filter((k) => data.some((d) => d.kind === k));
  return (
    <figure className="chart" data-chart="search" aria-label={`${metricLabel(metric)} against ${a1.hp.label}${two ? ` and ${a2.hp.label}` : ''}`}>
      <figcaption>
        {two ? `${a1.hp.label} × ${a2.hp.label}, darker = better ${metricLabel(metric)}` : `${metricLabel(metric)} against ${a1.hp.label}`}
        {isLog(a1) ? ' (log axis)' : ''}
      </figcaption>
      <ChartBox height={220}>
        <ResponsiveContainer width="100%" height="100%" minHeight={60}>
        <ScatterChart margin={{ top: 8, right: 20, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="x" name={a1.hp.label} {...axisProps(a1)} />
          <YAxis
            dataKey="y"
            name={two ? a2.hp.label : metricLabel(metric)}
            {...(two ? axisProps(a2) : { type: 'number' as const, domain: ['auto', 'auto'] as const, tickFormatter: formatAxis })}
            {...(!two || numeric(a2) ? { width: yw } : {})}
          />
          <Tooltip isAnimationActive={false} />
          {kinds.length > 1 && <Legend />}
          {kinds.map((k, i) => (
            <Scatter key={k} name={`${k} search`} data={data.filter((d) => d.kind === k)} fill={PALETTE[i]} shape={k === 'grid' ? 'square' : 'circle'} isAnimationActive={false}>
              {two && data.filter((d) => d.kind === k).map((d, j) => <Cell key={j} fillOpacity={0.2 + 0.8 * level(d.m)} />)}
            </Scatter>
          ))}
        </ScatterChart>
        </ResponsiveContainer>
      </ChartBox>
    </figure>
  );
}
