// A small line plot for a card: one x key, one or two y series.
import { useMemo } from 'react';
import { ChartBox } from '../charts/ChartBox';
import { LiveChart } from '../charts/live/LiveChart';
import type { AxisSpec } from '../charts/live/scale';
import type { LiveSeries, RefLine } from '../charts/live/types';
import { PALETTE } from '../charts/palette';
import { formatNumber } from '../format';

interface Props {
  data: Record<string, number>[];
  x: string;
  series: { key: string; name: string }[];
  label: string;
  xLabel: string;
  /** Clamp the y axis so one exploding series (e.g. an unbounded loss) does not flatten the others. */
  yDomain?: [number | 'auto', number | 'auto'];
}

const fmt = (v: number) =>
  v === 0 ? '0' : Math.abs(v) >= 1000 || Math.abs(v) < 0.01 ? v.toExponential(0) : String(Number(v.toPrecision(2)));
/** The axes through the origin. */
const ORIGIN: RefLine[] = [{ x: 0, color: '#bbb' }, { y: 0, color: '#bbb' }];
const MARGIN = { top: 4, right: 8, bottom: 0 } as const;

export function MiniPlot({ data, x, series, label, xLabel, yDomain = ['auto', 'auto'] }: Props) {
  const lines = useMemo(
    (): LiveSeries[] =>
      series.map((s, i) => ({ name: s.name, id: s.key, color: PALETTE[i], points: data.map((r) => ({ x: r[x], y: r[s.key] ?? null })) })),
    [data, x, series],
  );
  const [lo, hi] = yDomain;
  const xAxis = useMemo((): AxisSpec => ({ domain: ['data', 'data'], count: 5, format: fmt }), []);
  const yAxis = useMemo((): AxisSpec => ({ domain: [lo === 'auto' ? 'nice' : lo, hi === 'auto' ? 'nice' : hi], count: 4, format: fmt }), [lo, hi]);
  const readout = useMemo(() => ({ x: (v: number) => `${xLabel} ${formatNumber(v, 3)}`, y: (v: number) => formatNumber(v, 3) }), [xLabel]);
  return (
    <div className="card-plot" role="img" aria-label={label}>
      <ChartBox height={130}>
        <LiveChart series={lines} x={xAxis} y={yAxis} refLines={ORIGIN} legend readout={readout} margin={MARGIN} />
      </ChartBox>
      <div className="card-plot-x">{xLabel}</div>
    </div>
  );
}
