// What the trained net says about single digits: a grid of test images with predicted label and confidence,
// the most confident mistakes, the 10 × 10 confusion matrix of the whole test set, and the class
// probabilities of a digit drawn by the learner. Everything is computed on the device; one readback each.
import type { TF, Tensor, Tensor1D, Tensor2D } from '../catalog/types';
import { IMAGE_SIZE, NUM_CLASSES, PIECE_ROWS, PIXEL_MEAN, PIXEL_STD, type Split } from './dataset';
import type { FromWorker, PredictedDigit, TestPredictions } from '../wire/protocol';
import type { Runner } from './runner';
import type { DeviceSplit } from './dataset';
import type { Trainer } from './trainer';
import { takeRows } from './rows';

/**
 * Predicts the whole test split in chunks. Per chunk: probabilities [size, 10] → predicted class and its
 * probability [size]; confusion counts via one-hot of (label·10 + predicted) summed to [100]. A mistake score
 * [n] (confidence when wrong, −1 when right) gives the top `numMistakes` by topk. One readback of
 * [100 + 3k + 2g] floats. A chunk is one piece of the set by default (takeRows: no copy, no concat).
 */
export async function predictTest(
  tf: TF,
  trainer: Trainer,
  test: DeviceSplit,
  split: Split,
  numGrid = 24,
  numMistakes = 12,
  chunk = PIECE_ROWS,
): Promise<TestPredictions> {
  const n = test.count;
  const g = Math.min(numGrid, n);
  const k = Math.min(numMistakes, n);
  const packed = tf.tidy(() => {
    const preds: Tensor[] = [];
    const confs: Tensor[] = [];
    const scores: Tensor[] = [];
    const cms: Tensor[] = [];
    for (let from = 0; from < n; from += chunk) {
      const size = Math.min(chunk, n - from);
      const { x, y } = takeRows(tf, test, from, size);
      const probs = tf.softmax(trainer.predict(x));
      const pred = tf.argMax(probs, 1);
      const label = tf.argMax(y, 1);
      const conf = tf.max(probs, 1);
      const wrong = tf.cast(tf.notEqual(pred, label), 'float32');
      scores.push(tf.sub(tf.mul(tf.add(conf, 1), wrong), 1));
      const cell = tf.cast(tf.add(tf.mul(label, NUM_CLASSES), pred), 'int32') as Tensor1D;
      cms.push(tf.sum(tf.oneHot(cell, NUM_CLASSES * NUM_CLASSES), 0));
      preds.push(tf.cast(pred, 'float32'));
      confs.push(conf);
    }
    const pred = tf.concat(preds);
    const conf = tf.concat(confs);
    const top = tf.topk(tf.concat(scores) as Tensor1D, k);
    return tf.concat([
      tf.cast(tf.addN(cms), 'float32'),
      top.values,
      tf.cast(top.indices, 'float32'),
      tf.gather(pred, top.indices),
      tf.slice(pred, 0, g),
      tf.slice(conf, 0, g),
    ]);
  });
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

/** The Worker's answer to a `predict` message (needs a built net; an empty result otherwise). */
export async function answerPredict(
  tf: TF,
  msg: { id: number; image?: Float32Array },
  runner: Runner,
): Promise<Extract<FromWorker, { type: 'predictions' | 'image-probs' }>> {
  const t = runner.current;
  // Which run answered: the page drops answers from a network it has since replaced.
  const run = runner.runId;
  if (msg.image) {
    return { type: 'image-probs', id: msg.id, run, probs: t ? await predictImage(tf, t, msg.image) : [] };
  }
  const result = t
    ? await predictTest(tf, t, runner.test, runner.data.test)
    : { grid: [], mistakes: [], confusion: new Array<number>(100).fill(0), numTest: 0 };
  return { type: 'predictions', id: msg.id, run, step: t?.step ?? 0, result };
}
