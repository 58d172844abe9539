import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src/experiment/engineConfig';
import { Trainer } from '../../../src/engine/trainer';
import { disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { allRows } from '../../../src/engine/rows';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();
const cfg = (over: Partial<EngineConfig> = {}): EngineConfig => ({ ...defaultConfig(), layers: [32], ...over });

async function lossesOf(t: Trainer, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = t.trainStep();
    out.push((await r.loss.data())[0]);
    r.loss.dispose();
    r.penalty?.dispose();
  }
  return out;
}

describe('Trainer', () => {
  it('lowers the loss on real MNIST batches and leaks no tensors', async () => {
    const leaked = await leakedBy(async () => {
      const t = new Trainer(tf, data, cfg({ lr: 0.003 }));
      const losses = await lossesOf(t, 60);
      const first = losses.slice(0, 5).reduce((a, b) => a + b) / 5;
      const last = losses.slice(-5).reduce((a, b) => a + b) / 5;
      expect(last).toBeLessThan(first * 0.6);
      t.dispose();
    });
    expect(leaked).toBe(0);
  });

  it('gives the same weights and the same losses for the same seed', async () => {
    const a = new Trainer(tf, data, cfg({ seed: 7 }));
    const b = new Trainer(tf, data, cfg({ seed: 7 }));
    const c = new Trainer(tf, data, cfg({ seed: 8 }));
    expect(await a.mlp.hidden[0].W.data()).toEqual(await b.mlp.hidden[0].W.data());
    expect(await a.mlp.hidden[0].W.data()).not.toEqual(await c.mlp.hidden[0].W.data());
    expect(await lossesOf(a, 5)).toEqual(await lossesOf(b, 5));
    [a, b, c].forEach((t) => t.dispose());
  });

  it('drops the last partial batch so shapes stay fixed', () => {
    const t = new Trainer(tf, data, cfg({ trainSize: 1000, batch: 64 }));
    expect(t.stepsPerEpoch).toBe(15);
    t.dispose();
  });

  it('captures activations and gradients from the same pass without leaking', async () => {
    const leaked = await leakedBy(() => {
      const t = new Trainer(tf, data, cfg({ layers: [16, 8], bn: true, dropout: 0.2, l2: 1e-4 }));
      const r = t.trainStep(true);
      expect(r.capture!.pre.map((p) => p.shape)).toEqual([[64, 16], [64, 8], [64, 10]]);
      expect(r.capture!.gradW.map((g) => g.shape)).toEqual([[784, 16], [16, 8], [8, 10]]);
      expect(r.penalty).not.toBeNull();
      tf.dispose([r.loss, r.penalty!, ...r.capture!.pre, ...r.capture!.act, ...r.capture!.gradW, ...r.capture!.weightBefore]);
      t.dispose();
    });
    expect(leaked).toBe(0);
  });

  it('evaluates accuracy on a device split with one readback and no leak', async () => {
    const test = uploadSplit(tf, data.test, 0, 500);
    const t = new Trainer(tf, data, cfg());
    const leaked = await leakedBy(async () => {
      const r = (await t.evaluate(test, 200))!;
      expect(r.accuracy).toBeGreaterThanOrEqual(0);
      expect(r.accuracy).toBeLessThanOrEqual(0.3);
      expect(r.loss).toBeGreaterThan(1);
    });
    expect(leaked).toBe(0);
    t.dispose();
    disposeSplit(tf, test);
  });

  it('gives the same mean whatever the chunk size, equal to one plain pass over the logits', async () => {
    const test = uploadSplit(tf, data.test, 0, 700);
    const t = new Trainer(tf, data, cfg());
    const leaked = await leakedBy(async () => {
      // Reference: one forward pass, accuracy counted in plain numbers.
      const logits = tf.tidy(() => t.predict(allRows(tf, test).x));
      const [l, y] = await Promise.all([logits.data(), test.pieces[0].y.data()]);
      logits.dispose();
      let correct = 0;
      for (let i = 0; i < 700; i++) {
        const row = (a: Float32Array | Int32Array | Uint8Array) => Array.from(a.slice(i * 10, i * 10 + 10));
        const pred = row(l).indexOf(Math.max(...row(l)));
        if (y[i * 10 + pred] === 1) correct++;
      }
      for (const chunk of [700, 256, 33]) {
        const r = (await t.evaluate(test, chunk))!;
        expect(r.accuracy, `chunk ${chunk}`).toBeCloseTo(correct / 700, 10);
      }
      const [a, b] = [(await t.evaluate(test, 700))!, (await t.evaluate(test, 33))!];
      expect(b.loss).toBeCloseTo(a.loss, 4);
    });
    expect(leaked).toBe(0);
    t.dispose();
    disposeSplit(tf, test);
  });

  it('a long evaluation lets other work in, and gives up without a leak when its net is disposed', async () => {
    const test = uploadSplit(tf, data.test);
    const leaked = await leakedBy(async () => {
      const t = new Trainer(tf, data, cfg({ layers: [256, 256] }));
      // 10,000 images in chunks of 20 take well over one 30 ms slice on the CPU backend: it must yield.
      let otherWorkRan = false;
      const pending = t.evaluateSplits([test], 20);
      setTimeout(() => {
        otherWorkRan = true;
        t.dispose();
      }, 0);
      expect(await pending).toBeNull();
      expect(otherWorkRan).toBe(true);
    });
    expect(leaked).toBe(0);
    disposeSplit(tf, test);
  });
});
