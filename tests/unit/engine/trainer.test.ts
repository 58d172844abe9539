import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src/experiment/engineConfig';
import { Trainer } from '../../../src/engine/trainer';
import { uploadSplit } from '../../../src/engine/dataset';
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
      const r = await t.evaluate(test, 200);
      expect(r.accuracy).toBeGreaterThanOrEqual(0);
      expect(r.accuracy).toBeLessThanOrEqual(0.3);
      expect(r.loss).toBeGreaterThan(1);
    });
    expect(leaked).toBe(0);
    t.dispose();
    tf.dispose([test.x, test.y]);
  });
});
