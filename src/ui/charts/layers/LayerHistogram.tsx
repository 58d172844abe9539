// One layer's activation histogram at the current step: fraction of values per bin over a fixed range.
import { memo } from 'react';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

interface Props {
  hist: readonly number[];
  range: readonly [number, number];
  color: string;
  label: string;
  height?: number;
}

export const LayerHistogram = memo(function LayerHistogram({ hist, range, color, label, height = 70 }: Props) {
  const [lo, hi] = range;
  const width = (hi - lo) / hist.length;
  const data = hist.map((f, i) => ({ x: lo + (i + 0.5) * width, f }));
  const peak = hist.indexOf(Math.max(...hist));
  const alt = `${label} activation histogram over [${lo}, ${hi}]: most values near ${(lo + (peak + 0.5) * width).toFixed(2)}`;
  return (
    <div className="layer-hist" role="img" aria-label={alt}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 2, right: 2, bottom: 0, left: 2 }} barCategoryGap={0}>
          <XAxis dataKey="x" type="category" hide />
          <YAxis hide domain={[0, 'auto']} />
          <Bar dataKey="f" fill={color} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <div className="layer-hist-range">
        <span>{lo}</span>
        <span>{hi}</span>
      </div>
    </div>
  );
});
