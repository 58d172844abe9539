// Accuracy on the test images and on the training images in use, against the step (the same x-axis as the
// loss chart). Quick evaluations (1,000 images each, every few seconds) draw the lines; full ones (all
// 10,000 test images, at epoch ends and pauses) are the dots. The gap between the lines is overfitting.
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { evalRows, latestEval } from '../../state/evalSeries';
import { selectEvals, useLab } from '../../state/store';
import { formatPercent } from '../format';
import { useThrottled } from '../hooks/useThrottled';
import { ChartBox } from './ChartBox';
import { fmtPct, useAxisWidth } from './axis';
import { PALETTE } from './palette';
import { RaceOverlay, useIsRace } from './RaceOverlay';
import { REDRAW } from './redraw';

/** The accuracy chart, or in a race every variant's accuracy overlaid. */
export function AccuracyChart() {
  return useIsRace() ? <RaceOverlay metric="accuracy" /> : <SingleAccuracyChart />;
}

function SingleAccuracyChart() {
  const yw = useAxisWidth();
  const evals = useThrottled(useLab(selectEvals), REDRAW.accuracy);
  const rows = useMemo(() => evalRows(evals), [evals]);
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
        <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} tickCount={6} />
          <YAxis type="number" domain={[0, 1]} width={yw} tickFormatter={fmtPct} />
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? formatPercent(v) : String(v))} />
          <Legend />
          <Line dataKey="testAccuracy" name="test" stroke={PALETTE[2]} dot={false} connectNulls isAnimationActive={false} strokeWidth={2} />
          <Line dataKey="trainAccuracy" name="train" stroke={PALETTE[0]} strokeDasharray="5 3" dot={false} connectNulls isAnimationActive={false} strokeWidth={2} />
          <Line dataKey="testAccuracyFull" name="test, all 10,000" stroke="none" dot={{ r: 3, fill: PALETTE[2] }} legendType="circle" isAnimationActive={false} />
        </LineChart>
      </ChartBox>
    </figure>
  );
}
