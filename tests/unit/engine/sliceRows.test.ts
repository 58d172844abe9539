import { describe, expect, it } from 'vitest';
import { PIECE_ROWS } from '../../../src/engine/dataset';
import { CHUNK_ROWS, forwardMacs, rowsPerSlice, SYNC_MACS_PER_MS } from '../../../src/engine/sliceRows';
import { Trainer } from '../../../src/engine/trainer';
import { SLICE_MS } from '../../../src/engine/yieldToEvents';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { tf } from './tf';

// The chunk sizes of the forward-only passes (evaluations, test-set predictions) follow the net's cost.
describe('rows per slice', () => {
  it('chunk sizes divide a piece, largest first, none below 20', () => {
    expect(CHUNK_ROWS[0]).toBe(PIECE_ROWS);
    for (const d of CHUNK_ROWS) expect(PIECE_ROWS % d).toBe(0);
    expect([...CHUNK_ROWS].sort((a, b) => b - a)).toEqual(CHUNK_ROWS);
    expect(Math.min(...CHUNK_ROWS)).toBe(20);
  });

  it('counts the multiply-adds of one image through the dense kernels', () => {
    // 784 → 128 → 64 → 10: 100,352 + 8,192 + 640.
    expect(forwardMacs([[784, 128], [128, 64], [64, 10]])).toBe(109_184);
    // Maxout with k = 2 pieces: the kernel is twice as wide as the layer's units.
    expect(forwardMacs([[784, 64], [32, 10]])).toBe(784 * 64 + 320);
  });

  it('fits about one slice of a synchronous backend, and a whole piece on WebGL', () => {
    const small = 109_184;
    const deep = 784 * 500 + 9 * 500 * 500 + 500 * 10; // 10 × 500 units: ~2.65 M per image
    expect(rowsPerSlice(small, 'webgl')).toBe(PIECE_ROWS);
    expect(rowsPerSlice(small, 'wasm')).toBe(PIECE_ROWS);
    // CPU: 30 ms × 0.4 M/ms = 12 M multiply-adds → 109 images fit; the chunk is the largest divisor below that.
    expect(rowsPerSlice(small, 'cpu')).toBe(100);
    // WebAssembly: 240 M → 90 images of the deep net fit → 50.
    expect(rowsPerSlice(deep, 'wasm')).toBe(50);
    // CPU: 12 M is less than 5 images of the deep net; the smallest chunk (~130 ms there) is the floor.
    expect(rowsPerSlice(deep, 'cpu')).toBe(20);
    for (const backend of ['cpu', 'wasm']) {
      for (const macs of [small, 400_000, deep]) {
        const rows = rowsPerSlice(macs, backend);
        const budget = SLICE_MS * SYNC_MACS_PER_MS[backend];
        // Within the budget, unless already at the floor; and the next larger size would not have been.
        if (rows > 20) expect(rows * macs).toBeLessThanOrEqual(budget);
        const larger = CHUNK_ROWS[CHUNK_ROWS.indexOf(rows) - 1];
        if (larger) expect(larger * macs).toBeGreaterThan(budget);
      }
    }
  });

  it("a trainer's chunk follows its own net on the backend in use", () => {
    const data = loadMnistFromPackage();
    const deep = new Trainer(tf, data, { ...defaultConfig(), layers: Array(10).fill(500) as number[], trainSize: 1000 });
    const small = new Trainer(tf, data, { ...defaultConfig(), layers: [128, 64], trainSize: 1000 });
    try {
      expect(tf.getBackend()).toBe('wasm');
      expect(deep.evalRows).toBe(50);
      expect(small.evalRows).toBe(PIECE_ROWS);
    } finally {
      deep.dispose();
      small.dispose();
    }
  });
});
