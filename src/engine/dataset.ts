// MNIST held on the CPU as bytes; batches are expanded to floats on the way to the device. Also which
// images a run trains on, and copying a split to the device once.
import type { TF, Tensor2D } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import { IMAGE_SIZE, NUM_CLASSES, QUICK_EVAL_SIZE } from '../wire/protocol';
import type { Arrival, SplitName } from './arrival';
import { decodeIdx } from './idx';
import { deriveSeed, permutation } from './rng';

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
  /** Set while the images stream in (see loadMnist.ts): how many of each split have arrived. Absent: all have. */
  arrival?: Arrival;
}

/**
 * Where the training images' shards end (scripts/prepare-data.mjs cuts the file at the same counts; the last
 * shard holds the rest). Epoch 0 visits the shards in order (epochOrder), so training starts on the first
 * 2,000 images (~0.3 MB on the wire) and the second shard completes the first 10,000 — the training images a
 * full evaluation uses (deviceSets.ts) — while the first steps are taken.
 */
export const TRAIN_SHARD_ENDS = [2_000, 10_000] as const;

/**
 * Images of each split in the first slice of the download: training starts once these and all the labels are
 * verified — the first training shard, and the test images the quick evaluation uses.
 */
export const FIRST_SLICE = { train: TRAIN_SHARD_ENDS[0], test: QUICK_EVAL_SIZE } as const;

/** Images of a split that are present (all of them unless the dataset is still streaming). */
export function numAvailable(data: Dataset, split: SplitName): number {
  return data.arrival ? data.arrival.available[split] : data[split].count;
}

/** Resolves once the first `n` images of a split are present (at once for a complete dataset). */
export function whenAvailable(data: Dataset, split: SplitName, n: number): Promise<void> {
  return data.arrival ? data.arrival.until(split, n) : Promise.resolve();
}

/**
 * The order in which a run visits its `numUsed` training images in epoch `epoch` (indices into the split).
 *
 * The rule, chosen so the same link gives the same batches whatever the network speed: epoch 0 visits the
 * images shard by shard (TRAIN_SHARD_ENDS), each shard's in its own seeded order; every later epoch is one
 * seeded permutation of all of them. Arrival times never enter it — a step whose batch holds an image that has
 * not arrived waits for it (runner.ts). With at most FIRST_SLICE.train images used, epoch 0 is one
 * permutation too (the same one as before streaming existed).
 */
export function epochOrder(numUsed: number, seed: number, epoch: number): Uint32Array {
  if (epoch > 0) return permutation(numUsed, deriveSeed(seed, 1000 + epoch));
  const ends = [...TRAIN_SHARD_ENDS.filter((end) => end < numUsed), numUsed];
  const order = new Uint32Array(numUsed);
  let from = 0;
  ends.forEach((end, shard) => {
    // Shard 0 keeps the seed a whole epoch 0 had before streaming; the later shards take 3000, 3001, ...
    const within = permutation(end - from, deriveSeed(seed, shard === 0 ? 1000 : 2999 + shard));
    for (let i = 0; i < within.length; i++) order[from + i] = from + within[i];
    from = end;
  });
  return order;
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

/** Rows per piece of a set on the device: evaluations and views take a piece at a time (see rows.ts). */
export const PIECE_ROWS = 1000;

/**
 * A set of images on the device, kept in pieces rather than as one [count, 784] tensor: on WebAssembly any
 * slice of a tensor copies the whole tensor first (rows.ts), so a set is never sliced, only its pieces are.
 */
export interface DeviceSplit {
  /** Images in all. */
  count: number;
  /** Piece i holds rows [i·PIECE_ROWS, …): x [≤ PIECE_ROWS, 784] standardised pixels, y [≤ PIECE_ROWS, 10] one-hot. */
  pieces: { x: Tensor2D; y: Tensor2D }[];
}

/** The first `n` rows of a set (n omitted: all of them): a shared set's prefix. */
export type EvalSplit = DeviceSplit & { n?: number };

/** Frees a set's tensors. */
export function disposeSplit(tf: TF, split: DeviceSplit): void {
  tf.dispose(split.pieces.flatMap((p) => [p.x, p.y]));
}

/** Indices [from, to) of the training images a run trains on, and of the validation slice early stopping uses. */
export function trainingRange(cfg: Pick<EngineConfig, 'trainSize' | 'earlyStop'>, numTrain: number) {
  const used = Math.min(cfg.trainSize, numTrain);
  // Early stopping needs held-out data: the last 10 % of the images used (at least one image).
  const numVal = cfg.earlyStop > 0 ? Math.max(1, Math.floor(used * 0.1)) : 0;
  // Always from 0: every run's evaluation sets are prefixes of the same shared uploads (deviceSets.ts).
  return { trainFrom: 0, trainTo: used - numVal, valFrom: used - numVal, valTo: used };
}

/**
 * Training images a run needs present before it can be built: with early stopping, its validation slice at
 * the end (uploaded at the build, earlyStop.ts); otherwise none (evaluation sets wait for their own images,
 * deviceSets.ts, and each batch for its own, runner.ts).
 */
export function imagesToBuild(cfg: Pick<EngineConfig, 'trainSize' | 'earlyStop'>, data: Dataset): number {
  return cfg.earlyStop > 0 ? trainingRange(cfg, data.train.count).valTo : 0;
}

/** Copies a split (or the slice [from, to)) to the device once, in pieces of PIECE_ROWS. */
export function uploadSplit(tf: TF, split: Split, from = 0, to = split.count): DeviceSplit {
  return uploadIndices(tf, split, Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i));
}

/** Copies the images `indices` of a split to the device, in pieces of PIECE_ROWS. */
export function uploadIndices(tf: TF, split: Split, indices: ArrayLike<number>): DeviceSplit {
  const n = indices.length;
  const pieces: DeviceSplit['pieces'] = [];
  for (let from = 0; from < n; from += PIECE_ROWS) {
    const rows = Math.min(PIECE_ROWS, n - from);
    const x = new Float32Array(rows * IMAGE_SIZE);
    const y = new Float32Array(rows * NUM_CLASSES);
    fillBatch(split, indices, from, rows, x, y);
    pieces.push({ x: tf.tensor2d(x, [rows, IMAGE_SIZE]), y: tf.tensor2d(y, [rows, NUM_CLASSES]) });
  }
  return { count: n, pieces };
}
