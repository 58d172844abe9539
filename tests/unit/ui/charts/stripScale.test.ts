import { describe, expect, it } from 'vitest';
import { cellContrast, heatColor, rowPositions } from '../../../../src/ui/charts/layers/stripScale';

describe('layer strip colour scale', () => {
  it('puts a log row between its smallest and largest value, decade by decade', () => {
    const pos = rowPositions([1e-4, 1e-3, 1e-2, NaN, 0], 'log');
    expect(pos[0]).toBe(0);
    expect(pos[1]).toBeCloseTo(0.5, 12);
    expect(pos[2]).toBe(1);
    // No value (NaN) and zero (not on a log scale) are empty cells, not an end of the scale.
    expect(pos[3]).toBeNaN();
    expect(pos[4]).toBeNaN();
  });

  it('shows equal values at the middle and fractions as they are', () => {
    expect(rowPositions([2, 2, 2], 'log')).toEqual([0.5, 0.5, 0.5]);
    expect(rowPositions([0, 0.25, 1, 1.5, -1], 'unit')).toEqual([0, 0.25, 1, 1, 0]);
  });

  it('gets darker along the scale and keeps cell text readable (WCAG AA) everywhere', () => {
    const lum = (t: number) => heatColor(t).bg.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
    for (let i = 0; i < 100; i++) {
      const t = i / 100;
      expect(lum(t + 0.01)).toBeLessThanOrEqual(lum(t));
      expect(cellContrast(t)).toBeGreaterThanOrEqual(4.5);
    }
    expect(heatColor(NaN).bg).toBe('#ffffff');
  });
});
