// Per-layer statistics of one training step, computed on the device from the step's own capture (no
// second forward pass) and packed into ONE flat tensor, so a stats interval costs one asynchronous readback.
import type { Activation, ActivationFamily } from '../catalog/activations';
import type { TF, Tensor, Tensor1D, Tensor2D } from '../catalog/types';
import { LOGIT_HIST_RANGE, NUM_BINS, type LayerStats } from '../wire/protocol';
import type { Mlp } from './mlp';
import type { StepCapture } from './trainer';

/** tanh |a| above this, sigmoid a below 1 − this or above it, counts as saturated. */
export const SATURATION = 0.99;
/** A weight counts as near zero below this fraction of its layer's RMS weight (a Gaussian layer: ~4 %). */
export const NEAR_ZERO = 0.05;

/** Scalars per layer, in this order, followed by NUM_BINS histogram fractions. */
const SCALARS = [
  'preMean', 'preVar', 'actMean', 'actVar', 'dead', 'saturated',
  'gradNorm', 'gradVar', 'weightNorm', 'updateRatio', 'diversity', 'nearZero',
] as const;
export const STRIDE = SCALARS.length + NUM_BINS;
const TINY = 1e-30;

export const histRangeOf = (activation: Activation, isOutput: boolean): readonly [number, number] =>
  isOutput ? LOGIT_HIST_RANGE : activation.histRange;

/**
 * Fraction of the values of `a` (any shape) in each of NUM_BINS equal bins over [lo, hi] → [NUM_BINS].
 * Counts values ≥ each interior edge with one broadcast step ([NUM_BINS−1, n]) and differences the
 * counts; no bincount (whose WebGL kernel reads back to the CPU). Out-of-range values land in the end bins.
 */
export function histogram(tf: TF, a: Tensor, range: readonly [number, number]): Tensor1D {
  return tf.tidy(() => {
    const [lo, hi] = range;
    const width = (hi - lo) / NUM_BINS;
    const edges = Array.from({ length: NUM_BINS - 1 }, (_, i) => lo + (i + 1) * width);
    // Values along the innermost axis: edges [NUM_BINS − 1, 1] against [1, n] → [NUM_BINS − 1, n], summed
    // over the last axis (an axis-0 sum would make tfjs transpose the whole comparison first).
    // step(edge − a) is 1 exactly where a < edge. It is used rather than greaterEqual because the WASM
    // backend's broadcasting comparison is ~50× slower (14 ms vs 0.25 ms for a [64, 128] layer).
    const flat = tf.reshape(a, [1, -1]) as Tensor2D;
    const n = flat.shape[1];
    const below = tf.sum(tf.step(tf.sub(tf.tensor2d(edges, [NUM_BINS - 1, 1]), flat)), 1);
    const atLeast = tf.sub(n, below);
    const cum = tf.concat([tf.tensor1d([n]), atLeast, tf.tensor1d([0])]); // [NUM_BINS + 1], non-increasing
    return tf.div(tf.sub(tf.slice(cum, 0, NUM_BINS), tf.slice(cum, 1, NUM_BINS)), n) as Tensor1D;
  });
}

/** Dead (ReLU family) or saturated (tanh, sigmoid) fractions of an activation [batch, units] → two scalars. */
export function deadAndSaturated(tf: TF, act: Tensor2D, family: ActivationFamily | 'output'): [Tensor, Tensor] {
  const zero = () => tf.scalar(0);
  // Dead = exactly 0 for the whole batch (so no gradient at all). Leaky ReLU, PReLU and ELU share the family
  // but output small negative values instead of 0: their "off" units still learn, and are not counted.
  if (family === 'relu') return [tf.mean(tf.cast(tf.equal(tf.max(tf.abs(act), 0), 0), 'float32')), zero()];
  if (family === 'tanh') return [zero(), tf.mean(tf.cast(tf.greater(tf.abs(act), SATURATION), 'float32'))];
  if (family === 'sigmoid') {
    const tails = tf.logicalOr(tf.less(act, 1 - SATURATION), tf.greater(act, SATURATION));
    return [zero(), tf.mean(tf.cast(tails, 'float32'))];
  }
  return [zero(), zero()];
}

/**
 * Diversity of W [nIn, units] (0 = every unit identical: the symmetry is unbroken): RMS distance of each unit's incoming column from the first unit's, relative
 * to the RMS column norm, over √2 (so independent random columns give ≈ 1). Measured against a column of W
 * itself, not the mean column, so identical columns give exactly 0 in floating point.
 */
