// One unit of the net, seen from every side, for the unit inspector: its incoming weights, its activation
// histogram on a test batch, dead/saturated, the gradient norm its weights get on a fixed training batch, and
// the test images that excite it most — found on the device over the whole test split in chunks (tf.topk),
// everything packed into ONE flat tensor and read back once.
import { lossById } from '../catalog/losses';
import type { TF, Tensor, Tensor1D, Tensor2D } from '../catalog/types';
import { IMAGE_SIZE, NUM_BINS, NUM_CLASSES, NUM_TOP_IMAGES, QUICK_EVAL_SIZE, type FromWorker, type UnitInspection } from '../wire/protocol';
import { fillBatch, type Dataset, type DeviceSplit } from './dataset';
import { deadAndSaturated, histogram } from './layerStats';
import { forward, type DenseLayer } from './mlp';
import type { Runner } from './runner';
import type { Trainer } from './trainer';

/** Training images the unit's gradient is measured on: always the same ones, so the curve shows the net, not the batch. */
export const GRAD_BATCH = 64;

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

/** Top-`k` values and indices of column `unit` of layer `layer` over a split, in chunks: → [k], [k] (int32). */
export function topActivations(
  tf: TF,
  t: Trainer,
  split: DeviceSplit,
  layer: number,
  unit: number,
  k: number,
  chunk = 2000,
): { values: Tensor1D; indices: Tensor1D } {
  return tf.tidy(() => {
    const n = split.x.shape[0];
    const parts: Tensor[] = [];
    for (let from = 0; from < n; from += chunk) {
      const size = Math.min(chunk, n - from);
      const act = layerActivation(tf, t, tf.slice(split.x, [from, 0], [size, IMAGE_SIZE]), layer);
      parts.push(tf.reshape(tf.slice(act, [0, unit], [size, 1]), [size])); // [size]
    }
    const top = tf.topk(tf.concat(parts) as Tensor1D, Math.min(k, n));
    return { values: top.values as Tensor1D, indices: top.indices as Tensor1D };
  });
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

/** Inspects one unit; null when the layer or unit does not exist in this net. */
export async function inspectUnit(
  tf: TF,
  t: Trainer,
  data: Dataset,
  test: DeviceSplit,
  layer: number,
  unit: number,
  chunk = 2000,
): Promise<UnitInspection | null> {
  const layers = layersOf(t);
  const l = layers[layer];
  if (!l || !Number.isInteger(unit) || unit < 0 || unit >= l.units) return null;
  const isOutput = layer === layers.length - 1;
  const fanIn = (l.W as Tensor2D).shape[0];
  const numTest = test.x.shape[0];
  const batchSize = Math.min(QUICK_EVAL_SIZE, numTest);
  const k = Math.min(NUM_TOP_IMAGES, numTest);
  const { from } = columnsOf(l, unit);
  // Packed: [k values, k indices, NUM_BINS hist, lo, hi, mean, dead, saturated, gradNorm, bias, fanIn weights].
  const packed = tf.tidy(() => {
    const top = topActivations(tf, t, test, layer, unit, k, chunk);
    const act = layerActivation(tf, t, tf.slice(test.x, [0, 0], [batchSize, IMAGE_SIZE]), layer);
    const col = tf.slice(act, [0, unit], [batchSize, 1]) as Tensor2D; // [batch, 1]
    const lo = tf.min(col);
    const hi = tf.max(col);
    // Scaled to [0, 1] over the batch's own range (a constant unit puts everything in the first bin).
    const scaled = tf.div(tf.sub(col, lo), tf.maximum(tf.sub(hi, lo), 1e-12));
    const [dead, saturated] = deadAndSaturated(tf, col, isOutput ? 'output' : t.mlp.activation.family);
    return tf.concat([
      top.values,
      tf.cast(top.indices, 'float32'),
      histogram(tf, scaled, [0, 1]),
      tf.stack([lo, hi, tf.mean(col), dead, saturated, unitGradNorm(tf, t, data, layer, unit)]),
      tf.slice(l.b, [from], [1]),
      tf.reshape(tf.slice(l.W, [0, from], [fanIn, 1]), [fanIn]),
    ]);
  });
  const v = (await packed.data()) as Float32Array;
  packed.dispose();
  let at = 2 * k + NUM_BINS;
  const [lo, hi, mean, dead, saturated, gradNorm, bias] = v.subarray(at, at + 7);
  at += 7;
  const top = Array.from({ length: k }, (_, i) => {
    const index = v[k + i];
    return {
      index,
      label: data.test.labels[index],
      activation: v[i],
      pixels: data.test.images.slice(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE),
    };
  });
  return {
    layer, isOutput, unit, units: l.units,
    incoming: v.slice(at, at + fanIn),
    bias,
    hist: Array.from(v.subarray(2 * k, 2 * k + NUM_BINS)),
    histRange: [lo, hi] as const,
    batchSize, mean, dead: dead === 1, saturated, gradNorm, top, numTest,
  };
}

/** The Worker's answer to `inspect-unit` (null result before a net exists or for a unit it does not have). */
export async function answerInspectUnit(
  tf: TF,
  msg: { id: number; layer: number; unit: number },
  runner: Runner,
): Promise<Extract<FromWorker, { type: 'unit' }>> {
  const t = runner.current;
  // Read before the await: the work is queued on the device now, for this net.
  const run = runner.runId;
  const step = t?.step ?? 0;
  const result = t ? await inspectUnit(tf, t, runner.data, runner.test, msg.layer, msg.unit) : null;
  return { type: 'unit', id: msg.id, run, step, result };
}
