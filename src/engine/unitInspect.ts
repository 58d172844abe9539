// One unit of the net, seen from every side, for the unit inspector. Two parts, because their costs differ
// by two orders of magnitude:
// - light (about one training step's work, asked about once a second while training): the unit's incoming
//   weights, its bias and the gradient norm its weights get on a fixed training batch — one readback;
// - heavy (only on demand: a new unit, a paused net, the refresh button): the activation histogram and
//   dead/saturated on a test batch, and the test images that excite it most, found on the device over the
//   whole test split (tf.topk per chunk, candidates merged on the device, one readback). Between chunks it
//   gives way to training and to messages, so no training step waits on it for long.
import { lossById } from '../catalog/losses';
import type { TF, Tensor, Tensor1D, Tensor2D } from '../catalog/types';
import {
  IMAGE_SIZE, NUM_BINS, NUM_CLASSES, NUM_TOP_IMAGES, QUICK_EVAL_SIZE,
  type FromWorker, type UnitHeavy, type UnitInspection, type UnitLight,
} from '../wire/protocol';
import { fillBatch, type Dataset, type DeviceSplit } from './dataset';
import { deadAndSaturated, histogram } from './layerStats';
import { forward, type DenseLayer } from './mlp';
import type { Runner } from './runner';
import type { Trainer } from './trainer';
import type { Pace } from './viewBudget';
import { yieldToEvents } from './yieldToEvents';
import { takeRows } from './rows';

/** Training images the unit's gradient is measured on: always the same ones, so the curve shows the net, not the batch. */
export const GRAD_BATCH = 64;
/** Test images per chunk of the top-image search: small enough that training is never held up for long. */
export const TOP_CHUNK = 500;

/** [hidden..., output] — the layer list the page's layer numbers index. */
export const layersOf = (t: Trainer): DenseLayer[] => [...t.mlp.hidden, t.mlp.out];

/** Activations of layer `layer` (0-based over [hidden..., output]; the output's are its logits): x [n, 784] → [n, units]. */
export function layerActivation(tf: TF, t: Trainer, x: Tensor2D, layer: number): Tensor2D {
  return tf.tidy(() => {
    const seen: { act?: Tensor2D } = {};
    forward(tf, t.mlp, x, {
      training: false,
      dropoutRate: 0,
      dropoutSeed: 0,
      onLayer: (i, _pre, act) => {
        if (i === layer) seen.act = act;
      },
    });
    if (!seen.act) throw new Error(`No layer ${layer}`);
    return seen.act;
  });
}

/**
 * The columns of W [nIn, preWidth] that feed unit `unit`: one, or k for maxout (preWidth = units·k, unit j
 * takes the max over columns j·k … j·k + k − 1).
 */
function columnsOf(l: DenseLayer, unit: number): { from: number; count: number } {
  const count = (l.W as Tensor2D).shape[1] / l.units;
  return { from: unit * count, count };
}

/**
 * Top-`k` activations of unit `unit` of layer `layer` over a split, in chunks of `chunk` images: each chunk's
 * top k joins the k candidates kept so far ([2k] → topk → [k]), so at most 2k values live between chunks.
 * Calls `pace` between chunks (it yields, and waits while the views have used their share of the time);
 * returns null if `alive()` turns false meanwhile (a new run freed the net).
 * → values [k], indices [k] (float32 test-set indices), to be disposed by the caller.
 */
