// The init lab's theory line against measurement, over the whole grid the issue asks for: every activation ×
// {N(0, 0.01²), N(0, 1), LeCun, He, Xavier uniform}, 10 × 500 layers, unit-Gaussian input, one forward pass.
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, activationById } from '../../../src/catalog/activations';
import { initializerById } from '../../../src/catalog/initializers';
import { DEFAULT_RULE, gaussExpect, hermiteRule } from '../../../src/catalog/gaussHermite';
import type { Tensor2D } from '../../../src/catalog/types';
import { runInitLab } from '../../../src/engine/initLab';
import { theoryLayer } from '../../../src/engine/initTheory';
import { defaultConfig } from '../../../src/state/schema';
import { leakedBy, tf } from './tf';

const INITS = ['normal-0.01', 'normal-1', 'lecun-normal', 'he-normal', 'xavier-uniform'] as const;
const TOLERANCE = 0.25;
// 16 rows × 500 units = 8,000 samples per layer: sampling adds ~2 % to the spread, and the grid of 55 nets
// stays near 30 s on a quiet 2-core machine, CPU backend (the weight draws and 10 matrix products per net dominate).
const ROWS = 16;

describe('Gauss–Hermite rule', () => {
  it('has weights summing to √π and integrates Gaussian moments exactly', () => {
    for (const n of [2, 5, 20, 48]) {
      const r = hermiteRule(n);
      expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.sqrt(Math.PI), 12);
    }
    // E[z²] = μ² + σ², E[z⁴] = 3σ⁴ (μ = 0): polynomials far below degree 2n − 1 are exact.
    expect(gaussExpect((z) => z * z, 0.5, 2)).toBeCloseTo(2.25, 12);
    expect(gaussExpect((z) => z ** 4, 0, 1.5)).toBeCloseTo(3 * 1.5 ** 2, 10);
    // The 2-point rule's nodes are ±1/√2.
    expect(hermiteRule(2).nodes[1]).toBeCloseTo(Math.SQRT1_2, 14);
  });

  it('is accurate on a kink: E|z| = √(2/π) within 1 %', () => {
    expect(Math.abs(gaussExpect(Math.abs, 0, 1) / Math.sqrt(2 / Math.PI) - 1)).toBeLessThan(0.01);
    expect(DEFAULT_RULE.nodes.length).toBe(48);
  });
});

// One draw of a 500-wide layer multiplies the signal's size by a random factor around its expectation (spread
// ≈ √(Var(f²)/(n·E[f²]²)) ≈ 5–10 % for ReLU-like units (measured: initTheoryMean.test.ts), ~2 % for saturated tanh/sigmoid). The theory predicts the
// expectation; after k layers one draw strays by ≈ 8 %·√k, ~25 % at layer 10 (softplus's Var(a) is a small
// difference of two large moments, mean ≥ log 2, which amplifies this ~2×). So for activations that are
// unbounded above, layers 6–10 of a single draw cannot be held to 25 %: there the chained prediction is held to
// 40 %, and every layer of every net is also checked one step at a time (from the previous layer's measured
// moments) at 25 %, which a wrong formula would fail at once. The expectation itself — what the theory states — is
// held to 25 % at every layer by the mean of sixteen draws in initTheoryMean.test.ts.
const BOUNDED = new Set<string>(['tanh', 'sigmoid']);
const strict = (act: string, layer: number) => BOUNDED.has(act) || layer < 5;

describe.each(ACTIVATION_IDS.map((a) => [a] as const))('init-lab theory vs measurement for %s, 10 × 500, unit-Gaussian input', (act) => {
  it('predicts every layer within 25 % (40 % for layers 6–10 of unbounded activations), one step at a time within 25 %', async () => {
    const bad: { where: string; ratio: number }[] = [];
    const check = (where: string, pred: number, meas: number, tol: number) => {
      const ratio = pred / meas;
      if (!(Math.abs(ratio - 1) <= tol)) bad.push({ where, ratio });
    };
    const leaked = await leakedBy(async () => {
      const x = tf.randomNormal([ROWS, 784], 0, 1, 'float32', 7) as Tensor2D;
      for (const init of INITS) {
        const cfg = { ...defaultConfig(), act, init, layers: Array<number>(10).fill(500), seed: 3 };
        const r = await runInitLab(tf, cfg, x);
        r.layers.forEach((l, i) => {
          const tol = strict(act, i) ? TOLERANCE : 0.4;
          check(`${init} layer ${i + 1} Var(z)`, l.theoryPreVar, l.preVar, tol);
          check(`${init} layer ${i + 1} Var(a)`, l.theoryActVar, l.actVar, tol);
          // One step: the same argument fed with the previous layer's measured moments.
          const prev =
            i === 0
              ? { mean: r.inputMean, second: r.inputSecondMoment }
              : { mean: r.layers[i - 1].actMean, second: r.layers[i - 1].actVar + r.layers[i - 1].actMean ** 2 };
          const spec = {
            fanIn: l.fanIn,
            weight: initializerById[init].moments(l.fanIn, act === 'maxout' ? cfg.maxoutK * l.units : l.units, { seed: 0, value: 0 }),
            bias: 0,
            bn: null,
            pieces: act === 'maxout' ? cfg.maxoutK : 1,
          };
          const one = theoryLayer(activationById[act], spec, { ...prev, rho: 0 });
          check(`${init} layer ${i + 1} one-step Var(z)`, one.preVar, l.preVar, TOLERANCE);
          check(`${init} layer ${i + 1} one-step Var(a)`, one.actVar, l.actVar, TOLERANCE);
        });
      }
      x.dispose();
    });
    expect(bad).toEqual([]);
    expect(leaked).toBe(0);
  }, 180_000);
});
