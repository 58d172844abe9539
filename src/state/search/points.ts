// The points a hyperparameter search trains: a pure, seeded function of the search's settings, so the same
// URL always trains the same runs. Grid search spreads k values evenly along each axis (log or linear) and
// takes their product; random search draws every value independently — which is why, with one hyperparameter
// that matters and one that does not, random search tries as many distinct values of the one that matters as
// it has runs, where a k × k grid tries only k (Bergstra & Bengio, 2012).
import type { Hp, HpValue, NumericHp } from './hyperparams';

export type SearchKind = 'grid' | 'random';

export interface Axis {
  hp: Hp;
  /** [lo, hi] as asked (numeric hyperparameters); clamped into the hyperparameter's bounds here. */
  range: readonly [number, number];
}

export interface SearchSpec {
  axes: readonly Axis[];
  /** Runs at most (a grid may use fewer when its axes cannot be split evenly, or integers collide). */
  budget: number;
  seed: number;
}

/** One run of a search: the values of the axes, in order. */
export interface SearchPoint {
  kind: SearchKind;
  values: HpValue[];
}

/** Values are rounded to this many significant digits, so links stay short (lr=0.00316, not 0.0031622776…). */
const SIG_DIGITS = 3;
/** A log axis cannot start at 0: a range starting at or below 0 starts this factor below its top instead. */
const LOG_SPAN_FROM_ZERO = 1e-4;

const round = (x: number, integer: boolean) => (integer ? Math.round(x) : Number(x.toPrecision(SIG_DIGITS)));

/** The usable [lo, hi] of a numeric axis: inside the bounds, ordered, and above 0 on a log scale. */
export function axisRange(hp: NumericHp, range: readonly [number, number]): { lo: number; hi: number; log: boolean } {
  const [bLo, bHi] = hp.bounds;
  let lo = Math.min(Math.max(Math.min(range[0], range[1]), bLo), bHi);
  const hi = Math.min(Math.max(Math.max(range[0], range[1]), bLo), bHi);
  const log = hp.scale === 'log' && hi > 0;
  if (log && lo <= 0) lo = hi * LOG_SPAN_FROM_ZERO;
  if (hp.integer && log) lo = Math.max(lo, 1);
  return { lo, hi, log };
}

/** Position t ∈ [0, 1] along a numeric axis, rounded to a value. */
function at(hp: NumericHp, range: readonly [number, number], t: number): number {
  const { lo, hi, log } = axisRange(hp, range);
  const x = log ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo))) : lo + t * (hi - lo);
  return round(x, hp.integer);
}

/** k grid values of one axis: evenly spaced, ends included (one value: the middle); duplicates dropped. */
export function gridAxis(axis: Axis, k: number): HpValue[] {
  const { hp } = axis;
  if (hp.kind === 'choice') {
    const n = hp.options.length;
    const picks = k >= n ? hp.options : Array.from({ length: k }, (_, i) => hp.options[k === 1 ? 0 : Math.round((i * (n - 1)) / (k - 1))]);
    return [...new Set(picks)];
  }
  const values = Array.from({ length: k }, (_, i) => at(hp, axis.range, k === 1 ? 0.5 : i / (k - 1)));
  return [...new Set(values)];
}

/** Most distinct values an axis can take (choices: their number; integers: the whole numbers in range). */
function maxDistinct(axis: Axis): number {
  if (axis.hp.kind === 'choice') return axis.hp.options.length;
  if (!axis.hp.integer) return Infinity;
  const { lo, hi } = axisRange(axis.hp, axis.range);
  return Math.floor(hi) - Math.ceil(lo) + 1;
}

/** How many values each axis of a grid gets: as even as the budget allows (2 axes, 9 runs → 3 × 3). */
export function gridShape(spec: SearchSpec): number[] {
  const [a, b] = spec.axes;
  if (!b) return [Math.min(spec.budget, maxDistinct(a))];
  let k1 = Math.min(Math.max(1, Math.floor(Math.sqrt(spec.budget))), maxDistinct(a));
  let k2 = Math.min(Math.floor(spec.budget / k1), maxDistinct(b));
  // An axis with few choices leaves budget to the other one.
  k1 = Math.min(Math.floor(spec.budget / k2), maxDistinct(a));
  k2 = Math.min(Math.floor(spec.budget / k1), maxDistinct(b));
  return [k1, k2];
}

export function gridPoints(spec: SearchSpec): SearchPoint[] {
  const shape = gridShape(spec);
  const axes = spec.axes.map((axis, i) => gridAxis(axis, shape[i]));
  // The first axis varies slowest: rows of the table read as the grid's rows.
  return axes.reduce<HpValue[][]>((acc, vals) => acc.flatMap((p) => vals.map((v) => [...p, v])), [[]]).map((values) => ({ kind: 'grid', values }));
}

/** mulberry32: a tiny, well-mixed 32-bit generator; plenty for choosing a few dozen points. */
export function rng(seed: number): () => number {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `budget` points, every value drawn independently (uniform on the axis's scale; choices uniformly). */
export function randomPoints(spec: SearchSpec): SearchPoint[] {
  const next = rng(spec.seed);
  return Array.from({ length: spec.budget }, () => ({
    kind: 'random' as const,
    values: spec.axes.map(({ hp, range }) =>
      hp.kind === 'choice' ? hp.options[Math.min(hp.options.length - 1, Math.floor(next() * hp.options.length))] : at(hp, range, next()),
    ),
  }));
}

export function searchPoints(kind: SearchKind, spec: SearchSpec): SearchPoint[] {
  return kind === 'grid' ? gridPoints(spec) : randomPoints(spec);
}