export async function topActivations(
  tf: TF,
  t: Trainer,
  split: DeviceSplit,
  layer: number,
  unit: number,
  k: number,
  chunk = TOP_CHUNK,
  alive: () => boolean = () => true,
  pace: Pace = yieldToEvents,
): Promise<{ values: Tensor1D; indices: Tensor1D } | null> {
  const n = split.count;
  type Top = { values: Tensor1D; indices: Tensor1D };
  let best: Top | null = null;
  for (let from = 0; from < n; from += chunk) {
    if (from > 0) {
      await pace();
      if (!alive()) {
        if (best) tf.dispose([best.values, best.indices]);
        return null;
      }
    }
    const size = Math.min(chunk, n - from);
    const prev: Top | null = best;
    best = tf.tidy((): Top => {
      const act = layerActivation(tf, t, takeRows(tf, split, from, size).x, layer);
      const col = tf.reshape(tf.slice(act, [0, unit], [size, 1]), [size]) as Tensor1D; // [size]
      const ids = tf.add(tf.range(0, size, 1, 'float32'), from) as Tensor1D; // [size]: test-set indices
      const values: Tensor1D = prev ? tf.concat([prev.values, col]) : col;
      const indices: Tensor1D = prev ? tf.concat([prev.indices, ids]) : ids;
      const top = tf.topk(values, Math.min(k, values.shape[0]));
      return { values: top.values as Tensor1D, indices: tf.gather(indices, top.indices) as Tensor1D };
    });
    if (prev) tf.dispose([prev.values, prev.indices]);
  }
  return best;
}

/** ‖∂L/∂(w, b)‖ of the unit's incoming weights and bias on the first GRAD_BATCH training images → scalar. */
function unitGradNorm(tf: TF, t: Trainer, data: Dataset, layer: number, unit: number): Tensor {
  const n = Math.min(GRAD_BATCH, data.train.count);
  const xb = new Float32Array(n * IMAGE_SIZE);
  const yb = new Float32Array(n * NUM_CLASSES);
  fillBatch(data.train, Uint32Array.from({ length: n }, (_, i) => i), 0, n, xb, yb);
  const l = layersOf(t)[layer];
  const { from, count } = columnsOf(l, unit);
  return tf.tidy(() => {
    const x = tf.tensor2d(xb, [n, IMAGE_SIZE]);
    const y = tf.tensor2d(yb, [n, NUM_CLASSES]);
    // The data loss in inference mode (no dropout): the gradient the weights would get from these images.
    const { grads, value } = tf.variableGrads(() => lossById[t.cfg.loss].apply(tf, t.predict(x), y), [l.W, l.b]);
    value.dispose();
    const gW = tf.slice(grads[l.W.name], [0, from], [(l.W as Tensor2D).shape[0], count]);
    const gb = tf.slice(grads[l.b.name], [from], [count]);
    return tf.sqrt(tf.add(tf.sum(tf.square(gW)), tf.sum(tf.square(gb))));
  });
}

const exists = (t: Trainer, layer: number, unit: number) => {
  const l = layersOf(t)[layer];
  return l !== undefined && Number.isInteger(unit) && unit >= 0 && unit < l.units;
};

/** The light part (weights, bias, gradient norm: one readback); null when the layer or unit does not exist. */
export async function inspectLight(tf: TF, t: Trainer, data: Dataset, layer: number, unit: number): Promise<UnitLight | null> {
  if (!exists(t, layer, unit)) return null;
  const layers = layersOf(t);
  const l = layers[layer];
  const fanIn = (l.W as Tensor2D).shape[0];
  const { from } = columnsOf(l, unit);
  // Packed: [gradNorm, bias, fanIn weights].
  const packed = tf.tidy(() =>
    tf.concat([
      tf.reshape(unitGradNorm(tf, t, data, layer, unit), [1]),
      tf.slice(l.b, [from], [1]),
      tf.reshape(tf.slice(l.W, [0, from], [fanIn, 1]), [fanIn]),
    ]),
  );
  const v = (await packed.data()) as Float32Array;
  packed.dispose();
  return { layer, isOutput: layer === layers.length - 1, unit, units: l.units, gradNorm: v[0], bias: v[1], incoming: v.slice(2) };
}

/**
 * The heavy part: histogram, mean, dead/saturated on the first QUICK_EVAL_SIZE test images, and the top
 * NUM_TOP_IMAGES over the whole split (chunked, see topActivations). Null when the unit does not exist or
 * `alive()` turned false while it yielded.
 */
