// The optimizer lab's shapes on the wire (optimizer paths, loss landscape, learning-rate finder). Part of the
// wire: like protocol.ts it imports nothing, so either side may use it without pulling in the other's code.

/** What the optimizer lab asks for: ids are catalog ids (surfaces.ts, optimizers.ts), checked by the engine. */
export interface PathsSpec {
  surface: string;
  start: [number, number];
  steps: number;
  /** The racers: each optimizer with its own learning rate. */
  opts: { id: string; lr: number }[];
  momentum: number;
  beta1: number;
  beta2: number;
  eps: number;
  /** Std of the Gaussian noise added to each gradient coordinate (seeded). */
  noise: number;
  seed: number;
}

/** One optimizer's path: points 0..n−1, the start first. */
export interface OptPath {
  opt: string;
  /** [n × 2] row-major (x, y). */
  xy: Float32Array;
  /** [n]: f at each point. */
  loss: Float32Array;
  /** The loss stopped being finite: the path ends at the last finite point. */
  diverged: boolean;
}

/** The loss around the current weights θ: along the line from θ₀ (initial) and on a 2-D slice θ + a·d₁ + b·d₂. */
export interface LandscapeResult {
  step: number;
  grid: number;
  /** a and b run over [−span, span] in `grid` steps. */
  span: number;
  numImages: number;
  /** [grid × grid] row-major: row i is b = −span + i·2span/(grid−1), column j likewise a. */
  values: Float32Array;
  /** Loss at a = b = 0 (the current weights). */
  centre: number;
  /** Loss along θ₀ + α(θ − θ₀) at each α (α = 0: initial weights, 1: current). */
  line: { alphas: Float32Array; losses: Float32Array };
  /** Weight snapshots (taken at quick evaluations) projected onto (d₁, d₂): [n × 2], with their steps. */
  trajectory: { steps: number[]; xy: Float32Array };
  /** Wall time of the computation. */
  ms: number;
}

/**
 * The learning-rate range test (Smith, 2017): the rate rises exponentially from `lrMin` to `lrMax` over
 * `steps` updates, one rate per update; the test stops once the smoothed loss exceeds `stopFactor` × its
 * minimum so far. The loss is smoothed by an exponential moving average with weight `smoothing` (debiased).
 */
export const LR_FINDER = { lrMin: 1e-6, lrMax: 10, steps: 120, stopFactor: 4, smoothing: 0.9 } as const;

export interface LrFinderPoint {
  step: number;
  lr: number;
  /** The batch's loss before this update (raw; the page smooths it the same way the Worker does). */
  loss: number;
}
