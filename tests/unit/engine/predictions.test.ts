import { afterAll, describe, expect, it } from 'vitest';
import { predictImage, predictTest } from '../../../src/engine/predictions';
import { Trainer } from '../../../src/engine/trainer';
import { disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { allRows } from '../../../src/engine/rows';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

describe('predictions', () => {
  const data = loadMnistFromPackage();
  const t = new Trainer(tf, data, { ...defaultConfig(), layers: [32], trainSize: 2000, batch: 64, lr: 0.003 });
  for (let i = 0; i < 20; i++) tf.dispose(t.trainStep().loss);
  // 1,500 test images in chunks of 400, so the last chunk is partial.
  const test = uploadSplit(tf, data.test, 0, 1500);
  afterAll(() => {
    t.dispose();
    disposeSplit(tf, test);
  });

  it('agrees with a plain-number reference on the logits: grid, confusion matrix and mistakes', async () => {
    const logits = tf.tidy(() => t.predict(allRows(tf, test).x)).arraySync() as number[][];
    const ref = logits.map((row) => {
      const m = Math.max(...row);
      const e = row.map((v) => Math.exp(v - m));
      const s = e.reduce((a, b) => a + b, 0);
      const predicted = row.indexOf(m);
      return { predicted, confidence: e[predicted] / s };
    });
    let r!: Awaited<ReturnType<typeof predictTest>>;
    expect(await leakedBy(async () => (r = await predictTest(tf, t, test, data.test, 24, 12, 400)))).toBe(0);

    const confusion = new Array(100).fill(0);
    ref.forEach((p, i) => confusion[data.test.labels[i] * 10 + p.predicted]++);
    expect(r.confusion).toEqual(confusion);
    expect(r.numTest).toBe(1500);

    expect(r.grid).toHaveLength(24);
    r.grid.forEach((d, i) => {
      expect(d.index).toBe(i);
      expect(d.label).toBe(data.test.labels[i]);
      expect(d.predicted).toBe(ref[i].predicted);
      expect(d.confidence).toBeCloseTo(ref[i].confidence, 4);
      expect(Array.from(d.pixels)).toEqual(Array.from(data.test.images.subarray(i * 784, (i + 1) * 784)));
    });

    const wrong = ref
      .map((p, i) => ({ ...p, i }))
      .filter((p) => p.predicted !== data.test.labels[p.i])
      .sort((a, b) => b.confidence - a.confidence);
    expect(wrong.length).toBeGreaterThan(12); // a barely trained net errs often
    expect(r.mistakes).toHaveLength(12);
    r.mistakes.forEach((d, i) => {
      expect(d.predicted).not.toBe(d.label);
      expect(d.confidence).toBeCloseTo(wrong[i].confidence, 4);
      expect(d.predicted).toBe(ref[d.index].predicted);
    });
  });

  it('a drawn image gets the same probabilities as the same test image', async () => {
    const img = Float32Array.from(data.test.images.subarray(0, 784), (v) => v / 255);
    let probs: number[] = [];
    expect(await leakedBy(async () => (probs = await predictImage(tf, t, img)))).toBe(0);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    const grid = await predictTest(tf, t, test, data.test, 1, 1, 1500);
    expect(probs.indexOf(Math.max(...probs))).toBe(grid.grid[0].predicted);
    expect(Math.max(...probs)).toBeCloseTo(grid.grid[0].confidence, 5);
  });
});
