// Bounded chart history: when a series passes its cap, the older half is thinned to every other point,
// so a long run keeps its whole shape in a fixed number of points.

export const HISTORY_CAP = 1500;

export function appendCapped<T>(series: readonly T[], points: readonly T[], cap = HISTORY_CAP): T[] {
  let out = series.concat(points);
  while (out.length > cap) {
    const half = Math.floor(out.length / 2);
    out = out.slice(0, half).filter((_, i) => i % 2 === 0).concat(out.slice(half));
  }
  return out;
}
