// Early stopping: the best-weights bookkeeping on a hand-made loss sequence, then the Runner's hook on
// real MNIST (validation slice carved from the training images), with the leak check throughout.
import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src/experiment/engineConfig';
import { EarlyStopper, EarlyStopWatch, modelState } from '../../../src/engine/earlyStop';
import { Trainer } from '../../../src/engine/trainer';
import { disposeSplit, trainingRange, uploadSplit } from '../../../src/engine/dataset';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

describe('EarlyStopper', () => {
  it('keeps the best weights and restores them after `patience` evaluations without improvement', async () => {
    const leaked = await leakedBy(async () => {
      const w = tf.tidy(() => tf.variable(tf.scalar(1)));
      const s = new EarlyStopper(tf, 2);
      const setW = (v: number) => tf.tidy(() => w.assign(tf.scalar(v)));
      expect(s.observe(1.0, 1, [w])).toBe(false); // first: best
      setW(2);
      expect(s.observe(0.8, 2, [w])).toBe(false); // new best, snapshot w = 2
      setW(3);
      expect(s.observe(0.8, 3, [w])).toBe(false); // equal is not better: wait 1
      setW(4);
      expect(s.observe(0.85, 4, [w])).toBe(true); // wait 2 = patience: stop
      expect(s.bestEpoch).toBe(2);
      expect(s.bestValLoss).toBe(0.8);
      expect((await w.data())[0]).toBe(2);
      expect(s.observe(0.1, 5, [w])).toBe(true); // stays stopped
      s.dispose();
      w.dispose();
    });
    expect(leaked).toBe(0);
  });

  it('resets the wait on an improvement', () => {
    const w = tf.tidy(() => tf.variable(tf.scalar(0)));
    const s = new EarlyStopper(tf, 2);
    expect([1, 1.1, 0.9, 1.0, 0.8, 0.85].map((l, i) => s.observe(l, i, [w]))).toEqual([
      false, false, false, false, false, false,
    ]);
    expect(s.waited).toBe(1);
    s.dispose();
    w.dispose();
  });
});

describe('EarlyStopWatch on real MNIST', () => {
  const data = loadMnistFromPackage();
  const cfg = (over: Partial<EngineConfig>): EngineConfig => ({
    ...defaultConfig(),
    layers: [16],
    trainSize: 1000,
    batch: 50,
    ...over,
  });

  it('is off when patience is 0, and carves the last 10 % as validation', () => {
    expect(EarlyStopWatch.create(tf, data, cfg({ earlyStop: 0 }))).toBeNull();
    expect(trainingRange(cfg({ earlyStop: 3 }), data.train.count)).toEqual({ trainFrom: 0, trainTo: 900, valFrom: 900, valTo: 1000 });
  });

  it('stops when a far too large step ruins the net, and puts the best weights back', async () => {
    const leaked = await leakedBy(async () => {
      const c = cfg({ earlyStop: 1, opt: 'sgd', lr: 0.05 });
      const t = new Trainer(tf, data, c);
      const watch = EarlyStopWatch.create(tf, data, c)!;
      for (let i = 0; i < t.stepsPerEpoch; i++) tf.dispose(t.trainStep().loss);
      expect(await watch.check(t)).toBeNull(); // the first evaluation is always the best so far
      const snapshot = await Promise.all(modelState(t.mlp).map((v) => v.data()));
      // Wreck the weights (as a learning-rate blow-up would): the next evaluation is worse.
      tf.tidy(() => t.mlp.hidden[0].W.assign(tf.mul(t.mlp.hidden[0].W, 40)));
      const report = await watch.check(t);
      expect(report).toMatchObject({ epoch: 1, bestEpoch: 1 });
      expect(watch.stopped).toBe(true);
      const restored = await Promise.all(modelState(t.mlp).map((v) => v.data()));
      expect(restored).toEqual(snapshot);
      // The restored net scores the recorded best loss on the same validation slice.
      const r = trainingRange(c, data.train.count);
      const val = uploadSplit(tf, data.train, r.valFrom, r.valTo);
      expect((await t.evaluate(val))!.loss).toBeCloseTo(report!.bestValLoss, 5);
      disposeSplit(tf, val);
      watch.dispose();
      t.dispose();
    });
    expect(leaked).toBe(0);
  });
});
