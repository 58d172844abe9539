import { describe, expect, it } from 'vitest';
import { landscapeRise } from '../../../src/state/landscapeRise';

/** A grid whose loss is 1 + 10·max(|a|, |b|): every square ring has one value. */
function cone(grid: number, span: number) {
  const at = (i: number) => -span + (2 * span * i) / (grid - 1);
  const values = Float32Array.from({ length: grid * grid }, (_, idx) => 1 + 10 * Math.max(Math.abs(at(Math.floor(idx / grid))), Math.abs(at(idx % grid))));
  return { grid, span, values, centre: 1 };
}

describe('landscapeRise', () => {
  it('is the mean loss on the ring half-way out, minus the centre', () => {
    expect(landscapeRise(cone(21, 1))).toEqual({ radius: 0.5, rise: expect.closeTo(5, 5) });
    expect(landscapeRise(cone(5, 2))).toEqual({ radius: 1, rise: expect.closeTo(10, 5) });
    // Three points a side: the only ring is the border.
    expect(landscapeRise(cone(3, 0.5))).toEqual({ radius: 0.5, rise: expect.closeTo(5, 5) });
  });
  it('averages over the ring only (a spike elsewhere does not count)', () => {
    const c = cone(5, 1);
    c.values[0] = 1e6; // a corner, on the outer ring
    expect(landscapeRise(c)!.rise).toBeCloseTo(5, 5);
  });
});
