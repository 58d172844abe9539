import { describe, expect, it } from 'vitest';
import { countDrawable, dotCentres, linePath, nearestIndex, pointsOf } from '../../../../../src/ui/charts/live/path';
import { thin } from '../../../../../src/ui/charts/thin';

// x pixels = 10·x, y pixels = 100 − y; null for a missing y.
const sx = (v: number | null | undefined) => (v === null || v === undefined ? null : 10 * v);
const sy = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? null : 100 - v);

describe('linePath', () => {
  it('draws one move then lines, rounded to a tenth of a pixel', () => {
    expect(linePath([{ x: 0, y: 0 }, { x: 1, y: 10.04 }, { x: 2, y: 20 }], sx, sy)).toBe('M0 100L10 90L20 80');
  });
  it('breaks the line at a missing point, or runs across it when connecting', () => {
    const pts = [{ x: 0, y: 0 }, { x: 1, y: null }, { x: 2, y: 20 }, { x: 3, y: NaN }, { x: 4, y: 40 }];
    expect(linePath(pts, sx, sy)).toBe('M0 100M20 80M40 60');
    expect(linePath(pts, sx, sy, true)).toBe('M0 100L20 80L40 60');
  });
  it('is empty without points', () => {
    expect(linePath([], sx, sy)).toBe('');
  });
});

describe('dots and counts', () => {
  const pts = [{ x: 1, y: 5 }, { x: 2, y: null }, { x: 3, y: 7 }];
  it('places a dot at each drawable point', () => {
    expect(dotCentres(pts, sx, sy)).toEqual([{ x: 10, y: 95, i: 0 }, { x: 30, y: 93, i: 2 }]);
    expect(countDrawable(pts, sy)).toBe(2);
  });
});

describe('nearestIndex', () => {
  const pts = [0, 10, 20, 35].map((x) => ({ x, y: 0 }));
  it('finds the nearest x by binary search', () => {
    expect(nearestIndex(pts, -5)).toBe(0);
    expect(nearestIndex(pts, 14)).toBe(1);
    expect(nearestIndex(pts, 16)).toBe(2);
    expect(nearestIndex(pts, 30)).toBe(3);
    expect(nearestIndex(pts, 99)).toBe(3);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});

describe('pointsOf', () => {
  it('reads x and y from rows, undefined y as missing', () => {
    expect(pointsOf([{ s: 1, v: 2 }, { s: 2 }] as { s: number; v?: number }[], (r) => r.s, (r) => r.v)).toEqual([
      { x: 1, y: 2 },
      { x: 2, y: null },
    ]);
  });
});

describe('thin', () => {
  it('keeps at most about max points and always the last', () => {
    const xs = Array.from({ length: 1001 }, (_, i) => i);
    const t = thin(xs, 100);
    expect(t.length).toBeLessThanOrEqual(101);
    expect(t[0]).toBe(0);
    expect(t.at(-1)).toBe(1000);
  });
  it('leaves a short series as it is', () => {
    const xs = [1, 2, 3];
    expect(thin(xs, 10)).toBe(xs);
  });
});
