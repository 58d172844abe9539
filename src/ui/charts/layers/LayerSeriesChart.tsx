// One statistic over time, one line per layer (log or linear scale), from the capped stats history.
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../ChartBox';
import { fmtPct, fmtTick, useAxisWidth } from '../axis';
import type { LayerSeries, StatsPoint } from '../../../state/statsStore';
import { colorAt } from '../palette';
import { fmtStat, forLog, layerLabel } from './format';

export type SeriesKey = 'actVar' | 'gradNorm' | 'updateRatio' | 'dead' | 'saturated';

interface Props {
  title: string;
  note: string;
  history: readonly StatsPoint[];
  metric: SeriesKey;
  log: boolean;
  height?: number;
}

export const LayerSeriesChart = memo(function LayerSeriesChart({ title, note, history, metric, log, height = 130 }: Props) {
  const yw = useAxisWidth();
  const layers: LayerSeries[] = history.at(-1)?.layers ?? [];
  const data = useMemo(
    () =>
      history.map((p) => {
        const row: Record<string, number | null> = { step: p.step };
        p.layers.forEach((l) => (row[`l${l.layer}`] = log ? forLog(l[metric]) : Number.isFinite(l[metric]) ? l[metric] : null));
        return row;
      }),
    [history, metric, log],
  );
  const latest = layers.map((l) => `${layerLabel(l.layer, l.isOutput)} ${fmtStat(l[metric])}`).join(', ');
  return (
    <figure className="chart layer-series" role="img" aria-label={`${title}. Latest: ${latest || 'no data yet'}`} data-chart={metric}>
      <figcaption>
        {title} <span className="caption-note">{note}</span>
      </figcaption>
      <ChartBox height={height}>
        <LineChart data={data} margin={{ top: 4, right: 20, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={4} />
          {log ? (
            <YAxis scale="log" domain={['auto', 'auto']} allowDataOverflow width={yw} tickFormatter={fmtTick} />
          ) : (
            <YAxis domain={[0, 1]} width={yw} tickFormatter={fmtPct} />
          )}
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? fmtStat(v) : String(v))} />
          {layers.map((l) => (
            <Line
              key={l.layer}
              dataKey={`l${l.layer}`}
              name={layerLabel(l.layer, l.isOutput)}
              stroke={colorAt(l.layer)}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
              strokeWidth={1.5}
            />
          ))}
        </LineChart>
      </ChartBox>
    </figure>
  );
});
