// The optimizer-lab presets' notes quote numbers the lab's table shows: run each preset's paths through the
// engine (tfjs CPU) and the page's own metrics, and check the quoted claims.
import { describe, expect, it } from 'vitest';
import { checkPathsSpec, runPaths } from '../../../src/engine/optPaths';
import { pathMetrics, pathsSpecOf } from '../../../src/state/pathsSpec';
import { presetBase } from '../../../src/state/urlCodec';
import { tf } from '../engine/tf';

async function metricsOf(id: string) {
  const spec = pathsSpecOf(presetBase(id));
  const paths = await runPaths(tf, checkPathsSpec(spec));
  return Object.fromEntries(paths.map((p) => [p.opt, pathMetrics(p, spec.surface)]));
}

describe('optimizer-lab presets', () => {
  it('ravine: SGD reverses 15 times, momentum at the same effective rate at most once', async () => {
    const m = await metricsOf('paths-ravine-momentum');
    expect(pathsSpecOf(presetBase('paths-ravine-momentum')).opts.map((o) => o.lr)).toEqual([0.09, expect.closeTo(0.009, 9)]);
    expect(m.sgd.turns).toBe(15);
    expect(m.momentum.turns).toBeLessThanOrEqual(1);
  });

  it('saddle: SGD leaves the saddle about four times later than Adam and momentum', async () => {
    const m = await metricsOf('paths-saddle');
    expect(m.sgd.escapeStep).not.toBeNull();
    expect(m.adam.escapeStep).not.toBeNull();
    expect(m.sgd.escapeStep!).toBeGreaterThan(3 * m.adam.escapeStep!);
    expect(m.sgd.escapeStep!).toBeGreaterThan(3 * m.momentum.escapeStep!);
  });

  it('Adam scaling: the first step is x:y ≈ 0.15 for SGD and 1 for Adam', async () => {
    const m = await metricsOf('paths-adam-scaling');
    expect(m.sgd.firstRatio).toBeCloseTo(0.15, 2);
    expect(m.adam.firstRatio).toBeCloseTo(1, 3);
  });
});
