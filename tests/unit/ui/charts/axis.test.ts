import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisWidth, fmtPct, fmtTick, TICK_CHARS, TICK_PX } from '../../../../src/ui/charts/axis';

describe('axis tick labels', () => {
  it('never exceed the characters the axis width reserves, for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-99, max: 1e99, noNaN: true }), (v) => {
        expect(fmtTick(v).length).toBeLessThanOrEqual(TICK_CHARS);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.double({ min: -999.99, max: -0.01, noNaN: true }), (v) => {
        expect(fmtTick(v).length).toBeLessThanOrEqual(TICK_CHARS);
      }),
      { numRuns: 5000 },
    );
    for (const v of [0, 1, 0.75, 2.25, 12.5, 999, 1000, -0.015, -12.34, 0.009, 123456, -99.99, 5e-99])
      expect(fmtTick(v).length).toBeLessThanOrEqual(TICK_CHARS);
    expect(fmtPct(1)).toBe('100%');
  });

  it('keep the value readable', () => {
    expect(fmtTick(2.25)).toBe('2.25');
    expect(fmtTick(0.5)).toBe('0.5');
    expect(fmtTick(1500)).toBe('2e3');
    expect(fmtTick(3e-7)).toBe('3e-7');
    expect(Number(fmtTick(-12.34))).toBeCloseTo(-12.3, 5);
    expect(Number(fmtTick(0.0042))).toBeCloseTo(0.004, 6);
  });

  it('reserve more room for lecturer mode’s larger ticks', () => {
    expect(axisWidth(TICK_PX.present)).toBeGreaterThan(axisWidth(TICK_PX.desk));
    // Five digits at 18 px are ~54 px wide in DejaVu Sans: the reserve must cover them.
    expect(axisWidth(18)).toBeGreaterThanOrEqual(5 * 0.62 * 18 + 6);
  });
});