export function diversity(tf: TF, W: Tensor2D): Tensor {
  return tf.tidy(() => {
    // The mean over units of a column's squared norm is the total sum over the unit count: whole-tensor
    // sums, no per-column (axis-0) reduction and so no transpose.
    const first = tf.slice(W, [0, 0], [W.shape[0], 1]);
    const units = W.shape[1];
    const spread = tf.sqrt(tf.div(tf.sum(tf.square(tf.sub(W, first))), units));
    const scale = tf.sqrt(tf.div(tf.sum(tf.square(W)), units));
    return tf.div(spread, tf.mul(tf.add(scale, TINY), Math.SQRT2));
  });
}

/** Fraction of the entries of W with |w| < NEAR_ZERO · RMS(W) (step, not less: see histogram). */
export function nearZero(tf: TF, W: Tensor): Tensor {
  return tf.tidy(() => {
    const rms = tf.sqrt(tf.mean(tf.square(W)));
    return tf.mean(tf.step(tf.sub(tf.mul(rms, NEAR_ZERO), tf.abs(W))));
  });
}

/** ‖t‖ over all entries. Written out: tf.norm goes through abs and pow, several times slower on WASM. */
function frobenius(tf: TF, t: Tensor): Tensor {
  return tf.sqrt(tf.sum(tf.square(t)));
}

/** Mean and variance of every entry, as two scalars. */
function meanVar(tf: TF, t: Tensor): [Tensor, Tensor] {
  const m = tf.moments(t);
  return [m.mean, m.variance];
}

/**
 * Every layer's statistics as one flat tensor [numLayers × STRIDE]. `capture` comes from trainStep(true);
 * the weights after the update are read from `mlp`. Does not dispose the capture.
 */
export function layerStatsTensor(tf: TF, capture: StepCapture, mlp: Mlp): Tensor1D {
  return tf.tidy(() => {
    const layers = [...mlp.hidden, mlp.out];
    const rows = layers.map((layer, i) => {
      const isOutput = i === layers.length - 1;
      const act = capture.act[i];
      const before = capture.weightBefore[i];
      const beforeNorm = frobenius(tf, before);
      const moved = frobenius(tf, tf.sub(layer.W, before));
      const scalars = [
        ...meanVar(tf, capture.pre[i]),
        ...meanVar(tf, act),
        ...deadAndSaturated(tf, act, isOutput ? 'output' : mlp.activation.family),
        frobenius(tf, capture.gradW[i]),
        tf.moments(capture.gradW[i]).variance,
        frobenius(tf, layer.W),
        // 0/0 (zero weights that stayed zero) reads 0, not NaN.
        tf.div(moved, tf.maximum(beforeNorm, TINY)),
        diversity(tf, layer.W as Tensor2D),
        nearZero(tf, layer.W),
      ].map((s) => tf.reshape(s, [1]));
      return tf.concat([...scalars, histogram(tf, act, histRangeOf(mlp.activation, isOutput))]);
    });
    return tf.concat(rows) as Tensor1D;
  });
}

/** Unpacks the flat readback into one object per layer. */
export function unpackLayerStats(values: ArrayLike<number>, mlp: Mlp): LayerStats[] {
  const layers = [...mlp.hidden, mlp.out];
  return layers.map((layer, i) => {
    const base = i * STRIDE;
    const isOutput = i === layers.length - 1;
    const s = Object.fromEntries(SCALARS.map((k, j) => [k, values[base + j]])) as Record<(typeof SCALARS)[number], number>;
    const hist = Array.from({ length: NUM_BINS }, (_, b) => values[base + SCALARS.length + b]);
    return { layer: i, isOutput, units: layer.units, ...s, hist, histRange: histRangeOf(mlp.activation, isOutput) };
  });
}

/** One step's statistics with a single asynchronous readback; disposes the capture. */
export async function computeLayerStats(tf: TF, capture: StepCapture, mlp: Mlp): Promise<LayerStats[]> {
  const flat = layerStatsTensor(tf, capture, mlp);
  tf.dispose([...capture.pre, ...capture.act, ...capture.gradW, ...capture.weightBefore]);
  const values = await flat.data();
  flat.dispose();
  return unpackLayerStats(values, mlp);
}
