import { afterAll, describe, expect, it } from 'vitest';
import { predictImage, predictTest } from '../../../src/engine/predictions';
import { Trainer } from '../../../src/engine/trainer';
import { disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { allRows } from '../../../src/engine/rows';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';
import type { TestPredictions } from '../../../src/wire/protocol';

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
    let r!: TestPredictions;
    expect(await leakedBy(async () => (r = (await predictTest(tf, t, test, data.test, { chunk: 400 }))!))).toBe(0);

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
    const grid = (await predictTest(tf, t, test, data.test, { numGrid: 1, numMistakes: 1, chunk: 1500 }))!;
    expect(probs.indexOf(Math.max(...probs))).toBe(grid.grid[0].predicted);
    expect(Math.max(...probs)).toBeCloseTo(grid.grid[0].confidence, 5);
  });

  it('training between its chunks does not change the answer: every chunk reads the step asked about', async () => {
    const u = new Trainer(tf, data, { ...defaultConfig(), layers: [32], trainSize: 2000, batch: 64, lr: 0.01 });
    try {
      const asked = (await predictTest(tf, u, test, data.test, { chunk: 1500 }))!;
      const before = u.step;
      let paced = 0;
      // 14 chunks of 100 images with a training step between each (the Worker's loop may step while it yields).
      const during = (await predictTest(tf, u, test, data.test, {
        chunk: 100,
        pace: async () => {
          paced++;
          tf.dispose(u.trainStep().loss);
        },
      }))!;
      expect(paced).toBe(14);
      expect(u.step).toBe(before + 14);
      expect(during.confusion).toEqual(asked.confusion);
      during.grid.forEach((d, i) => {
        expect(d.predicted).toBe(asked.grid[i].predicted);
        expect(d.confidence).toBeCloseTo(asked.grid[i].confidence, 5);
      });
      expect(during.mistakes.map((d) => d.index)).toEqual(asked.mistakes.map((d) => d.index));
      // The test can tell: those 14 steps did change what the net says.
      const after = (await predictTest(tf, u, test, data.test))!;
      expect(after.confusion).not.toEqual(asked.confusion);
    } finally {
      u.dispose();
    }
  });

  it('stops when a new run disposes the net while it yields, and leaves no tensor behind', async () => {
    const start = tf.memory().numTensors;
    const u = new Trainer(tf, data, { ...defaultConfig(), layers: [32], trainSize: 2000 });
    let paced = 0;
    const r = await predictTest(tf, u, test, data.test, {
      chunk: 100,
      pace: async () => {
        if (++paced === 3) u.dispose();
      },
    });
    expect(r).toBeNull();
    expect(paced).toBe(3);
    expect(tf.memory().numTensors).toBe(start);
  });
});
