// One statistic over time, one line per layer (log or linear scale), from the capped stats history.
import { memo, useMemo } from 'react';
import { ChartBox } from '../ChartBox';
import { fmtPct } from '../axis';
import { LOG_AXIS, STEP_SPAN_AXIS, stepReadout } from '../live/axes';
import { LiveChart } from '../live/LiveChart';
import { pointsOf } from '../live/path';
import type { AxisSpec } from '../live/scale';
import type { LiveSeries } from '../live/types';
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

const PCT_AXIS: AxisSpec = { domain: [0, 1], format: fmtPct };
const READOUT = stepReadout(fmtStat);
const MARGIN = { top: 4, right: 20, bottom: 0 } as const;

export const LayerSeriesChart = memo(function LayerSeriesChart({ title, note, history, metric, log, height = 130 }: Props) {
  const layers: LayerSeries[] = history.at(-1)?.layers ?? [];
  // One line per layer of the newest point; [numPoints] values each, missing where a point lacks the layer.
  const series = useMemo((): LiveSeries[] => {
    const now = history.at(-1)?.layers ?? [];
    return now.map((l, i) => ({
      name: layerLabel(l.layer, l.isOutput),
      id: l.layer,
      color: colorAt(l.layer),
      width: 1.5,
      points: pointsOf(
        history,
        (p) => p.step,
        (p) => {
          const q = p.layers[i];
          if (!q || q.layer !== l.layer) return null;
          const v = q[metric];
          return log ? forLog(v) : Number.isFinite(v) ? v : null;
        },
      ),
    }));
  }, [history, metric, log]);
  const latest = layers.map((l) => `${layerLabel(l.layer, l.isOutput)} ${fmtStat(l[metric])}`).join(', ');
  return (
    <figure className="chart layer-series" role="img" aria-label={`${title}. Latest: ${latest || 'no data yet'}`} data-chart={metric}>
      <figcaption>
        {title} <span className="caption-note">{note}</span>
      </figcaption>
      <ChartBox height={height}>
        <LiveChart series={series} x={STEP_SPAN_AXIS} y={log ? LOG_AXIS : PCT_AXIS} readout={READOUT} margin={MARGIN} />
      </ChartBox>
    </figure>
  );
});
