// The initialization lecture's experiments, as tests: one batch through a fresh 10-layer net, no training.
import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src/experiment/engineConfig';
import { answerInitLab } from '../../../src/engine/initLab';
import type { InitLabResult } from '../../../src/wire/protocol';
import { theoryLayer } from '../../../src/engine/initTheory';
import { activationById } from '../../../src/catalog/activations';
import { computeLayerStats } from '../../../src/engine/layerStats';
import { Trainer } from '../../../src/engine/trainer';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();
const deep = Array.from({ length: 10 }, () => 500);
const lab = async (over: Partial<EngineConfig>, kind: 'gaussian' | 'mnist' = 'gaussian'): Promise<InitLabResult> =>
  (await answerInitLab(tf, { id: 1, config: { ...defaultConfig(), layers: deep, ...over }, data: kind }, data)).result;
const std = (r: InitLabResult) => r.layers.map((l) => Math.sqrt(l.actVar));
const ratios = (v: number[]) => v.slice(1).map((x, i) => x / v[i]);

describe('initialization lab', () => {
  it('tanh with N(0, 0.01²): activations collapse towards zero layer by layer', async () => {
    const s = std(await lab({ act: 'tanh', init: 'normal-0.01' }));
    expect(s.at(-1)!).toBeLessThan(0.01 * s[0]);
    ratios(s).forEach((r) => expect(r).toBeLessThan(0.5));
  });

  it('tanh with N(0, 1): units saturate in the deep layers', async () => {
    const r = await lab({ act: 'tanh', init: 'normal-1' });
    r.layers.slice(1).forEach((l) => expect(l.saturated).toBeGreaterThan(0.9));
    expect(r.layers[9].hist[0] + r.layers[9].hist.at(-1)!).toBeGreaterThan(0.9);
  });

  it('tanh with Var = 1/n: variance stays of the same order across 10 layers', async () => {
    // LeCun's Var = 1/n_in: what many lecture notes call "Xavier".
    const v = (await lab({ act: 'tanh', init: 'lecun-normal' })).layers.slice(1).map((l) => l.actVar);
    expect(Math.max(...v) / Math.min(...v)).toBeLessThan(10);
    expect(Math.min(...v)).toBeGreaterThan(0.05);
  });

  it('ReLU: Var = 1/n halves the variance at every layer; He (2/n) keeps it steady; theory agrees', async () => {
    const lecun = (await lab({ act: 'relu', init: 'lecun-normal' })).layers.slice(1);
    for (const r of ratios(lecun.map((l) => l.preVar))) {
      expect(r).toBeGreaterThan(0.35);
      expect(r).toBeLessThan(0.65);
    }
    const he = await lab({ act: 'relu', init: 'he-normal' }, 'mnist');
    for (const r of ratios(he.layers.map((l) => l.preVar))) {
      expect(r).toBeGreaterThan(0.75);
      expect(r).toBeLessThan(1.33);
    }
    for (const l of [...lecun, ...he.layers]) {
      expect(l.theoryPreVar / l.preVar).toBeGreaterThan(0.6);
      expect(l.theoryPreVar / l.preVar).toBeLessThan(1.6);
    }
  });

  it('matches the variance argument for a linear layer by hand', () => {
    const spec = (variance: number) => ({ fanIn: 500, weight: { mean: 0, variance }, bias: 0, bn: null, pieces: 1 });
    const unit = { mean: 0, second: 2, rho: 0 };
    // n·Var(w)·E[x²] = 500 · (1/500) · 2
    expect(theoryLayer(activationById.linear, spec(1 / 500), unit).preVar).toBeCloseTo(2);
    // He: Var(z) = 500 · (2/500) · 1 = 2, and ReLU keeps E[a²] = Var(z)/2 = 1
    expect(theoryLayer(activationById.relu, spec(2 / 500), { ...unit, second: 1 }).act.second).toBeCloseTo(1, 3);
    // Var(a) = Var(z)·(1/2 − 1/(2π)) ≈ 0.34·Var(z): the He note's number
    // (the 48-node rule gets E[relu(z)] to within 1 %, so Var(a) to within 2 %)
    const reluVar = theoryLayer(activationById.relu, spec(2 / 500), { ...unit, second: 1 }).actVar;
    expect(Math.abs(reluVar / (2 * (0.5 - 1 / (2 * Math.PI))) - 1)).toBeLessThan(0.02);
    // Constant init c over independent inputs: Var(z) = n·c²·Var(x); over identical units: n²·c²·Var(x).
    const constant = { fanIn: 500, weight: { mean: 0.01, variance: 0 }, bias: 0, bn: null, pieces: 1 };
    expect(theoryLayer(activationById.linear, constant, { mean: 0, second: 1, rho: 0 }).preVar).toBeCloseTo(500 * 1e-4);
    expect(theoryLayer(activationById.linear, constant, { mean: 0, second: 1, rho: 1 }).preVar).toBeCloseTo(500 ** 2 * 1e-4);
  });

  it('leaks no tensors', async () => {
    expect(await leakedBy(() => lab({ layers: [64, 32], bn: true }, 'mnist'))).toBe(0);
  });

  it('zeros: every unit of a layer identical; diversity exactly 0, and it stays 0 while training', async () => {
    const t = new Trainer(tf, data, { ...defaultConfig(), act: 'sigmoid', init: 'zeros', layers: [16, 16], lr: 0.05, trainSize: 2000 });
    for (let i = 0; i < 12; i++) {
      const r = t.trainStep(true);
      r.loss.dispose();
      const stats = await computeLayerStats(tf, r.capture!, t.mlp);
      expect(stats[0].diversity).toBe(0);
      expect(stats[1].diversity).toBe(0);
    }
    // The weights did move (it is not symmetric merely because it is still zero).
    expect(Math.max(...Array.from(await t.mlp.hidden[1].W.data(), Math.abs))).toBeGreaterThan(0);
    t.dispose();
  });
});
