// What the trained net says about single digits: a grid of test images with predicted label and confidence,
// the most confident mistakes, the 10 × 10 confusion matrix of the whole test set, and the class
// probabilities of a digit drawn by the learner. Everything is computed on the device; one readback each.
import type { TF, Tensor, Tensor1D, Tensor2D } from '../catalog/types';
import { IMAGE_SIZE, NUM_CLASSES, PIXEL_MEAN, PIXEL_STD, type Split } from './dataset';
import type { FromWorker, PredictedDigit, TestPredictions } from '../wire/protocol';
import type { Runner } from './runner';
import type { DeviceSplit } from './dataset';
import type { Trainer } from './trainer';
import { takeRows } from './rows';
import { disposeWeights } from './mlp';
import { everySlice } from './yieldToEvents';

export interface PredictOptions {
  numGrid?: number;
  numMistakes?: number;
  /** Images per chunk (default: about one SLICE_MS of this net on this backend). */
  chunk?: number;
  /** Called between chunks (default: yields every SLICE_MS). */
  pace?: () => Promise<void>;
}

/**
 * Predicts the whole test split in chunks. Per chunk: probabilities [size, 10] → predicted class and its
 * probability [size]; confusion counts via one-hot of (label·10 + predicted) summed to [100]. A mistake score
 * [n] (confidence when wrong, −1 when right) gives the top `numMistakes` by topk. One readback of
 * [100 + 3k + 2g] floats. Chunks are about one SLICE_MS of this net on this backend (Trainer.evalRows), and
 * the loop yields between them (`pace`): on the CPU backend a 10 × 500 net takes about a minute over the 10,000
 * images, and Reset or a new setting must not wait for it. Null when a new run disposed the net meanwhile.
 */
export async function predictTest(
  tf: TF,
  trainer: Trainer,
  test: DeviceSplit,
  split: Split,
  { numGrid = 24, numMistakes = 12, chunk = trainer.evalRows, pace = everySlice() }: PredictOptions = {},
): Promise<TestPredictions | null> {
  const n = test.count;
  const g = Math.min(numGrid, n);
  const k = Math.min(numMistakes, n);
  // Per chunk, kept until the end: predicted class, its probability, mistake score (each [size]) and the
  // confusion counts [100].
  const kept: { pred: Tensor; conf: Tensor; score: Tensor; cm: Tensor }[] = [];
  // Training goes on between chunks: every chunk reads the weights of the step asked about.
  const weights = trainer.snapshot();
  const drop = () => {
    kept.forEach((c) => tf.dispose([c.pred, c.conf, c.score, c.cm]));
    disposeWeights(weights);
  };
  for (let from = 0; from < n; from += chunk) {
    if (from > 0) await pace();
    if (trainer.isDisposed) {
      drop();
      return null;
    }
    kept.push(
      tf.tidy(() => {
        const size = Math.min(chunk, n - from);
        const { x, y } = takeRows(tf, test, from, size);
        const probs = tf.softmax(trainer.predict(x, weights));
        const pred = tf.argMax(probs, 1);
        const label = tf.argMax(y, 1);
        const conf = tf.max(probs, 1);
        const wrong = tf.cast(tf.notEqual(pred, label), 'float32');
        const cell = tf.cast(tf.add(tf.mul(label, NUM_CLASSES), pred), 'int32') as Tensor1D;
        return {
          pred: tf.cast(pred, 'float32'),
          conf,
          score: tf.sub(tf.mul(tf.add(conf, 1), wrong), 1),
          cm: tf.sum(tf.oneHot(cell, NUM_CLASSES * NUM_CLASSES), 0),
        };
      }),
    );
  }
  const packed = tf.tidy(() => {
    const pred = tf.concat(kept.map((c) => c.pred));
    const conf = tf.concat(kept.map((c) => c.conf));
    const top = tf.topk(tf.concat(kept.map((c) => c.score)) as Tensor1D, k);
    return tf.concat([
      tf.cast(tf.addN(kept.map((c) => c.cm)), 'float32'),
      top.values,
      tf.cast(top.indices, 'float32'),
      tf.gather(pred, top.indices),
      tf.slice(pred, 0, g),
      tf.slice(conf, 0, g),
    ]);
  });
  drop();
  const v = await packed.data();
  packed.dispose();
  const digit = (index: number, predicted: number, confidence: number): PredictedDigit => ({
    index,
    label: split.labels[index],
    predicted,
    confidence,
    pixels: split.images.slice(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE),
  });
  const confusion = Array.from(v.subarray(0, 100));
  const at = 100;
  const mistakes: PredictedDigit[] = [];
  for (let i = 0; i < k; i++) {
    if (v[at + i] < 0) break; // fewer than k mistakes
    mistakes.push(digit(v[at + k + i], v[at + 2 * k + i], v[at + i]));
  }
  const gridAt = at + 3 * k;
  const grid = Array.from({ length: g }, (_, i) => digit(i, v[gridAt + i], v[gridAt + g + i]));
  return { grid, mistakes, confusion, numTest: n };
}

/** Class probabilities [10] for one image given as [784] intensities in [0, 1] (white on black, MNIST-centred). */
export async function predictImage(tf: TF, trainer: Trainer, image: Float32Array): Promise<number[]> {
  const probs = tf.tidy(() => {
    // Standardised exactly like the training pixels (dataset.ts fillBatch). [1, 784] → [1, 10].
    const x = tf.div(tf.sub(tf.tensor2d(image, [1, IMAGE_SIZE]), PIXEL_MEAN), PIXEL_STD) as Tensor2D;
    return tf.softmax(trainer.predict(x));
  });
  const v = await probs.data();
  probs.dispose();
  return Array.from(v);
}

/** The Worker's answer to a `predict` message (needs a built net; an empty result otherwise; null when the
 * net was replaced while it ran). */
export async function answerPredict(
  tf: TF,
  msg: { id: number; image?: Float32Array },
  runner: Runner,
): Promise<Extract<FromWorker, { type: 'predictions' | 'image-probs' }> | null> {
  const t = runner.current;
  // Which run answered: the page drops answers from a network it has since replaced.
  const run = runner.runId;
  if (msg.image) {
    return { type: 'image-probs', id: msg.id, run, probs: t ? await predictImage(tf, t, msg.image) : [] };
  }
  // The step the snapshot is taken at (predictTest takes it before its first await).
  const step = t?.step ?? 0;
  const result = t
    ? await predictTest(tf, t, runner.test, runner.data.test)
    : { grid: [], mistakes: [], confusion: new Array<number>(100).fill(0), numTest: 0 };
  // Null: a new run replaced the net meanwhile; the page has forgotten this request (predictionsStore clearRun).
  return result && { type: 'predictions', id: msg.id, run, step, result };
}
