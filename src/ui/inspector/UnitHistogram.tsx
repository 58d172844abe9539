// The unit's activations on the test batch: one SVG bar per bin over the batch's own range.
import { formatStat } from '../format';

export function UnitHistogram({ hist, range, batch }: { hist: readonly number[]; range: readonly [number, number]; batch: number }) {
  const peak = Math.max(...hist, 1e-9);
  const [lo, hi] = range;
  return (
    <figure className="inspector-hist" data-hist-bins={hist.length}>
      <svg width="100%" height={70} viewBox={`0 0 ${hist.length} 100`} preserveAspectRatio="none" role="img" aria-label={`Activation histogram on ${batch} test images, from ${formatStat(lo)} to ${formatStat(hi)}`}>
        {hist.map((f, i) => (
          <rect key={i} x={i} y={100 - (100 * f) / peak} width={1} height={(100 * f) / peak} fill="#4477aa" />
        ))}
      </svg>
      <figcaption className="caption-note inspector-range">
        <span>{formatStat(lo)}</span>
        <span>activation on {batch} test images</span>
        <span>{formatStat(hi)}</span>
      </figcaption>
    </figure>
  );
}
