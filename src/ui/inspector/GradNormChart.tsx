// ‖∂L/∂w‖ of the inspected unit over the steps the inspector has seen (one point per answer).
import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../charts/ChartBox';
import { useAxisWidth } from '../charts/axis';
import { formatAxis, formatStat } from '../format';

export function GradNormChart({ points }: { points: readonly { step: number; gradNorm: number }[] }) {
  const yw = useAxisWidth();
  const last = points.at(-1);
  return (
    <figure className="chart inspector-grad" data-grad-points={points.length}>
      <figcaption>
        Gradient norm{' '}
        <span className="caption-note">
          ‖∂L/∂w‖ on a fixed batch of training images{last ? ` · ${formatStat(last.gradNorm)} at step ${last.step}` : ''}
        </span>
      </figcaption>
      <ChartBox height={90}>
        <LineChart data={points as { step: number; gradNorm: number }[]} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
          <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={4} />
          <YAxis type="number" domain={[0, 'auto']} width={yw} tickFormatter={formatAxis} />
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? formatStat(v) : String(v))} />
          <Line dataKey="gradNorm" name="‖∂L/∂w‖" stroke="#aa3377" dot={points.length < 3} isAnimationActive={false} strokeWidth={2} />
        </LineChart>
      </ChartBox>
    </figure>
  );
}
