// Train loss per readback interval, and test and train loss per evaluation, against the step.
import { useMemo } from 'react';
import { evalRows, latestEval } from '../../state/evalSeries';
import { selectEvals, selectLosses, useLab } from '../../state/store';
import { formatNumber } from '../format';
import { useThrottled } from '../hooks/useThrottled';
import { ChartBox } from './ChartBox';
import { LiveChart } from './live/LiveChart';
import { pointsOf } from './live/path';
import { STEP_AXIS, STEP_READOUT, ZERO_UP_AXIS } from './live/axes';
import type { LiveSeries } from './live/types';
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
  // Redrawn at most twice a second: every SVG redraw competes with training for the CPU.
  const raw = useThrottled(useLab(selectLosses), REDRAW.loss);
  const losses = useMemo(() => thin(smooth(raw)), [raw]);
  const evals = useThrottled(useLab(selectEvals), REDRAW.loss);
  const series = useMemo((): LiveSeries[] => {
    const rows = evalRows(evals);
    const step = (p: { step: number }) => p.step;
    return [
      { name: 'train loss (batch)', color: PALETTE[5], width: 1, points: pointsOf(losses, step, (p) => p.loss) },
      { name: 'train loss (smoothed)', color: PALETTE[0], width: 2.5, points: pointsOf(losses, step, (p) => p.smooth) },
      { name: 'test loss', color: PALETTE[1], connect: true, points: pointsOf(rows, step, (r) => r.testLoss) },
    ];
  }, [losses, evals]);
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
        <LiveChart series={series} x={STEP_AXIS} y={ZERO_UP_AXIS} legend readout={STEP_READOUT} />
      </ChartBox>
    </figure>
  );
}
