import { afterAll, describe, expect, it } from 'vitest';
import { Trainer } from '../../../src/engine/trainer';
import { disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { readWeightImages } from '../../../src/engine/weightImages';
import { defaultConfig } from '../../../src/experiment/schema';
import { presetById } from '../../../src/state/presets';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();

describe('weight images', () => {
  const test = uploadSplit(tf, data.test, 0, 2000);
  afterAll(() => disposeSplit(tf, test));

  it('reads the first hidden layer as [units × 784] rows, one per unit, with its max |w|', async () => {
    const t = new Trainer(tf, data, { ...defaultConfig(), layers: [16, 8], trainSize: 1000 });
    const W = (await t.mlp.hidden[0].W.array()) as number[][]; // [784][16], the plain reference
    let img!: Awaited<ReturnType<typeof readWeightImages>>;
    expect(await leakedBy(async () => (img = await readWeightImages(tf, t)))).toBe(0);
    expect(img.layer).toBe('hidden');
    expect(img.units).toBe(16);
    expect(img.values).toHaveLength(16 * 784);
    for (const [u, p] of [[0, 0], [3, 100], [15, 783]]) expect(img.values[u * 784 + p]).toBe(Math.fround(W[p][u]));
    expect(img.maxAbs).toBe(Math.fround(Math.max(...W.flat().map(Math.abs))));
    t.dispose();
  });

  it('with no hidden layer, builds 784 → 10, trains it, and shows the ten output columns (class templates)', async () => {
    const leaked = await leakedBy(async () => {
      // The preset's config on 10,000 images with a larger step, for speed (measured on this test subset: 87.5 %
      // and 86.5 % with two batch orders of the same seed; the preset's full epoch at α = 0.001 gives 91.1 %).
      const config = { ...defaultConfig(), ...presetById['softmax-regression'].config, trainSize: 10000, lr: 0.003 };
      const t = new Trainer(tf, data, config);
      expect(t.mlp.hidden).toHaveLength(0);
      expect(t.mlp.out.W.shape).toEqual([784, 10]);
      const before = await t.evaluate(test);
      while (!t.done) {
        const r = t.trainStep();
        tf.dispose([r.loss, r.penalty ?? []]);
      }
      const after = await t.evaluate(test);
      expect(before!.accuracy).toBeLessThan(0.3);
      expect(after!.accuracy).toBeGreaterThan(0.85);
      const img = await readWeightImages(tf, t);
      expect(img.layer).toBe('output');
      expect(img.units).toBe(10);
      // A template is the class's evidence: the mean digit of its class scores higher on it than other digits do.
      const meanOf = (d: number) => {
        const m = new Float64Array(784);
        let n = 0;
        for (let i = 0; i < 2000; i++) {
          if (data.test.labels[i] !== d) continue;
          n++;
          for (let p = 0; p < 784; p++) m[p] += data.test.images[i * 784 + p] / 255;
        }
        return m.map((v) => v / n);
      };
      const score = (u: number, m: Float64Array) => m.reduce((s, v, p) => s + v * img.values[u * 784 + p], 0);
      for (const d of [0, 1, 7]) {
        const m = meanOf(d);
        const own = score(d, m);
        for (let u = 0; u < 10; u++) if (u !== d) expect(own, `digit ${d} vs template ${u}`).toBeGreaterThan(score(u, m));
      }
      t.dispose();
    });
    expect(leaked).toBe(0);
  });
});
