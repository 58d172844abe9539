import { describe, expect, it } from 'vitest';
import { decadeTicks } from '../../../../src/ui/search/ticks';

describe('decadeTicks', () => {
  it('gives every power of ten in the range, exactly', () => {
    expect(decadeTicks(1e-4, 1)).toEqual([1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(decadeTicks(3e-4, 0.5)).toEqual([1e-3, 1e-2, 1e-1]);
  });

  it('thins a wide range to at most `max` ticks', () => {
    const t = decadeTicks(1e-8, 10, 6);
    expect(t.length).toBeLessThanOrEqual(6);
    expect(t).toEqual([1e-8, 1e-6, 1e-4, 1e-2, 1]);
  });

  it('falls back to the ends when no two decades fit, and to nothing for a range off the log scale', () => {
    expect(decadeTicks(2, 8)).toEqual([2, 8]);
    expect(decadeTicks(16, 512)).toEqual([16, 100, 512]);
    expect(decadeTicks(10, 50)).toEqual([10, 50]);
    expect(decadeTicks(0.5, 0.5)).toEqual([0.5]);
    expect(decadeTicks(0, 1)).toEqual([]);
    expect(decadeTicks(1, 0.1)).toEqual([]);
  });
});
