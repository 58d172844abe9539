import { describe, expect, it } from 'vitest';
import { nextSlotTime } from '../../../src/ui/hooks/useThrottled';
import { REDRAW } from '../../../src/ui/charts/redraw';

describe('staggered chart redraws', () => {
  it('shows a change at once after a quiet spell, else at its slot, at least one period after the last redraw', () => {
    expect(nextSlotTime(1000, -Infinity, 500, 100)).toBe(1000);
    expect(nextSlotTime(1700, 1100, 500, 100)).toBe(1700);
    // Redrawn at 1100: a change at 1150 waits for the slot after 1600 (1600 itself is the slot: 100 + 3·500).
    expect(nextSlotTime(1150, 1100, 500, 100)).toBe(1600);
    expect(nextSlotTime(1150, 1130, 500, 100)).toBe(2100);
    expect(nextSlotTime(1150, 1100, 1000, 400)).toBe(2400);
  });

  it('never puts two charts in the same task: their redraw times within a second are all distinct', () => {
    const times = Object.values(REDRAW).flatMap(({ ms, slot }) => Array.from({ length: 1000 / ms }, (_, i) => slot + i * ms));
    expect(times.every((t) => t < 1000)).toBe(true);
    expect(new Set(times).size).toBe(times.length);
  });
});
