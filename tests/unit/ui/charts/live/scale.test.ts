import { describe, expect, it } from 'vitest';
import { extentOf, logDomain, logTicks, makeScale, niceStep, niceTicks, resolveDomain } from '../../../../../src/ui/charts/live/scale';

describe('niceStep', () => {
  it('is 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(1, 5)).toBeCloseTo(0.2);
    expect(niceStep(2.3, 5)).toBeCloseTo(0.5);
    expect(niceStep(700, 6)).toBe(100);
    expect(niceStep(0.003, 5)).toBeCloseTo(0.0005);
  });
  it('is a whole number on an integer axis', () => {
    expect(niceStep(3, 6, true)).toBe(1);
    expect(niceStep(12, 6, true)).toBe(2);
  });
});

describe('niceTicks', () => {
  it('puts multiples of the step inside the range, ends included', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 937, 6, true)).toEqual([0, 200, 400, 600, 800]);
  });
  it('carries no float noise', () => {
    for (const t of niceTicks(0, 0.7, 7)) expect(String(t).length).toBeLessThanOrEqual(4);
  });
  it('gives one tick for an empty range', () => {
    expect(niceTicks(3, 3)).toEqual([3]);
  });
});

describe('log axis', () => {
  it('covers the data with whole decades', () => {
    expect(logDomain({ min: 0.003, max: 0.2 })).toEqual([0.001, 1]);
    expect(logDomain({ min: 5, max: 5 })).toEqual([1, 10]);
  });
  it('ticks decades, thinned to at most max', () => {
    expect(logTicks(1e-3, 1)).toEqual([0.001, 0.01, 0.1, 1]);
    expect(logTicks(1e-12, 1, 6)).toEqual([1e-12, 1e-9, 1e-6, 1e-3, 1]);
    expect(logTicks(1e-30, 1e30, 6).length).toBeLessThanOrEqual(6);
  });
});

describe('resolveDomain', () => {
  it('rounds a nice end out to the next tick and keeps fixed ends', () => {
    expect(resolveDomain({ domain: [0, 'nice'] }, { min: 0.4, max: 2.31 })).toEqual([0, 2.5]);
    expect(resolveDomain({ domain: [0, 1] }, { min: 0.4, max: 2.31 })).toEqual([0, 1]);
    expect(resolveDomain({ domain: [0, 'data'] }, { min: 3, max: 937 })).toEqual([0, 937]);
  });
  it('widens a single value so a flat line is not on the edge', () => {
    const [lo, hi] = resolveDomain({ domain: ['data', 'data'] }, { min: 40, max: 40 });
    expect(lo).toBe(40);
    expect(hi).toBeGreaterThan(40);
  });
  it('has a default without data', () => {
    expect(resolveDomain({ domain: [0, 'nice'] }, null)).toEqual([0, 1]);
  });
});

describe('extentOf', () => {
  it('skips missing and infinite values, and non-positive ones on a log axis', () => {
    expect(extentOf([3, null, NaN, Infinity, -1, 7])).toEqual({ min: -1, max: 7 });
    expect(extentOf([0, -2, 0.5, 4], true)).toEqual({ min: 0.5, max: 4 });
    expect(extentOf([null])).toBeNull();
  });
});

describe('makeScale', () => {
  it('maps the domain onto the pixel range, y growing downwards', () => {
    const s = makeScale({ domain: [0, 1] }, null, 100, 0);
    expect(s.px(0)).toBe(100);
    expect(s.px(1)).toBe(0);
    expect(s.px(0.25)).toBe(75);
    expect(s.value(75)).toBeCloseTo(0.25);
  });
  it('is logarithmic on a log axis and drops what it cannot draw', () => {
    const s = makeScale({ domain: [1e-3, 1], log: true }, null, 0, 300);
    expect(s.px(1e-2)).toBeCloseTo(100);
    expect(s.px(0)).toBeNull();
    expect(s.px(null)).toBeNull();
    expect(s.value(200)).toBeCloseTo(0.1);
    expect(s.ticks).toEqual([0.001, 0.01, 0.1, 1]);
  });
  it('keeps fixed ticks inside the domain only', () => {
    expect(makeScale({ domain: [1, 10], ticks: [0.1, 1, 10, 100] }, null, 0, 1).ticks).toEqual([1, 10]);
  });
});
