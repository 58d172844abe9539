// The learning rate the schedule gave each step (left axis) and the L1 + L2 penalty added to the data loss
// (right axis, only when regularization is on): the two terms that change the step besides the data.
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from './ChartBox';
import { useAxisWidth } from './axis';
import { selectLosses, useLab } from '../../state/store';
import { formatAxis, formatNumber } from '../format';
import { useThrottled } from '../hooks/useThrottled';
import { PALETTE } from './palette';
import { REDRAW } from './redraw';
import { thin } from './thin';

const fmt = (v: number) => formatNumber(v, 3);

export function LrChart() {
  const yw = useAxisWidth();
  const all = useThrottled(useLab(selectLosses), REDRAW.lr);
  const losses = useMemo(() => thin(all), [all]);
  const last = losses.at(-1);
  const hasPenalty = last?.penalty !== null && last?.penalty !== undefined;
  const summary = last
    ? `α = ${fmt(last.lr)} at step ${last.step}` + (hasPenalty ? `; penalty ${fmt(last.penalty!)}` : '')
    : 'No steps yet';
  return (
    <figure className="chart" role="img" aria-label={`Learning-rate chart. ${summary}`} data-chart="lr">
      <figcaption>
        Learning rate{hasPenalty ? ' and penalty' : ''} <span className="caption-note">{summary}</span>
      </figcaption>
      <ChartBox height={120}>
        <LineChart data={losses} margin={{ top: 8, right: 20, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} tickCount={6} />
          <YAxis yAxisId="lr" type="number" domain={[0, 'auto']} width={yw} tickFormatter={formatAxis} />
          {hasPenalty && <YAxis yAxisId="pen" orientation="right" type="number" domain={[0, 'auto']} width={yw} tickFormatter={formatAxis} />}
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? fmt(v) : String(v))} />
          <Legend />
          <Line yAxisId="lr" dataKey="lr" name="learning rate α" stroke={PALETTE[2]} dot={false} isAnimationActive={false} strokeWidth={2} />
          {hasPenalty && (
            <Line yAxisId="pen" dataKey="penalty" name="L1+L2 penalty" stroke={PALETTE[3]} dot={false} isAnimationActive={false} strokeWidth={2} />
          )}
        </LineChart>
      </ChartBox>
    </figure>
  );
}
