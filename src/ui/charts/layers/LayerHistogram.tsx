// One layer's activation histogram at the current step: fraction of values per bin over a fixed range.
// Plain SVG bars rather than a recharts BarChart: a row of up to 11 of these redraws twice a second, and
// 30 <rect>s cost a fraction of a charting library's layout pass.
import { memo } from 'react';

interface Props {
  hist: readonly number[];
  range: readonly [number, number];
  color: string;
  label: string;
  height?: number;
  /** Without the range labels underneath (the layer strip's small cells). */
  bare?: boolean;
}

export const LayerHistogram = memo(function LayerHistogram({ hist, range, color, label, height = 70, bare = false }: Props) {
  const [lo, hi] = range;
  const width = (hi - lo) / hist.length;
  const peakValue = Math.max(...hist, 1e-9);
  const peak = hist.indexOf(Math.max(...hist));
  const alt = `${label} activation histogram over [${lo}, ${hi}]: most values near ${(lo + (peak + 0.5) * width).toFixed(2)}`;
  return (
    <div className="layer-hist" role="img" aria-label={alt}>
      {/* viewBox: one unit per bin across, 100 units up; bars scale to the tallest bin. */}
      <svg width="100%" height={height} viewBox={`0 0 ${hist.length} 100`} preserveAspectRatio="none" aria-hidden>
        {hist.map((f, i) => {
          const h = (100 * f) / peakValue;
          return <rect key={i} x={i} y={100 - h} width={1} height={h} fill={color} />;
        })}
      </svg>
      {!bare && (
        <div className="layer-hist-range">
          <span>{lo}</span>
          <span>{hi}</span>
        </div>
      )}
    </div>
  );
});
