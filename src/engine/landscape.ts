// The loss landscape around a lane's current weights θ (all on the device, one readback per chunk):
// (a) the loss along the straight line θ₀ + α(θ − θ₀) from the initial weights (Goodfellow et al., 2015);
// (b) a 2-D slice θ + a·d₁ + b·d₂ along two random filter-normalised directions (Li et al., 2018): each
//     weight matrix's direction is Gaussian, rescaled unit by unit (a unit's incoming weights are a column
//     of W [nIn, units] here) to the norm of that unit's weights; biases, PReLU slopes and batch-norm
//     parameters get zero direction. The training trajectory (sparse snapshots) is projected onto (d₁, d₂).
// θ (and the batch-norm running statistics) are copied at the start, so training may go on meanwhile.
import { lossById } from '../catalog/losses';
import type { Scalar, TF, Tensor, Variable } from '../catalog/types';
import type { LandscapeResult } from '../wire/protocol';
import type { DeviceSplit } from './dataset';
import { takeRows } from './rows';
import { everySlice } from './yieldToEvents';
import { forward, type DenseLayer, type LayerWeights, type Mlp, type MlpWeights } from './mlp';
import { deriveSeed } from './rng';
import type { Trainer } from './trainer';
import type { WeightHistory } from './weightHistory';

/** α from −0.25 to 1.25 in steps of 0.05: a little beyond both ends of θ₀ → θ. */
export const LINE_ALPHAS = Float32Array.from({ length: 31 }, (_, k) => -0.25 + 0.05 * k);

export interface LandscapeOptions {
  grid: number;
  span: number;
  /** Checked between chunks: true stops the work (the result is then null). */
  cancelled?: () => boolean;
  /** Updates done, total, and the estimated milliseconds left. */
  onProgress?: (done: number, total: number, etaMs: number) => void;
  /** Images per chunk (default: about one SLICE_MS of this net on this backend, Trainer.evalRows). */
  rows?: number;
}

/** Lets queued messages (pause, training steps, a cancel) run between chunks. */
const yieldToEvents = () => new Promise<void>((r) => setTimeout(r, 0));

/** The net with every parameter replaced by `param(v)` (trainables) and running statistics by copies. */
function substitute(mlp: Mlp, param: (v: Variable) => Tensor): MlpWeights {
  const layer = (l: DenseLayer): LayerWeights => ({
    W: param(l.W),
    b: param(l.b),
    actParams: l.actParams.map(param),
    bn: l.bn && { gamma: param(l.bn.gamma), beta: param(l.bn.beta), movingMean: param(l.bn.movingMean), movingVar: param(l.bn.movingVar) },
  });
  return { activation: mlp.activation, maxoutK: mlp.maxoutK, hidden: mlp.hidden.map(layer), out: layer(mlp.out) };
}

/** A random filter-normalised direction per variable: [nIn, units] matrices per column, zeros otherwise. */
function direction(tf: TF, vars: readonly Tensor[], seed: number): Tensor[] {
  return vars.map((v, k) =>
    tf.tidy(() => {
      if (v.rank !== 2) return tf.zerosLike(v);
      const d = tf.randomNormal(v.shape, 0, 1, 'float32', deriveSeed(seed, k));
      // Per unit (column): ‖d_j‖ → ‖W_j‖. [nIn, units] / [1, units] · [1, units].
      const dNorm = tf.norm(d, 'euclidean', 0, true);
      const wNorm = tf.norm(v, 'euclidean', 0, true);
      return tf.mul(tf.div(d, tf.maximum(dNorm, 1e-12)), wNorm);
    }),
  );
}

const dot = (tf: TF, a: readonly Tensor[], b: readonly Tensor[]) => tf.addN(a.map((t, i) => tf.sum(tf.mul(t, b[i])))) as Scalar;

/**
 * Computes the landscape of `trainer`'s net on `subset` ([n, 784], [n, 10]). Returns null when cancelled.
 * The grid is row by row (b fixed, a varying), one readback per row, yielding to other messages between
 * rows and, within a row, every SLICE_MS (each point's loss is summed over chunks of the subset).
 */
