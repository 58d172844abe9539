// How many images one chunk of a forward-only pass (an evaluation, the test-set predictions) may hold.
// On a synchronous backend (CPU, WASM) a chunk runs to its end before any message gets in, so its size must
// follow the net's cost: a fixed 1,000 images through 10 × 500 units is ~2.7 G multiply-adds, seconds on
// WebAssembly and about six on the CPU backend — and the full test set's predictions, one such pass in a
// single tidy, blocked the CPU Worker for about a minute (Reset and every setting waited; found by the
// random-click soak). The size depends only on the net and the backend, never on a clock, so the same link
// on the same backend chunks (and so sums its losses) the same way every time.
import { PIECE_ROWS } from './dataset';
import { SLICE_MS } from './yieldToEvents';

/**
 * Multiply-adds per millisecond a synchronous backend manages on a dense layer, kept below what this
 * 2-core machine measured (tfjs's CPU backend 0.44–0.48 M/ms; WebAssembly with SIMD, one thread, 12–14 M/ms,
 * matMul of [64…1000, 500…784] × [.., 128…500]). A backend not listed (WebGL) does not block the thread.
 */
export const SYNC_MACS_PER_MS: Readonly<Record<string, number>> = { cpu: 0.4e6, wasm: 8e6 };

/** Chunk sizes: the divisors of PIECE_ROWS from 20 up, so a chunk never straddles two pieces (no copy). */
export const CHUNK_ROWS = Array.from({ length: PIECE_ROWS }, (_, i) => PIECE_ROWS - i).filter((d) => PIECE_ROWS % d === 0 && d >= 20);

/** Multiply-adds of one image's forward pass through dense kernels of these shapes ([nIn, preWidth] each). */
export function forwardMacs(kernelShapes: readonly (readonly number[])[]): number {
  return kernelShapes.reduce((s, [nIn, width]) => s + nIn * width, 0);
}

/**
 * Images per chunk for a net costing `macsPerImage` on `backend`: the largest CHUNK_ROWS entry that runs in
 * about one SLICE_MS there (PIECE_ROWS on an asynchronous backend, the smallest entry for a very large net).
 */
export function rowsPerSlice(macsPerImage: number, backend: string): number {
  const rate = SYNC_MACS_PER_MS[backend];
  if (!rate || macsPerImage <= 0) return PIECE_ROWS;
  const fit = (SLICE_MS * rate) / macsPerImage;
  return CHUNK_ROWS.find((d) => d <= fit) ?? CHUNK_ROWS[CHUNK_ROWS.length - 1];
}
