// Numbers stated in the teaching notes, recomputed from the formulas they describe (issue 11, section 1).
import { describe, expect, it } from 'vitest';
import { activationById, preluRef } from '../../../src/catalog/activations';
import { gaussExpect } from '../../../src/catalog/gaussHermite';
import { initializerById, INITIALIZERS } from '../../../src/catalog/initializers';
import { lossById } from '../../../src/catalog/losses';
import { optimizerById, type RefState } from '../../../src/catalog/optimizers';
import { leakedBy, tf } from '../engine/tf';

describe('Adam without bias correction', () => {
  // With a constant gradient g: m_t = (1 − β₁ᵗ) g and v_t = (1 − β₂ᵗ) g², so the uncorrected m/√v is
  // (1 − β₁ᵗ)/√(1 − β₂ᵗ) times the corrected step. Measured here from the reference's own slots.
  const ratioAt = (t: number) => {
    const adam = optimizerById.adam;
    const h = { lr: 0.001, momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 0, t: 0 };
    let s: RefState = { w: [0], slots: [[0], [0]] };
    let step = 0;
    for (let i = 1; i <= t; i++) {
      const next = adam.ref(s, [0.37], { ...h, t: i });
      step = Math.abs(next.w[0] - s.w[0]) / h.lr;
      s = next;
    }
    return s.slots[0][0] / Math.sqrt(s.slots[1][0]) / step;
  };

  it('would step 3.2× too far at t = 1 and 6.5× at t = 10 (too large, not too small)', () => {
    expect(ratioAt(1)).toBeCloseTo(0.1 / Math.sqrt(0.001), 6);
    expect(ratioAt(1).toFixed(1)).toBe('3.2');
    expect(ratioAt(10).toFixed(1)).toBe('6.5');
    expect(optimizerById.adam.note).toMatch(/3\.2× at t = 1/);
    expect(optimizerById.adam.note).toMatch(/6\.5× at/);
    expect(optimizerById.adam.note).not.toMatch(/tiny/);
  });
});

describe('PReLU', () => {
  it('formula max(0, x) + a·min(0, x) equals the tfjs implementation for slopes above 1, where max(a·x, x) differs', async () => {
    const leaked = await leakedBy(async () => {
      const xs = [-2, -0.5, 0.5, 3];
      const slope = tf.tidy(() => tf.variable(tf.tensor1d([1.5, 1.5, 1.5, 1.5])));
      const out = tf.tidy(() => activationById.prelu.apply(tf, tf.tensor2d([xs]), { params: [slope], maxoutK: 2 }));
      const got = Array.from(await out.data());
      xs.forEach((x, i) => expect(got[i]).toBeCloseTo(preluRef(x, 1.5), 6));
      // The old formula would give max(1.5·3, 3) = 4.5 for x = 3, where the layer outputs 3.
      expect(Math.max(1.5 * 3, 3)).not.toBeCloseTo(got[3], 3);
      tf.dispose([slope, out]);
    });
    expect(leaked).toBe(0);
    expect(activationById.prelu.formula).toContain('\\min(0, x_j)');
  });
});

describe('initializer notes', () => {
  it('the ×4 sigmoid variant has 16× Xavier uniform’s variance, and a sample shows it', async () => {
    const x4 = initializerById['xavier-uniform-sigmoid'];
    const plain = initializerById['xavier-uniform'];
    expect(x4.moments(500, 500, { seed: 0, value: 0 }).variance).toBeCloseTo(16 * plain.moments(500, 500, { seed: 0, value: 0 }).variance, 12);
    const leaked = await leakedBy(async () => {
      const w = x4.sample(tf, 400, 300, { seed: 5, value: 0 });
      const v = tf.tidy(() => tf.moments(w).variance);
      expect((await v.data())[0] / (32 / 700)).toBeGreaterThan(0.97);
      expect((await v.data())[0] / (32 / 700)).toBeLessThan(1.03);
      tf.dispose([w, v]);
    });
    expect(leaked).toBe(0);
  });

  it('He: ReLU halves E[a²] (not the variance); Var(a) ≈ 0.34 v', () => {
    const relu = activationById.relu.ref;
    const second = gaussExpect((z) => relu(z) ** 2, 0, 1);
    const mean = gaussExpect(relu, 0, 1);
    expect(second).toBeCloseTo(0.5, 10);
    expect(Math.abs((second - mean ** 2) / (0.5 - 1 / (2 * Math.PI)) - 1)).toBeLessThan(0.02);
    expect(second - mean ** 2).toBeCloseTo(0.34, 1);
    expect(initializerById['he-normal'].note).toMatch(/E\[a²\]/);
  });

  it('orthogonal: a 784 → 128 projection does not keep lengths; 128 → 128 does', async () => {
    const leaked = await leakedBy(async () => {
      for (const [nIn, nOut, keeps] of [[784, 128, false], [128, 128, true]] as const) {
        const ratio = tf.tidy(() => {
          const W = initializerById.orthogonal.sample(tf, nIn, nOut, { seed: 2, value: 0 });
          const x = tf.randomNormal([1, nIn], 0, 1, 'float32', 9);
          return tf.div(tf.norm(tf.matMul(x, W)), tf.norm(x));
        });
        const r = (await ratio.data())[0];
        ratio.dispose();
        if (keeps) expect(r).toBeCloseTo(1, 4);
        else expect(r).toBeLessThan(0.6);
      }
    });
    expect(leaked).toBe(0);
    expect(initializerById.orthogonal.note).toMatch(/projection/);
  });

  it('one notation: N(μ, σ²) with the variance as the second argument in every label and formula', () => {
    for (const i of INITIALIZERS) expect(`${i.label} ${i.formula}`).not.toMatch(/N\(0, 0\.01\)|\{N\}\(0, 0\.01\)/);
    expect(initializerById['normal-0.01'].formula).toContain('0.01^2');
  });
});

describe('MSE notes', () => {
  it('MSE on logits has a gradient that grows with the error; MSE on softmax fades when a wrong class wins', () => {
    const wrong = [0, 8, 0]; // class 1 wins confidently, class 0 is true
    const right = [0, 1, 0];
    const onLogits = lossById.mse.refGrad;
    expect(Math.abs(onLogits(wrong, 0)[1])).toBeGreaterThan(Math.abs(onLogits(right, 0)[1]));
    const onProbs = lossById['mse-softmax'].refGrad;
    const ce = lossById['cross-entropy'].refGrad;
    // The true class's gradient: cross-entropy ≈ −1, MSE on the probabilities ≈ 0.
    expect(ce(wrong, 0)[0]).toBeLessThan(-0.99);
    expect(Math.abs(onProbs(wrong, 0)[0])).toBeLessThan(1e-3);
    expect(lossById.mse.note).not.toMatch(/fades just when/);
  });
});
