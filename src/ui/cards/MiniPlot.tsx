// A small line plot for a card: one x key, one or two y series.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisWidth } from '../charts/axis';
import { ChartBox } from '../charts/ChartBox';
import { PALETTE } from '../charts/palette';

interface Props {
  data: Record<string, number>[];
  x: string;
  series: { key: string; name: string }[];
  label: string;
  xLabel: string;
  /** Clamp the y axis so one exploding series (e.g. an unbounded loss) does not flatten the others. */
  yDomain?: [number | 'auto', number | 'auto'];
}

const fmt = (v: number) =>
  v === 0 ? '0' : Math.abs(v) >= 1000 || Math.abs(v) < 0.01 ? v.toExponential(0) : String(Number(v.toPrecision(2)));

export function MiniPlot({ data, x, series, label, xLabel, yDomain = ['auto', 'auto'] }: Props) {
  return (
    <div className="card-plot" role="img" aria-label={label}>
      <ChartBox height={130}>
        <ResponsiveContainer width="100%" height="100%" minHeight={60}>
        <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e2e2" />
          <XAxis dataKey={x} type="number" domain={['dataMin', 'dataMax']} tickCount={5} tickFormatter={fmt} fontSize={10} />
          <YAxis type="number" domain={yDomain} allowDataOverflow width={axisWidth(10)} tickCount={4} tickFormatter={fmt} fontSize={10} />
          <ReferenceLine x={0} stroke="#bbb" />
          <ReferenceLine y={0} stroke="#bbb" />
          {series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={PALETTE[i]} dot={false} isAnimationActive={false} strokeWidth={2} />
          ))}
          <Legend wrapperStyle={{ fontSize: 10 }} />
        </LineChart>
        </ResponsiveContainer>
      </ChartBox>
      <div className="card-plot-x">{xLabel}</div>
    </div>
  );
}
