// Seeded randomness on the CPU, so the batch order is the same on every backend and machine.
import { seededRandom } from '../catalog/mathRef';

/** A seeded Fisher–Yates permutation of 0..n−1. */
export function permutation(n: number, seed: number): Uint32Array {
  // mulberry32, shared with the catalog's plain-number initializers: floats in [0, 1).
  const rand = seededRandom(seed);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

/** Mixes a run seed with a stream id (layer index, epoch...) into an independent 31-bit seed. */
export function deriveSeed(seed: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h & 0x7fffffff;
}
