import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src/experiment/engineConfig';
import { computeLayerStats, deadAndSaturated, diversity, histogram } from '../../../src/engine/layerStats';
import { NUM_BINS } from '../../../src/wire/protocol';
import { Trainer } from '../../../src/engine/trainer';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();
const cfg = (over: Partial<EngineConfig> = {}): EngineConfig => ({ ...defaultConfig(), layers: [16, 8], trainSize: 2000, ...over });

// Plain-number references, independent of tfjs.
const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, x) => s + x, 0) / a.length;
const variance = (a: ArrayLike<number>) => mean(Array.from(a, (x) => (x - mean(a)) ** 2));
const norm = (a: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((s, x) => s + x * x, 0));
const column = (w: ArrayLike<number>, cols: number, j: number) => Array.from(w).filter((_, i) => i % cols === j);

describe('layer statistics', () => {
  it('match plain-number computations of the same quantities, with no leak', async () => {
    const t = new Trainer(tf, data, cfg({ lr: 0.01 }));
    for (let i = 0; i < 3; i++) tf.dispose(t.trainStep().loss);
    const leaked = await leakedBy(async () => {
      const r = t.trainStep(true);
      r.loss.dispose();
      const c = r.capture!;
      const ref = await Promise.all(
        c.act.map(async (_, i) => ({
          pre: await c.pre[i].data(),
          act: await c.act[i].data(),
          units: c.act[i].shape[1],
          grad: await c.gradW[i].data(),
          before: await c.weightBefore[i].data(),
          after: await [...t.mlp.hidden, t.mlp.out][i].W.data(),
        })),
      );
      const stats = await computeLayerStats(tf, c, t.mlp);
      expect(stats).toHaveLength(3);
      stats.forEach((s, i) => {
        const r = ref[i];
        expect(s.preMean).toBeCloseTo(mean(r.pre), 4);
        expect(s.preVar).toBeCloseTo(variance(r.pre), 3);
        expect(s.actVar).toBeCloseTo(variance(r.act), 3);
        expect(s.gradNorm).toBeCloseTo(norm(r.grad), 4);
        expect(s.gradVar / variance(r.grad)).toBeCloseTo(1, 3);
        expect(s.weightNorm).toBeCloseTo(norm(r.after), 3);
        const moved = norm(Array.from(r.after, (x, k) => x - r.before[k]));
        expect(s.updateRatio).toBeCloseTo(moved / norm(r.before), 5);
        expect(s.hist).toHaveLength(NUM_BINS);
        expect(s.hist.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        if (!s.isOutput) {
          // ReLU: a unit is dead when it is 0 for every example of the batch.
          const dead = Array.from({ length: r.units }, (_, j) => column(r.act, r.units, j).every((x) => x <= 0));
          expect(s.dead).toBeCloseTo(dead.filter(Boolean).length / r.units, 6);
        }
      });
      expect(stats[2].isOutput).toBe(true);
    });
    expect(leaked).toBe(0);
    t.dispose();
  });

  it('bins values like a plain-number histogram, clamping outliers into the end bins', async () => {
    const values = [-3, 0, 0.01, 0.5, 0.99, 1, 2.5, 3.99, 4, 9];
    const h = histogram(tf, tf.tensor1d(values), [0, 4]);
    const got = Array.from(await h.data());
    h.dispose();
    const want = new Array<number>(NUM_BINS).fill(0);
    for (const v of values) want[Math.min(NUM_BINS - 1, Math.max(0, Math.floor((v / 4) * NUM_BINS)))] += 1 / values.length;
    got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 6));
  });

  it('counts saturated tanh values and reads diversity 0 only for identical columns', async () => {
    const t = new Trainer(tf, data, cfg({ act: 'tanh', init: 'normal-1', layers: [32] }));
    const r = t.trainStep(true);
    r.loss.dispose();
    const act = await r.capture!.act[0].data();
    const stats = await computeLayerStats(tf, r.capture!, t.mlp);
    expect(stats[0].saturated).toBeCloseTo(Array.from(act).filter((a) => Math.abs(a) > 0.99).length / act.length, 6);
    expect(stats[0].saturated).toBeGreaterThan(0.5);
    expect(stats[0].diversity).toBeGreaterThan(0.8);
    t.dispose();
    const same = tf.tile(tf.tensor2d([[0.3], [-1.7], [2.2]]), [1, 5]);
    const s = diversity(tf, same);
    expect((await s.data())[0]).toBe(0);
    tf.dispose([same, s]);
  });

  it('counts a ReLU unit that outputs 0 for the whole batch as dead, but not a leaky unit that is negative', async () => {
    // Units (columns): 0 is zero for every example (dead ReLU), 1 fires once, 2 is negative throughout (leaky).
    const act = tf.tensor2d([
      [0, 0, -0.01],
      [0, 0.5, -0.02],
      [0, 0, -0.03],
    ]);
    const [dead, saturated] = deadAndSaturated(tf, act, 'relu');
    expect((await dead.data())[0]).toBeCloseTo(1 / 3, 6);
    expect((await saturated.data())[0]).toBe(0);
    tf.dispose([act, dead, saturated]);
  });

  it('leaks nothing over many captured steps', async () => {
    const t = new Trainer(tf, data, cfg({ layers: [8], bn: true }));
    const leaked = await leakedBy(async () => {
      for (let i = 0; i < 40; i++) {
        const r = t.trainStep(true);
        r.loss.dispose();
        await computeLayerStats(tf, r.capture!, t.mlp);
      }
    });
    expect(leaked).toBe(0);
    t.dispose();
  });
});
