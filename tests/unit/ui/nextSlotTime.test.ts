import { describe, expect, it } from 'vitest';
import { nextSlotTime } from '../../../src/ui/hooks/useThrottled';
import { REDRAW } from '../../../src/ui/charts/redraw';

describe('staggered chart redraws', () => {
  it('waits for the slot of the period, and at least one period after the last redraw', () => {
    expect(nextSlotTime(1000, -Infinity, 500, 100)).toBe(1100);
    expect(nextSlotTime(1100, -Infinity, 500, 100)).toBe(1100);
    expect(nextSlotTime(1101, -Infinity, 500, 100)).toBe(1600);
    // Redrawn at 1100: the next one no sooner than 1600, even if asked at 1150.
    expect(nextSlotTime(1150, 1100, 500, 100)).toBe(1600);
    expect(nextSlotTime(1150, 1100, 1000, 400)).toBe(2400);
  });

  it('never puts two charts in the same task: their redraw times within a second are all distinct', () => {
    const times = Object.values(REDRAW).flatMap(({ ms, slot }) => Array.from({ length: 1000 / ms }, (_, i) => slot + i * ms));
    expect(times.every((t) => t < 1000)).toBe(true);
    expect(new Set(times).size).toBe(times.length);
  });
});
