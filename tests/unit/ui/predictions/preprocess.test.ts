import { describe, expect, it } from 'vitest';
import { toMnist } from '../../../../src/ui/predictions/preprocess';

/** A w × h canvas with a filled rectangle of ink. */
function rect(w: number, h: number, x0: number, y0: number, rw: number, rh: number): Float32Array {
  const a = new Float32Array(w * h);
  for (let y = y0; y < y0 + rh; y++) for (let x = x0; x < x0 + rw; x++) a[y * w + x] = 1;
  return a;
}

function stats(img: Float32Array) {
  let m = 0, mx = 0, my = 0, x0 = 28, x1 = -1, y0 = 28, y1 = -1;
  img.forEach((v, i) => {
    const x = i % 28, y = Math.floor(i / 28);
    m += v; mx += v * (x + 0.5); my += v * (y + 0.5);
    if (v > 0.05) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
  });
  return { cx: mx / m, cy: my / m, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

describe('toMnist', () => {
  it('scales a tall stroke drawn off-centre to 20 px high, keeps its aspect and centres its mass', () => {
    const s = stats(toMnist(rect(280, 280, 10, 150, 40, 120), 280, 280));
    expect(s.h).toBe(20);
    expect(s.w).toBe(7); // 40/120 of 20, rounded
    expect(Math.abs(s.cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(s.cy - 14)).toBeLessThanOrEqual(0.5);
  });

  it('moves the centre of mass, not the box centre, to the middle', () => {
    // An L: a long bar plus a foot, so the mass sits low and left of the box centre.
    const a = rect(100, 100, 10, 10, 10, 80);
    const foot = rect(100, 100, 10, 80, 60, 10);
    const ink = a.map((v, i) => Math.max(v, foot[i]));
    const s = stats(toMnist(ink, 100, 100));
    expect(Math.abs(s.cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(s.cy - 14)).toBeLessThanOrEqual(0.5);
  });

  it('upscales a tiny drawing and leaves a blank one blank', () => {
    const s = stats(toMnist(rect(50, 50, 20, 20, 5, 5), 50, 50));
    expect([s.w, s.h]).toEqual([20, 20]);
    expect(toMnist(new Float32Array(100), 10, 10).every((v) => v === 0)).toBe(true);
  });
});
