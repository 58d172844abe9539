import { describe, expect, it } from 'vitest';
import { appendCapped } from '../../../src/state/history';

describe('appendCapped', () => {
  it('keeps everything under the cap', () => {
    expect(appendCapped([1, 2], [3], 10)).toEqual([1, 2, 3]);
  });

  it('thins the older half past the cap, keeping the newest points and the first', () => {
    const out = appendCapped(Array.from({ length: 10 }, (_, i) => i), [10, 11], 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out[0]).toBe(0);
    expect(out.slice(-6)).toEqual([6, 7, 8, 9, 10, 11]);
    expect([...out].sort((a, b) => a - b)).toEqual(out);
  });
});
