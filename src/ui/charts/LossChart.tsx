// Train loss per readback interval, and test and train loss per evaluation, against the step.
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { evalRows, latestEval } from '../../state/evalSeries';
import { ChartBox } from './ChartBox';
import { useAxisWidth } from './axis';
import { selectEvals, selectLosses, useLab } from '../../state/store';
import { formatAxis, formatNumber } from '../format';
import { useThrottled } from '../hooks/useThrottled';
import { PALETTE } from './palette';
import { RaceOverlay, useIsRace } from './RaceOverlay';
import { REDRAW } from './redraw';
import { thin } from './thin';

/** Exponential moving average of the train loss: the trend through the minibatch noise. */
function smooth(points: readonly { step: number; loss: number }[], alpha = 0.1) {
  let ema = points[0]?.loss ?? 0;
  return points.map((p) => {
    ema = alpha * p.loss + (1 - alpha) * ema;
    return { step: p.step, loss: p.loss, smooth: ema };
  });
}

/** The loss chart, or in a race every variant's loss overlaid. */
export function LossChart() {
  return useIsRace() ? <RaceOverlay metric="loss" /> : <SingleLossChart />;
}

function SingleLossChart() {
  const yw = useAxisWidth();
  // Redrawn at most twice a second: every SVG redraw competes with training for the CPU.
  const raw = useThrottled(useLab(selectLosses), REDRAW.loss);
  const losses = useMemo(() => thin(smooth(raw)), [raw]);
  const evals = useThrottled(useLab(selectEvals), REDRAW.loss);
  const rows = useMemo(() => evalRows(evals), [evals]);
  const last = losses.at(-1);
  const lastEval = latestEval(evals, 'test');
  const summary = last
    ? `Train loss ${formatNumber(last.loss)} at step ${last.step}` + (lastEval ? `; test loss ${formatNumber(lastEval.loss)}` : '')
    : 'No steps yet';
  return (
    <figure className="chart" role="img" aria-label={`Loss chart. ${summary}`} data-chart="loss">
      <figcaption>
        Loss <span className="caption-note">lower is better · {summary}</span>
      </figcaption>
      <ChartBox height={200}>
        <LineChart margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} tickCount={6} />
          <YAxis type="number" domain={[0, 'auto']} width={yw} tickFormatter={formatAxis} />
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? formatNumber(v) : String(v))} />
          <Legend />
          <Line data={losses} dataKey="loss" name="train loss (batch)" stroke={PALETTE[5]} dot={false} isAnimationActive={false} strokeWidth={1} />
          <Line data={losses} dataKey="smooth" name="train loss (smoothed)" stroke={PALETTE[0]} dot={false} isAnimationActive={false} strokeWidth={2.5} />
          <Line data={rows} dataKey="testLoss" name="test loss" stroke={PALETTE[1]} dot={false} connectNulls isAnimationActive={false} strokeWidth={2} />
        </LineChart>
      </ChartBox>
    </figure>
  );
}
