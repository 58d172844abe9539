// MNIST held on the CPU as bytes; batches are expanded to floats on the way to the device. Also which
// images a run trains on, and copying a split to the device once.
import type { TF, Tensor2D } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import { IMAGE_SIZE, NUM_CLASSES } from '../wire/protocol';
import { decodeIdx } from './idx';

export { IMAGE_SIZE, NUM_CLASSES };
/** Mean and standard deviation of MNIST training pixels (scaled to [0, 1]). Inputs are standardised with
 * them, so Var(x) ≈ 1 and the variance argument of the initialization lecture applies from the first layer. */
export const PIXEL_MEAN = 0.1307;
export const PIXEL_STD = 0.3081;

export interface Split {
  /** [count × 784] pixel bytes, row-major. */
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

export interface Dataset {
  train: Split;
  test: Split;
}

/** Builds a split from the raw IDX files, checking that images and labels agree. */
export function splitFromIdx(images: Uint8Array, labels: Uint8Array, name: string): Split {
  const img = decodeIdx(images, `${name}-images`);
  const lab = decodeIdx(labels, `${name}-labels`);
  if (img.dims.length !== 3 || img.dims[1] * img.dims[2] !== IMAGE_SIZE) {
    throw new Error(`${name}-images: expected 28×28 images, got ${img.dims.join('×')}`);
  }
  if (lab.dims[0] !== img.dims[0]) {
    throw new Error(`${name}: ${img.dims[0]} images but ${lab.dims[0]} labels`);
  }
  return { images: img.data, labels: lab.data, count: img.dims[0] };
}

/**
 * Writes the examples `indices[from .. from+n)` into `x` ([n, 784], standardised pixels) and
 * `y` ([n, 10], one-hot). Buffers are reused across steps, so no garbage per batch.
 */
export function fillBatch(
  split: Split,
  indices: ArrayLike<number>,
  from: number,
  n: number,
  x: Float32Array,
  y: Float32Array,
): void {
  y.fill(0);
  for (let r = 0; r < n; r++) {
    const idx = indices[from + r];
    const src = idx * IMAGE_SIZE;
    const dst = r * IMAGE_SIZE;
    for (let p = 0; p < IMAGE_SIZE; p++) x[dst + p] = (split.images[src + p] / 255 - PIXEL_MEAN) / PIXEL_STD;
    y[r * NUM_CLASSES + split.labels[idx]] = 1;
  }
}

export interface DeviceSplit {
  /** [n, 784] standardised pixels */
  x: Tensor2D;
  /** [n, 10] one-hot */
  y: Tensor2D;
}

/** Indices [from, to) of the training images a run trains on, and of the validation slice early stopping uses. */
export function trainingRange(cfg: Pick<EngineConfig, 'trainSize' | 'earlyStop'>, numTrain: number) {
  const used = Math.min(cfg.trainSize, numTrain);
  // Early stopping needs held-out data: the last 10 % of the images used (at least one image).
  const numVal = cfg.earlyStop > 0 ? Math.max(1, Math.floor(used * 0.1)) : 0;
  return { trainFrom: 0, trainTo: used - numVal, valFrom: used - numVal, valTo: used };
}

/** Copies a split (or the slice [from, to)) to the device once: x [n, 784], y [n, 10]. */
export function uploadSplit(tf: TF, split: Split, from = 0, to = split.count): DeviceSplit {
  return uploadIndices(tf, split, Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i));
}

/** Copies the images `indices` of a split to the device: x [n, 784], y [n, 10]. */
export function uploadIndices(tf: TF, split: Split, indices: ArrayLike<number>): DeviceSplit {
  const n = indices.length;
  const x = new Float32Array(n * IMAGE_SIZE);
  const y = new Float32Array(n * NUM_CLASSES);
  fillBatch(split, indices, 0, n, x, y);
  return { x: tf.tensor2d(x, [n, IMAGE_SIZE]), y: tf.tensor2d(y, [n, NUM_CLASSES]) };
}
