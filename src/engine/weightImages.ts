// What the first layer looks at: every unit's incoming weights as a 28 × 28 image. For a net with no hidden
// layer that is the output layer, and its ten columns are the class templates of softmax regression.
// One transpose on the device so each unit's 784 weights are contiguous, then ONE asynchronous readback.
import type { TF, Tensor2D } from '../catalog/types';
import { IMAGE_SIZE, type FromWorker, type WeightImages } from '../wire/protocol';
import type { Runner } from './runner';
import type { Trainer } from './trainer';

/**
 * The first weight matrix W [784, units] as `values` [units, 784] (row u = unit u's image, row-major 28 × 28)
 * plus the largest |w| (the symmetric colour scale). Maxout/BN nets show their pre-activation columns.
 */
export async function readWeightImages(tf: TF, trainer: Trainer): Promise<WeightImages> {
  const first = trainer.mlp.hidden[0] ?? trainer.mlp.out;
  const units = (first.W as Tensor2D).shape[1];
  // [784, units] → [units, 784] flattened, then its max |w| appended: [units·784 + 1].
  const packed = tf.tidy(() => {
    const t = tf.reshape(tf.transpose(first.W), [-1]);
    return tf.concat([t, tf.reshape(tf.max(tf.abs(t)), [1])]);
  });
  const v = (await packed.data()) as Float32Array;
  packed.dispose();
  return {
    layer: trainer.mlp.hidden.length === 0 ? 'output' : 'hidden',
    units,
    values: v.slice(0, units * IMAGE_SIZE),
    maxAbs: v[units * IMAGE_SIZE],
  };
}

/** The Worker's answer to a `weights` message (null images when no net is built yet). */
export async function answerWeights(
  tf: TF,
  msg: { id: number },
  runner: Runner,
): Promise<Extract<FromWorker, { type: 'weights' }>> {
  const t = runner.current;
  // Read the run and step before the await: the work is queued on the device now, for this net.
  const run = runner.runId;
  const step = t?.step ?? 0;
  return { type: 'weights', id: msg.id, run, step, images: t ? await readWeightImages(tf, t) : null };
}
