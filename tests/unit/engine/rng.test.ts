import { describe, expect, it } from 'vitest';
import { deriveSeed, permutation } from '../../../src/engine/rng';
import { seededRandom as mulberry32 } from '../../../src/catalog/mathRef';

describe('seeded randomness', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 5 }, a);
    expect(sa).toEqual(Array.from({ length: 5 }, b));
    expect(sa).not.toEqual(Array.from({ length: 5 }, c));
    expect(sa.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('shuffles into a true permutation, reproducibly', () => {
    const p = permutation(1000, 7);
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(p).toEqual(permutation(1000, 7));
    expect(p).not.toEqual(permutation(1000, 8));
  });

  it('derives distinct non-negative 31-bit seeds per stream', () => {
    const seeds = new Set(Array.from({ length: 100 }, (_, i) => deriveSeed(1, i)));
    expect(seeds.size).toBe(100);
    for (const s of seeds) expect(s >= 0 && s <= 0x7fffffff).toBe(true);
  });
});
