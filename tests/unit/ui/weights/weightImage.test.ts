import { describe, expect, it } from 'vitest';
import { countDistinct, divergingColor, neighbourAgreement, unitChecksum, unitPixels, whiteFraction } from '../../../../src/ui/weights/weightImage';

describe('weight image drawing', () => {
  it('maps 0 to white, −max to blue, +max to red, symmetric in between, clamped outside', () => {
    expect(divergingColor(0, 2)).toEqual([255, 255, 255]);
    expect(divergingColor(-2, 2)).toEqual([33, 102, 172]);
    expect(divergingColor(2, 2)).toEqual([178, 24, 43]);
    expect(divergingColor(5, 2)).toEqual(divergingColor(2, 2));
    // Halfway is halfway to the end colour, on both sides.
    expect(divergingColor(1, 2)).toEqual([Math.round(255 + (178 - 255) / 2), Math.round(255 + (24 - 255) / 2), Math.round(255 + (43 - 255) / 2)]);
    expect(divergingColor(-1, 2)[2]).toBe(Math.round(255 + (172 - 255) / 2));
    // An all-zero layer (scale 0) and NaN weights draw white instead of failing.
    expect(divergingColor(0, 0)).toEqual([255, 255, 255]);
    expect(divergingColor(Number.NaN, 1)).toEqual([255, 255, 255]);
  });

  it('draws unit u from row u of the [units × 784] array', () => {
    const values = new Float32Array(3 * 784);
    values[1 * 784 + 0] = 1; // unit 1, top-left pixel: full red
    values[1 * 784 + 783] = -1; // unit 1, bottom-right: full blue
    const px = unitPixels(values, 1, 1);
    expect(px).toHaveLength(784 * 4);
    expect(Array.from(px.subarray(0, 4))).toEqual([178, 24, 43, 255]);
    expect(Array.from(px.subarray(783 * 4))).toEqual([33, 102, 172, 255]);
    expect(Array.from(unitPixels(values, 0, 1).subarray(0, 4))).toEqual([255, 255, 255, 255]);
  });

  it('gives equal checksums exactly for bit-equal units', () => {
    const values = new Float32Array(4 * 784);
    for (let u = 0; u < 4; u++) for (let p = 0; p < 784; p++) values[u * 784 + p] = Math.sin(p) * 0.1;
    expect(countDistinct(values, 4)).toBe(1);
    expect(unitChecksum(values, 0)).toBe(unitChecksum(values, 3));
    values[2 * 784 + 400] = Math.fround(values[2 * 784 + 400] + 1e-7); // one weight, one ulp-scale nudge
    expect(unitChecksum(values, 2)).not.toBe(unitChecksum(values, 0));
    expect(countDistinct(values, 4)).toBe(2);
    // A view into a larger buffer (offset) reads the right rows.
    const view = new Float32Array(values.buffer, 784 * 4, 3 * 784);
    expect(unitChecksum(view, 1)).toBe(unitChecksum(values, 2));
  });

  it('white share: |w| under 5 % of the scale; neighbour agreement: 1 smooth, 0 speckle, −1 alternating', () => {
    const values = Float32Array.from([0.01, -0.04, 0.05, 1, -1, 0.5, 0.049, 0.2]);
    expect(whiteFraction(values, 1)).toBe(3 / 8); // 0.01, −0.04, 0.049 (0.05 is not under 5 %)
    expect(whiteFraction(values, 0.5)).toBe(1 / 8); // scale 0.5: only |w| < 0.025
    expect(whiteFraction(new Float32Array(784), 0)).toBe(1); // all zero: drawn all white
    const unit = (f: (row: number, col: number) => number) => Float32Array.from({ length: 784 }, (_, i) => f(Math.floor(i / 28), i % 28));
    expect(neighbourAgreement(unit(() => 0.3), 1)).toBeCloseTo(1, 12);
    expect(neighbourAgreement(unit((_, c) => (c % 2 ? -1 : 1)), 1)).toBeCloseTo(-1, 12);
    // Stripes down the columns (each row constant) are smooth along a row: 1.
    expect(neighbourAgreement(unit((r) => (r % 2 ? -1 : 1)), 1)).toBeCloseTo(1, 12);
    // By hand: one row 1, 2, 0, … → pairs (1,2), (2,0): Σab = 2, Σ(a²+b²)/2 = 2.5 + 2 = 4.5.
    const hand = new Float32Array(784);
    hand.set([1, 2]);
    expect(neighbourAgreement(hand, 1)).toBeCloseTo(2 / 4.5, 6);
    // Units pool: a second, all-zero unit adds nothing; an empty layer gives 0.
    const two = new Float32Array(2 * 784);
    two.set([1, 2]);
    expect(neighbourAgreement(two, 2)).toBeCloseTo(2 / 4.5, 6);
    expect(neighbourAgreement(new Float32Array(784), 1)).toBe(0);
  });
});
