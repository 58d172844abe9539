// Accuracy on the test images and on the training images in use, against the step (the same x-axis as the
// loss chart). Quick evaluations (1,000 images each, every few seconds) draw the lines; full ones (all
// 10,000 test images, at epoch ends and pauses) are the dots. The gap between the lines is overfitting.
import { useMemo } from 'react';
import { evalRows, latestEval } from '../../state/evalSeries';
import { selectEvals, useLab } from '../../state/store';
import { formatPercent } from '../format';
import { useThrottled } from '../hooks/useThrottled';
import { ChartBox } from './ChartBox';
import { fmtPct } from './axis';
import { STEP_AXIS, stepReadout } from './live/axes';
import { LiveChart } from './live/LiveChart';
import { pointsOf } from './live/path';
import type { AxisSpec } from './live/scale';
import type { LiveSeries } from './live/types';
import { PALETTE } from './palette';
import { RaceOverlay, useIsRace } from './RaceOverlay';
import { REDRAW } from './redraw';

const PCT_AXIS: AxisSpec = { domain: [0, 1], format: fmtPct };
const READOUT = stepReadout((v) => formatPercent(v));

/** The accuracy chart, or in a race every variant's accuracy overlaid. */
export function AccuracyChart() {
  return useIsRace() ? <RaceOverlay metric="accuracy" /> : <SingleAccuracyChart />;
}

function SingleAccuracyChart() {
  const evals = useThrottled(useLab(selectEvals), REDRAW.accuracy);
  const rows = useMemo(() => evalRows(evals), [evals]);
  const series = useMemo((): LiveSeries[] => {
    const step = (r: { step: number }) => r.step;
    return [
      { name: 'test', color: PALETTE[2], connect: true, points: pointsOf(rows, step, (r) => r.testAccuracy) },
      { name: 'train', color: PALETTE[0], dash: '5 3', connect: true, points: pointsOf(rows, step, (r) => r.trainAccuracy) },
      {
        name: 'test, all 10,000',
        color: PALETTE[2],
        line: false,
        dots: 3,
        points: pointsOf(rows.filter((r) => r.testAccuracyFull !== undefined), step, (r) => r.testAccuracyFull),
      },
    ];
  }, [rows]);
  const test = latestEval(evals, 'test');
  const train = latestEval(evals, 'train');
  // The newest row with both accuracies: the generalization gap as a number (tests and the lessons read it).
  const both = rows.findLast((r) => r.testAccuracy !== undefined && r.trainAccuracy !== undefined);
  const summary = test
    ? `Test ${formatPercent(test.accuracy)}, train ${formatPercent(train?.accuracy)} at step ${test.step}`
    : 'Not evaluated yet';
  return (
    <figure
      className="chart"
      role="img"
      aria-label={`Accuracy chart. ${summary}`}
      data-chart="accuracy"
      data-test-accuracy={both?.testAccuracy}
      data-train-accuracy={both?.trainAccuracy}
      data-eval-step={both?.step}
    >
      <figcaption>
        Accuracy <span className="caption-note">lines: 1,000-image checks · dots: all 10,000 test digits · {summary}</span>
      </figcaption>
      <ChartBox height={150}>
        <LiveChart series={series} x={STEP_AXIS} y={PCT_AXIS} legend readout={READOUT} />
      </ChartBox>
    </figure>
  );
}
