// MNIST held on the CPU as bytes; batches are expanded to floats on the way to the device.
import { decodeIdx } from './idx';

export const IMAGE_SIZE = 784;
export const NUM_CLASSES = 10;
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
