// Rows [from, from + size) of a set on the device, taken from its pieces (dataset.ts: DeviceSplit).
// Why pieces: tfjs-backend-wasm's Slice kernel first reads its entire input back (`readSync`, a fresh copy of
// the input's range of the WebAssembly heap) and only then takes the rows, and its Gather walks element by
// element (24 ms for 1,000 × 784 floats here). With the 10,000 test images as one [10000, 784] tensor, every
// 1,000-row slice copied 31 MB: a full evaluation (20 slices) spent ~290 ms in those copies, the network
// view's one small batch cost a 31 MB copy each second, and a setting change made while an evaluation ran
// waited for them. Kept in pieces of PIECE_ROWS, the rows an evaluation takes are a whole piece (no copy at
// all) and anything else copies at most the pieces it touches.
import type { TF, Tensor2D } from '../catalog/types';
import { PIECE_ROWS, type DeviceSplit } from './dataset';

/**
 * x [size, 784] and y [size, 10] of rows [from, from + size). Call inside tf.tidy and never dispose the
 * result yourself: a whole piece is returned as the set's own tensors.
 */
export function takeRows(tf: TF, split: DeviceSplit, from: number, size: number): { x: Tensor2D; y: Tensor2D } {
  if (size <= 0 || from < 0 || from + size > split.count) throw new Error(`rows ${from}..${from + size} of ${split.count}`);
  const parts: { x: Tensor2D; y: Tensor2D }[] = [];
  for (let i = Math.floor(from / PIECE_ROWS); i * PIECE_ROWS < from + size; i++) {
    const piece = split.pieces[i];
    const lo = Math.max(from, i * PIECE_ROWS) - i * PIECE_ROWS;
    const hi = Math.min(from + size, i * PIECE_ROWS + piece.x.shape[0]) - i * PIECE_ROWS;
    const whole = lo === 0 && hi === piece.x.shape[0];
    parts.push(whole ? piece : { x: rowsOfPiece(tf, piece.x, lo, hi), y: rowsOfPiece(tf, piece.y, lo, hi) });
  }
  if (parts.length === 1) return parts[0];
  return { x: tf.concat(parts.map((p) => p.x)), y: tf.concat(parts.map((p) => p.y)) };
}

/** Every row of a set as one tensor pair (a set of one piece costs nothing; call inside tf.tidy). */
export function allRows(tf: TF, split: DeviceSplit): { x: Tensor2D; y: Tensor2D } {
  return takeRows(tf, split, 0, split.count);
}

const rowsOfPiece = (tf: TF, t: Tensor2D, lo: number, hi: number) => tf.slice(t, [lo, 0], [hi - lo, t.shape[1]]);
