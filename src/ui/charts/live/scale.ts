// Axes of the live chart: a domain from the data and the axis spec, "nice" ticks (1, 2 or 5 × 10^k apart, or
// whole decades on a log axis) and the map from a value to a pixel. Pure functions, so they are unit-tested
// without a browser.

/** One end of an axis: a fixed number, the data's own extreme, or the data's extreme rounded out to a tick. */
export type Bound = number | 'data' | 'nice';

export interface AxisSpec {
  readonly domain: readonly [Bound, Bound];
  /** Base-10 log axis: values ≤ 0 are not drawn; ticks at whole decades. */
  readonly log?: boolean;
  /** Tick labels (ui/format.ts's formatAxis unless given). */
  readonly format?: (v: number) => string;
  /** Fixed tick values instead of computed ones. */
  readonly ticks?: readonly number[];
  /** About how many ticks (linear axes). */
  readonly count?: number;
  /** Ticks only at whole numbers (a step axis). */
  readonly integer?: boolean;
}

export interface Extent {
  readonly min: number;
  readonly max: number;
}

/** The smallest and largest finite value (positive only for a log axis); null when there is none. */
export function extentOf(values: Iterable<number | null>, log = false): Extent | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v) || (log && v <= 0)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/** A step of 1, 2 or 5 × 10^k that cuts `span` into about `count` parts (at least 1 on an integer axis). */
export function niceStep(span: number, count: number, integer = false): number {
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/** Multiples of the nice step inside [lo, hi], ends included when they fall on the step. */
export function niceTicks(lo: number, hi: number, count = 5, integer = false): number[] {
  if (!(hi > lo)) return [lo];
  const step = niceStep(hi - lo, count, integer);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const out: number[] = [];
  // toPrecision strips float noise (0.30000000000000004 → 0.3).
  for (let i = first; i <= last; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** Whole decades covering [min, max] on a log axis (at least one decade wide). */
export function logDomain(e: Extent): [number, number] {
  const lo = Math.floor(Math.log10(e.min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(e.max)));
  return [10 ** lo, 10 ** hi];
}

/** Decades inside [lo, hi]; every k-th decade when there are more than `max` of them. */
export function logTicks(lo: number, hi: number, max = 6): number[] {
  const a = Math.ceil(Math.log10(lo) - 1e-9);
  const b = Math.floor(Math.log10(hi) + 1e-9);
  const every = Math.max(1, Math.ceil((b - a + 1) / max));
  const out: number[] = [];
  for (let k = a; k <= b; k += every) out.push(Number((10 ** k).toPrecision(12)));
  return out;
}

/** The [lo, hi] an axis shows for data of extent `e` (null: no data yet). */
export function resolveDomain(spec: AxisSpec, e: Extent | null): [number, number] {
  const [a, b] = spec.domain;
  if (spec.log) {
    const auto = logDomain(e ?? { min: 1, max: 10 });
    const lo = typeof a === 'number' ? a : a === 'data' && e ? e.min : auto[0];
    const hi = typeof b === 'number' ? b : b === 'data' && e ? e.max : auto[1];
    return hi > lo ? [lo, hi] : [lo / 10, lo * 10];
  }
  let lo = typeof a === 'number' ? a : (e?.min ?? 0);
  let hi = typeof b === 'number' ? b : (e?.max ?? 1);
  if (!(hi > lo)) {
    // One value (or none): widen around it so a flat line sits inside the plot rather than on its edge.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    if (typeof b !== 'number') hi = lo + pad;
    else lo = hi - pad;
  }
  const step = niceStep(hi - lo, spec.count ?? 5, spec.integer);
  if (a === 'nice') lo = Math.floor(lo / step) * step;
  if (b === 'nice') hi = Math.ceil(hi / step) * step;
  return [lo, hi];
}

export interface Scale {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  /** The pixel of a value, or null when it cannot be drawn (missing, not finite, ≤ 0 on a log axis). */
  readonly px: (v: number | null | undefined) => number | null;
  /** The value at a pixel (for the hover readout). */
  readonly value: (px: number) => number;
}

/** Maps the domain onto the pixel range [r0, r1] (r1 < r0 for a y-axis, whose pixels grow downwards). */
export function makeScale(spec: AxisSpec, e: Extent | null, r0: number, r1: number): Scale {
  const domain = resolveDomain(spec, e);
  const f = spec.log ? Math.log10 : (v: number) => v;
  const d0 = f(domain[0]);
  const k = (r1 - r0) / (f(domain[1]) - d0);
  const ticks = (spec.ticks ?? (spec.log ? logTicks(domain[0], domain[1]) : niceTicks(domain[0], domain[1], spec.count ?? 5, spec.integer)))
    .filter((t) => t >= domain[0] && t <= domain[1]);
  return {
    domain,
    ticks,
    px: (v) => (v === null || v === undefined || !Number.isFinite(v) || (spec.log && v <= 0) ? null : r0 + (f(v) - d0) * k),
    value: (p) => (spec.log ? 10 ** (d0 + (p - r0) / k) : d0 + (p - r0) / k),
  };
}
