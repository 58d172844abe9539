// One metric of several runs on one chart; each line named by what makes its run different.
import { useMemo } from 'react';
import { ChartBox } from '../charts/ChartBox';
import { STEP_AXIS, STEP_READOUT, ZERO_UP_AXIS } from '../charts/live/axes';
import { LiveChart } from '../charts/live/LiveChart';
import type { AxisSpec } from '../charts/live/scale';
import type { LiveSeries } from '../charts/live/types';
import type { Run } from '../../state/runsStore';
import { colorAt } from '../charts/palette';
import { thin } from '../charts/thin';
import { formatNumber } from '../format';
import { OverlayLegend } from './OverlayLegend';

/** At most this many points per line: the chart stays fast with 8 long runs. */
const MAX_POINTS = 300;
const PCT100_AXIS: AxisSpec = { domain: [0, 100] };

interface Props {
  metric: 'loss' | 'accuracy';
  runs: readonly Run[];
  labels: readonly string[];
  /** Set when the overlay stands in for a main chart (a race): it takes that chart's place and hooks. */
  mainChart?: boolean;
}

export function OverlayChart({ metric, runs, labels, mainChart = false }: Props) {
  const series = useMemo(
    (): LiveSeries[] =>
      runs.map((r, i) => ({
        name: labels[i],
        id: r.id,
        color: colorAt(r.id),
        dots: metric === 'accuracy' ? 3 : 0,
        points:
          metric === 'loss'
            ? thin(r.losses, MAX_POINTS).map((p) => ({ x: p.step, y: p.loss }))
            : r.evals.filter((e) => e.set === 'test').map((e) => ({ x: e.step, y: e.accuracy * 100 })),
      })),
    [runs, labels, metric],
  );
  const summary = series
    .map((s) => {
      const last = s.points.at(-1);
      return `${s.name}: ${last ? `${formatNumber(last.y)} at step ${last.x}` : 'no data'}`;
    })
    .join('; ');
  const title = metric === 'loss' ? 'Train loss, by run' : 'Test accuracy (%), by run';
  return (
    <figure
      className="chart"
      role="img"
      aria-label={`${title}. Latest: ${summary || 'no runs'}`}
      data-overlay={mainChart ? undefined : metric}
      data-chart={mainChart ? metric : undefined}
      data-race-chart={mainChart ? metric : undefined}
    >
      <figcaption>{title}</figcaption>
      <ChartBox height={200}>
        <LiveChart series={series} x={STEP_AXIS} y={metric === 'loss' ? ZERO_UP_AXIS : PCT100_AXIS} readout={STEP_READOUT} />
      </ChartBox>
      <OverlayLegend runs={runs} labels={labels} />
    </figure>
  );
}
