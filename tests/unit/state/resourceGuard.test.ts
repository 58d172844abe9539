import { describe, expect, it } from 'vitest';
import { bytesPerStep, flopsPerStep, guardResources, MAX_BYTES, MAX_FLOPS_PER_STEP, numParams } from '../../../src/state/resourceGuard';
import { defaultConfig } from '../../../src/state/schema';

describe('resourceGuard', () => {
  it('counts the default 784-128-64-10 MLP exactly', () => {
    const c = defaultConfig();
    // 785·128 + 129·64 + 65·10 = 100,480 + 8,256 + 650
    expect(numParams(c)).toBe(109_386);
    expect(flopsPerStep(c)).toBe(6 * 109_386 * 64);
  });

  it('leaves the default config alone', () => {
    const c = defaultConfig();
    const g = guardResources(c);
    expect(g.notice).toBeNull();
    expect(g.config).toBe(c);
  });

  it('reduces 10 × 512 units at batch 1024 to a batch that fits, and explains', () => {
    const c = { ...defaultConfig(), layers: Array(10).fill(512), batch: 1024 };
    const g = guardResources(c);
    expect(g.config.batch).toBeLessThan(1024);
    expect(g.config.layers).toEqual(c.layers);
    expect(flopsPerStep(g.config)).toBeLessThanOrEqual(MAX_FLOPS_PER_STEP);
    expect(bytesPerStep(g.config)).toBeLessThanOrEqual(MAX_BYTES);
    // The largest power-of-two fraction that fits: doubling it again would not.
    expect(flopsPerStep({ ...g.config, batch: g.config.batch * 2 })).toBeGreaterThan(MAX_FLOPS_PER_STEP);
    expect(g.notice).toMatch(/reduced to \d+/);
    expect(g.notice).toContain('1024');
  });
});
