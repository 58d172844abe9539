// The SVG of a series: one `d` string per line (a single DOM node however many points), dots as a list of
// centres. Points come in already thinned (charts/thin.ts) and sorted by x.

export interface Pt {
  readonly x: number;
  readonly y: number | null;
}

type Px = (v: number | null | undefined) => number | null;

/** A tenth of a pixel is finer than any screen: shorter strings, same picture. */
const r = (v: number) => Math.round(v * 10) / 10;

/**
 * "M x y L x y …" through the drawable points. A missing point (null, not finite, ≤ 0 on a log axis) breaks
 * the line, unless `connect` is set: then the line runs on to the next drawable point.
 */
export function linePath(points: readonly Pt[], sx: Px, sy: Px, connect = false): string {
  const parts: string[] = [];
  let pen = false;
  for (const p of points) {
    const x = sx(p.x);
    const y = sy(p.y);
    if (x === null || y === null) {
      if (!connect) pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${r(x)} ${r(y)}`);
    pen = true;
  }
  return parts.join('');
}

/** Pixel centres of the drawable points, each with its index in `points`. */
export function dotCentres(points: readonly Pt[], sx: Px, sy: Px): { x: number; y: number; i: number }[] {
  const out: { x: number; y: number; i: number }[] = [];
  points.forEach((p, i) => {
    const x = sx(p.x);
    const y = sy(p.y);
    if (x !== null && y !== null) out.push({ x: r(x), y: r(y), i });
  });
  return out;
}

/** Index of the point whose x is nearest `x` among points sorted by x (binary search); -1 if none. */
export function nearestIndex(points: readonly Pt[], x: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid].x <= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(points[lo].x - x) <= Math.abs(points[hi].x - x) ? lo : hi;
}

/** The series' points with a drawable y: how many a path or its dots show (the `data-points` test hook). */
export function countDrawable(points: readonly Pt[], sy: Px): number {
  let n = 0;
  for (const p of points) if (sy(p.y) !== null) n++;
  return n;
}

/** A series' points from any rows: x and y read by the accessors (undefined y counts as missing). */
export function pointsOf<T>(rows: readonly T[], x: (r: T) => number, y: (r: T) => number | null | undefined): Pt[] {
  return rows.map((r) => ({ x: x(r), y: y(r) ?? null }));
}
