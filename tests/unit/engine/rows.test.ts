// takeRows: any rows of a set kept in pieces, equal to the plain images, with no copy for a whole piece — and
// why the sets are in pieces at all: on WebAssembly, tf.slice reads its whole input back first.
import { describe, expect, it, vi } from 'vitest';
import type { Tensor2D } from '../../../src/catalog/types';
import { disposeSplit, fillBatch, IMAGE_SIZE, NUM_CLASSES, PIECE_ROWS, uploadSplit } from '../../../src/engine/dataset';
import { takeRows } from '../../../src/engine/rows';
import { smallMnist } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = smallMnist(100, 2500);
/** The standardised images and one-hot labels of test rows [from, from + size), in plain numbers. */
function plainRows(from: number, size: number) {
  const x = new Float32Array(size * IMAGE_SIZE);
  const y = new Float32Array(size * NUM_CLASSES);
  fillBatch(data.test, Array.from({ length: size }, (_, i) => from + i), 0, size, x, y);
  return { x, y };
}

/** Index of the first element where a and b differ (-1: equal). A loop: toEqual on 10⁶ numbers is slow. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : a.length;
}

describe('takeRows', () => {
  it('gives exactly the rows asked for — inside a piece, a whole piece, across pieces, the short last piece — on every backend, leaking nothing', async () => {
    try {
      for (const backend of ['wasm', 'cpu']) {
        await tf.setBackend(backend);
        const set = uploadSplit(tf, data.test);
        expect(set.pieces.map((p) => p.x.shape[0])).toEqual([PIECE_ROWS, PIECE_ROWS, 500]);
        for (const [from, size] of [[0, 1], [13, 200], [1000, 1000], [990, 20], [500, 1900], [2000, 500], [2499, 1]]) {
          const leaked = await leakedBy(async () => {
            const [x, y] = tf.tidy(() => {
              const r = takeRows(tf, set, from, size);
              return [r.x.dataSync(), r.y.dataSync()];
            });
            const want = plainRows(from, size);
            expect(x.length, `${backend} ${from}+${size}`).toBe(size * IMAGE_SIZE);
            expect(firstDifference(x, want.x)).toBe(-1);
            expect(firstDifference(y, want.y)).toBe(-1);
          });
          expect(leaked, `${backend} ${from}+${size}`).toBe(0);
        }
        expect(() => takeRows(tf, set, 2400, 101)).toThrow(/rows 2400..2501 of 2500/);
        disposeSplit(tf, set);
      }
    } finally {
      await tf.setBackend('wasm'); // the other engine tests in this worker train on WebAssembly
    }
  });

  it('a whole piece is the set’s own tensors: nothing is read back or copied', () => {
    const set = uploadSplit(tf, data.test, 0, 2000);
    const backend = tf.backend() as unknown as { readSync: (id: object) => unknown };
    const spy = vi.spyOn(backend, 'readSync');
    const r = takeRows(tf, set, PIECE_ROWS, PIECE_ROWS);
    expect(r.x).toBe(set.pieces[1].x);
    expect(r.y).toBe(set.pieces[1].y);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    disposeSplit(tf, set);
  });

  it('why: on WebAssembly, tf.slice reads its whole input back (a full copy for every slice)', () => {
    const x = tf.zeros([3 * PIECE_ROWS, IMAGE_SIZE]) as Tensor2D;
    const backend = tf.backend() as unknown as { readSync: (id: object) => unknown };
    const spy = vi.spyOn(backend, 'readSync');
    tf.dispose(tf.slice(x, [100, 0], [200, IMAGE_SIZE]));
    // If tfjs ever stops doing this, the sets could be single tensors again.
    expect(spy.mock.calls.filter(([id]) => id === x.dataId)).toHaveLength(1);
    spy.mockRestore();
    x.dispose();
  });
});
