// The optimizer lab's request, derived from the experiment config, and the numbers the page lists for each
// path (plain functions of the path: tests and the table read the same values).
import { surfaceById } from '../catalog/surfaces';
import type { OptPath, PathsSpec } from '../wire/protocol';
import type { Config } from './schema';

const MOMENTUM_METHODS: readonly string[] = ['momentum', 'nesterov'];

/** The racers and their learning rates: with `path-eff`, momentum methods run at α(1−β) (see schema). */
export function pathsSpecOf(c: Config): PathsSpec {
  return {
    surface: c.surface,
    start: [c.startX, c.startY],
    steps: c.pathSteps,
    opts: c.pathOpts.map((id) => ({ id, lr: c.pathEff && MOMENTUM_METHODS.includes(id) ? c.lr * (1 - c.momentum) : c.lr })),
    momentum: c.momentum,
    beta1: c.beta1,
    beta2: c.beta2,
    eps: c.eps,
    noise: c.noise,
    seed: c.seed,
  };
}

export interface PathMetrics {
  /** Updates done (fewer than asked when the path blew up). */
  steps: number;
  finalLoss: number;
  /** First step whose loss is within 1 % of the way from the start's loss down to the surface's minimum. */
  reachStep: number | null;
  /** On a surface with a saddle: the first step whose loss is below halfway from the saddle's value to the minimum. */
  escapeStep: number | null;
  /** Steps that reverse direction (the step's dot product with the previous step is negative): the zig-zag. */
  turns: number;
  /** |Δx| / |Δy| of the first step: 1 means both coordinates moved the same amount. */
  firstRatio: number;
}

export function pathMetrics(path: OptPath, surfaceId: string): PathMetrics {
  const s = surfaceById[surfaceId as keyof typeof surfaceById];
  const n = path.loss.length;
  const { xy, loss } = path;
  const f0 = loss[0];
  const first = (pred: (l: number) => boolean) => {
    const i = loss.findIndex(pred);
    return i < 0 ? null : i;
  };
  let turns = 0;
  for (let i = 2; i < n; i++) {
    const dot = (xy[2 * i] - xy[2 * i - 2]) * (xy[2 * i - 2] - xy[2 * i - 4]) + (xy[2 * i + 1] - xy[2 * i - 1]) * (xy[2 * i - 1] - xy[2 * i - 3]);
    if (dot < 0) turns++;
  }
  const fSaddle = s.saddle ? s.ref(s.saddle[0], s.saddle[1]) : null;
  return {
    steps: n - 1,
    finalLoss: loss[n - 1],
    reachStep: first((l) => l - s.minValue < 0.01 * (f0 - s.minValue)),
    escapeStep: fSaddle === null ? null : first((l) => l < fSaddle - 0.5 * (fSaddle - s.minValue)),
    turns,
    firstRatio: n > 1 ? Math.abs(xy[2] - xy[0]) / Math.abs(xy[3] - xy[1]) : NaN,
  };
}