export async function computeLandscape(
  tf: TF,
  trainer: Trainer,
  history: WeightHistory | null,
  subset: DeviceSplit,
  opts: LandscapeOptions,
): Promise<LandscapeResult | null> {
  const start = performance.now();
  const { grid, span } = opts;
  const step = trainer.step;
  const vars = trainer.vars;
  // Everything below is queued on the device before the first await: a later update cannot change θ.
  const theta = vars.map((v) => tf.clone(v));
  const index = new Map<Variable, number>(vars.map((v, i) => [v, i]));
  // The running statistics too: the lane may even be disposed (a new run) before the last chunk.
  const frozen = new Map<Variable, Tensor>();
  for (const l of [...trainer.mlp.hidden, trainer.mlp.out]) {
    if (l.bn) for (const v of [l.bn.movingMean, l.bn.movingVar]) frozen.set(v, tf.clone(v));
  }
  const fixed = (v: Variable) => frozen.get(v)!;
  const d1 = direction(tf, theta, deriveSeed(trainer.cfg.seed, 16_001));
  const d2 = direction(tf, theta, deriveSeed(trainer.cfg.seed, 16_002));
  const loss = lossById[trainer.cfg.loss];
  // Images per chunk: about one SLICE_MS of this net on this backend (a point of a 10 × 500 net is ~2.7 G
  // multiply-adds over the subset, seconds on a synchronous backend), with a pause between chunks.
  const rows = Math.min(opts.rows ?? trainer.evalRows, subset.count);
  const pace = everySlice();
  /** Mean loss on the subset with every trainable i set to weights(i), summed chunk by chunk → a scalar
   * (the caller disposes it); null when cancelled meanwhile. */
  const lossAt = async (weights: (i: number) => Tensor): Promise<Scalar | null> => {
    const n = subset.count;
    // The point's parameters, built once for all its chunks.
    const point = tf.tidy(() => theta.map((_, i) => weights(i)));
    const net = substitute(trainer.mlp, (v) => {
      const i = index.get(v);
      return i === undefined ? fixed(v) : point[i];
    });
    let sum: Tensor = tf.scalar(0);
    try {
      for (let from = 0; from < n; from += rows) {
        await pace();
        if (opts.cancelled?.()) {
          sum.dispose();
          return null;
        }
        const next = tf.tidy(() => {
          const size = Math.min(rows, n - from);
          const { x, y } = takeRows(tf, subset, from, size); // whole pieces where rows divides them: no copy
          const logits = forward(tf, net, x, { training: false, dropoutRate: 0, dropoutSeed: 0 });
          return tf.add(sum, tf.mul(loss.apply(tf, logits, y), size));
        });
        sum.dispose();
        sum = next;
      }
    } finally {
      tf.dispose(point);
    }
    const mean = tf.div(sum, n) as Scalar;
    sum.dispose();
    return mean;
  };
  /** The losses at these points as one tensor [points] (one readback); null when cancelled. */
  const lossesAt = async (points: ((i: number) => Tensor)[]): Promise<Float32Array | null> => {
    const kept: Scalar[] = [];
    for (const weights of points) {
      const l = await lossAt(weights);
      if (!l) {
        tf.dispose(kept);
        return null;
      }
      kept.push(l);
    }
    const stacked = tf.stack(kept);
    tf.dispose(kept);
    const v = (await stacked.data()) as Float32Array;
    stacked.dispose();
    return v;
  };
  const trajectory = project(tf, history, theta, d1, d2);
  const init = history?.initial.map((t) => tf.clone(t)) ?? null;
  const disposeAll = () => tf.dispose([...theta, ...d1, ...d2, ...frozen.values(), ...(init ?? [])]);

  const coords = Array.from({ length: grid }, (_, i) => (grid === 1 ? 0 : -span + (2 * span * i) / (grid - 1)));
  const numLine = init ? LINE_ALPHAS.length : 0;
  const total = grid * grid + numLine;
  const values = new Float32Array(grid * grid);
  let done = 0;
  const report = () => {
    const took = performance.now() - start;
    opts.onProgress?.(done, total, done ? (took / done) * (total - done) : 0);
  };
  try {
    for (let row = 0; row < grid; row++) {
      if (opts.cancelled?.()) return null;
      const b = coords[row];
      const losses = await lossesAt(coords.map((a) => (i: number) => tf.add(theta[i], tf.add(tf.mul(d1[i], a), tf.mul(d2[i], b)))));
      if (!losses) return null;
      values.set(losses, row * grid);
      done += grid;
      report();
      await yieldToEvents();
    }
    const lineLosses = new Float32Array(numLine);
    if (init && !opts.cancelled?.()) {
      // θ₀ + α(θ − θ₀), one readback for the whole line.
      const line = await lossesAt(Array.from(LINE_ALPHAS, (alpha) => (i: number) => tf.add(init[i], tf.mul(tf.sub(theta[i], init[i]), alpha))));
      if (!line) return null;
      lineLosses.set(line);
      done += numLine;
      report();
    }
    if (opts.cancelled?.()) return null;
    const centre = grid % 2 === 1 ? values[((grid - 1) / 2) * grid + (grid - 1) / 2] : NaN;
    return {
      step,
      grid,
      span,
      numImages: subset.count,
      values,
      centre,
      line: { alphas: init ? LINE_ALPHAS.slice() : new Float32Array(0), losses: lineLosses },
      trajectory: await trajectory,
      ms: performance.now() - start,
    };
  } finally {
    disposeAll();
  }
}

/**
 * Each snapshot θₛ as coordinates (a, b) with θₛ − θ ≈ a·d₁ + b·d₂: least squares through the 2 × 2 Gram
 * matrix of (d₁, d₂) (random directions in ~10⁵ dimensions are nearly, not exactly, orthogonal).
 */
export async function project(
  tf: TF,
  history: WeightHistory | null,
  theta: readonly Tensor[],
  d1: readonly Tensor[],
  d2: readonly Tensor[],
): Promise<{ steps: number[]; xy: Float32Array }> {
  const snaps = history?.trajectory ?? [];
  // [3 + 2n]: G₁₁, G₁₂, G₂₂, then (δ·d₁, δ·d₂) per snapshot.
  const packed = tf.tidy(() => {
    const parts: Scalar[] = [dot(tf, d1, d1), dot(tf, d1, d2), dot(tf, d2, d2)];
    for (const s of snaps) {
      const delta = s.weights.map((w, i) => tf.sub(w, theta[i]));
      parts.push(dot(tf, delta, d1), dot(tf, delta, d2));
    }
    return tf.stack(parts);
  });
  const v = await packed.data();
  packed.dispose();
  const [g11, g12, g22] = [v[0], v[1], v[2]];
  const det = g11 * g22 - g12 * g12;
  const xy = new Float32Array(2 * snaps.length);
  snaps.forEach((_, k) => {
    const r1 = v[3 + 2 * k];
    const r2 = v[4 + 2 * k];
    xy[2 * k] = det > 0 ? (g22 * r1 - g12 * r2) / det : 0;
    xy[2 * k + 1] = det > 0 ? (g11 * r2 - g12 * r1) / det : 0;
  });
  return { steps: snaps.map((s) => s.step), xy };
}