export async function inspectHeavy(
  tf: TF,
  t: Trainer,
  data: Dataset,
  test: DeviceSplit,
  layer: number,
  unit: number,
  chunk = TOP_CHUNK,
  alive: () => boolean = () => true,
  pace: Pace = yieldToEvents,
): Promise<UnitHeavy | null> {
  if (!exists(t, layer, unit)) return null;
  const startStep = t.step;
  const isOutput = layer === layersOf(t).length - 1;
  const numTest = test.count;
  const batchSize = Math.min(QUICK_EVAL_SIZE, numTest);
  const k = Math.min(NUM_TOP_IMAGES, numTest);
  // Packed: [NUM_BINS hist, lo, hi, mean, dead, saturated].
  const stats = tf.tidy(() => {
    const act = layerActivation(tf, t, takeRows(tf, test, 0, batchSize).x, layer);
    const col = tf.slice(act, [0, unit], [batchSize, 1]) as Tensor2D; // [batch, 1]
    const lo = tf.min(col);
    const hi = tf.max(col);
    // Scaled to [0, 1] over the batch's own range (a constant unit puts everything in the first bin).
    const scaled = tf.div(tf.sub(col, lo), tf.maximum(tf.sub(hi, lo), 1e-12));
    const [dead, saturated] = deadAndSaturated(tf, col, isOutput ? 'output' : t.mlp.activation.family);
    return tf.concat([histogram(tf, scaled, [0, 1]), tf.stack([lo, hi, tf.mean(col), dead, saturated])]);
  });
  const top = await topActivations(tf, t, test, layer, unit, k, chunk, alive, pace);
  if (!top) {
    stats.dispose();
    return null;
  }
  const packed = tf.concat([stats, top.values, top.indices]);
  tf.dispose([stats, top.values, top.indices]);
  const v = (await packed.data()) as Float32Array;
  packed.dispose();
  const [lo, hi, mean, dead, saturated] = v.subarray(NUM_BINS, NUM_BINS + 5);
  const at = NUM_BINS + 5;
  return {
    hist: Array.from(v.subarray(0, NUM_BINS)),
    histRange: [lo, hi] as const,
    batchSize, mean, dead: dead === 1, saturated, numTest,
    top: Array.from({ length: k }, (_, i) => {
      const index = v[at + k + i];
      return {
        index,
        label: data.test.labels[index],
        activation: v[at + i],
        pixels: data.test.images.slice(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE),
      };
    }),
    steps: [startStep, t.step] as const,
  };
}

/** Both parts (the init lab, tests); null when the layer or unit does not exist in this net. */
export async function inspectUnit(
  tf: TF,
  t: Trainer,
  data: Dataset,
  test: DeviceSplit,
  layer: number,
  unit: number,
  chunk = TOP_CHUNK,
): Promise<UnitInspection | null> {
  const light = await inspectLight(tf, t, data, layer, unit);
  const heavy = light && (await inspectHeavy(tf, t, data, test, layer, unit, chunk));
  return light && heavy ? { ...light, ...heavy } : null;
}

/** The Worker's answer to `inspect-unit` (null result before a net exists or for a unit it does not have). */
export async function answerInspectUnit(
  tf: TF,
  msg: { id: number; layer: number; unit: number; heavy: boolean },
  runner: Runner,
  pace: Pace = yieldToEvents,
): Promise<Extract<FromWorker, { type: 'unit' }>> {
  const t = runner.current;
  // Read before the await: the light work is queued on the device now, for this net.
  const run = runner.runId;
  const step = t?.step ?? 0;
  if (!t) return { type: 'unit', id: msg.id, run, step, result: null, heavy: null };
  const result = await inspectLight(tf, t, runner.data, msg.layer, msg.unit);
  const alive = () => runner.current === t;
  const heavy = result && msg.heavy && alive() ? await inspectHeavy(tf, t, runner.data, runner.test, msg.layer, msg.unit, t.evalRows, alive, pace) : null;
  return { type: 'unit', id: msg.id, run, step, result, heavy };
}
