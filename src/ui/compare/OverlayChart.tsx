// One metric of several runs on one chart; each line named by what makes its run different.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../charts/ChartBox';
import { useAxisWidth } from '../charts/axis';
import type { Run } from '../../state/runsStore';
import { colorAt } from '../charts/palette';
import { thin } from '../charts/thin';
import { formatAxis, formatNumber } from '../format';
import { OverlayLegend } from './OverlayLegend';

/** At most this many points per line: the chart stays fast with 8 long runs. */
const MAX_POINTS = 300;

interface Props {
  metric: 'loss' | 'accuracy';
  runs: readonly Run[];
  labels: readonly string[];
  /** Set when the overlay stands in for a main chart (a race): it takes that chart's place and hooks. */
  mainChart?: boolean;
}

export function OverlayChart({ metric, runs, labels, mainChart = false }: Props) {
  const yw = useAxisWidth();
  const series = runs.map((r) =>
    metric === 'loss'
      ? thin(r.losses, MAX_POINTS).map((p) => ({ step: p.step, value: p.loss }))
      : r.evals.filter((e) => e.set === 'test').map((e) => ({ step: e.step, value: e.accuracy * 100 })),
  );
  const summary = runs
    .map((_, i) => {
      const last = series[i].at(-1);
      return `${labels[i]}: ${last ? `${formatNumber(last.value)} at step ${last.step}` : 'no data'}`;
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
        <LineChart margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} tickCount={6} />
          <YAxis type="number" domain={metric === 'loss' ? [0, 'auto'] : [0, 100]} allowDataOverflow width={yw} tickFormatter={formatAxis} />
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? formatNumber(v) : String(v))} />
          {runs.map((r, i) => (
            <Line
              key={r.id}
              data={series[i] as { step: number; value: number }[]}
              dataKey="value"
              name={labels[i]}
              stroke={colorAt(r.id)}
              dot={metric === 'accuracy'}
              isAnimationActive={false}
              strokeWidth={2}
            />
          ))}
        </LineChart>
      </ChartBox>
      <OverlayLegend runs={runs} labels={labels} />
    </figure>
  );
}
