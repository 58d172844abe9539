// Test accuracy per evaluation (every epoch end and every pause), against the epoch.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from './ChartBox';
import { fmtPct, useAxisWidth } from './axis';
import { selectEvals, useLab } from '../../state/store';
import { useThrottled } from '../hooks/useThrottled';
import { PALETTE } from './palette';
import { REDRAW_MS } from './redraw';

export function AccuracyChart() {
  const yw = useAxisWidth();
  const evals = useThrottled(useLab(selectEvals), REDRAW_MS);
  const last = evals.at(-1);
  const summary = last ? `Test accuracy ${(last.testAccuracy * 100).toFixed(2)}% at epoch ${last.epoch.toFixed(2)}` : 'Not evaluated yet';
  return (
    <figure className="chart" role="img" aria-label={`Accuracy chart. ${summary}`} data-chart="accuracy">
      <figcaption>
        Test accuracy <span className="caption-note">on all 10,000 test digits · {summary}</span>
      </figcaption>
      <ChartBox height={150}>
        <LineChart data={evals} margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="epoch" type="number" domain={[0, 'dataMax']} allowDecimals tickFormatter={(v: number) => String(Number(v.toFixed(2)))} />
          <YAxis type="number" domain={[0, 1]} width={yw} tickFormatter={fmtPct} />
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : String(v))} />
          <Line dataKey="testAccuracy" name="test accuracy" stroke={PALETTE[2]} isAnimationActive={false} strokeWidth={2} />
        </LineChart>
      </ChartBox>
    </figure>
  );
}
