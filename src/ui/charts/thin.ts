// Chart series are thinned before drawing: SVG cost grows with points, and a few hundred show any curve's
// shape. The last point is always kept, so the line ends at the current value.

export const MAX_CHART_POINTS = 400;

export function thin<T>(xs: readonly T[], max = MAX_CHART_POINTS): readonly T[] {
  if (xs.length <= max) return xs;
  const every = Math.ceil(xs.length / max);
  return xs.filter((_, i) => i % every === 0 || i === xs.length - 1);
}
