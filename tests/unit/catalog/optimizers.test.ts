// Optimizers on the quadratic f(w) = ½ Σ aᵢ wᵢ², whose gradient is aᵢ wᵢ: hand-computed updates, then the
// tfjs update against the plain-number reference over many steps.
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, optimizerById, type OptHyper, type Optimizer, type RefState } from '../../../src/catalog/optimizers';
import { leakedBy, tf } from '../engine/tf';

const A = [1, 4, 0.01];
const W0 = [1, -2, 0.5];
const grad = (w: readonly number[]) => w.map((wi, i) => A[i] * wi);
const hyper = (over: Partial<OptHyper> = {}): OptHyper => ({
  lr: 0.1,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  t: 1,
  ...over,
});

/** `n` tfjs updates from W0; the gradient is computed by tfjs from the same quadratic. */
async function tfSteps(opt: Optimizer, n: number, h: Partial<OptHyper> = {}): Promise<number[]> {
  const w = tf.tidy(() => tf.variable(tf.tensor1d(W0)));
  const a = tf.tensor1d(A);
  const slots = opt.slots.map(() => tf.tidy(() => tf.variable(tf.fill([W0.length], opt.slotInit ?? 0))));
  for (let t = 1; t <= n; t++) {
    tf.tidy(() => {
      const { grads } = tf.variableGrads(() => tf.mul(0.5, tf.sum(tf.mul(a, tf.square(w)))), [w]);
      opt.update(tf, w, grads[w.name], slots, hyper({ ...h, t }));
    });
  }
  const out = Array.from(await w.data());
  tf.dispose([w, a, ...slots]);
  return out;
}

function refSteps(opt: Optimizer, n: number, h: Partial<OptHyper> = {}): number[] {
  let s: RefState = { w: [...W0], slots: opt.slots.map(() => W0.map(() => opt.slotInit ?? 0)) };
  for (let t = 1; t <= n; t++) s = opt.ref(s, grad(s.w), hyper({ ...h, t }));
  return s.w;
}

const expectClose = (got: number[], want: number[], tol: number) =>
  want.forEach((v, i) => expect(Math.abs(got[i] - v)).toBeLessThan(tol));

describe('hand-computed updates (tolerance 1e-6; float32 on the tfjs side)', () => {
  // g₀ = a ⊙ w₀ = [1, −8, 0.005].
  const cases: [string, number, Partial<OptHyper>, number[]][] = [
    // w₁ = w₀ − 0.1 g₀
    ['sgd', 1, {}, [0.9, -1.2, 0.4995]],
    // v₁ = −0.1 g₀ = [−0.1, 0.8, −0.0005], w₁ = [0.9, −1.2, 0.4995]; g₁ = [0.9, −4.8, 0.004995];
    // v₂ = 0.9 v₁ − 0.1 g₁ = [−0.18, 1.2, −0.0009495], w₂ = w₁ + v₂
    ['momentum', 2, {}, [0.72, 0, 0.4985505]],
    // v₁ = [−0.1, 0.8, −0.0005]; w₁ = w₀ + 0.9 v₁ − 0.1 g₀ = [1 − 0.09 − 0.1, −2 + 0.72 + 0.8, 0.5 − 0.00045 − 0.0005]
    ['nesterov', 1, {}, [0.81, -0.48, 0.49905]],
    // G₁ = g₀², w₁ = w₀ − 0.1·sign(g₀) = [0.9, −1.9, 0.4]; g₁ = [0.9, −7.6, 0.004];
    // G₂ = [1.81, 121.76, 4.1e-5], w₂ = w₁ − 0.1 g₁/√G₂
    ['adagrad', 2, {}, [0.9 - 0.09 / Math.sqrt(1.81), -1.9 + 0.76 / Math.sqrt(121.76), 0.4 - 0.0004 / Math.sqrt(4.1e-5)]],
    // v₁ = 0.1 g₀², so the step is 0.01·g/(√0.1·|g|) = 0.01·√10 = 0.0316228 against the sign of g
    ['rmsprop', 1, { lr: 0.01, beta2: 0.9 }, [1 - 0.0316228, -2 + 0.0316228, 0.5 - 0.0316228]],
    // Adam and AdaMax: m̂ = g, v̂ = g² (u = |g|), so the first step is α·sign(g) in every coordinate
    ['adam', 1, { lr: 0.001 }, [0.999, -1.999, 0.499]],
    ['adamax', 1, { lr: 0.001 }, [0.999, -1.999, 0.499]],
  ];
  it.each(cases)('%s, %i step(s)', async (id, n, h, want) => {
    const opt = optimizerById[id as keyof typeof optimizerById];
    const leaked = await leakedBy(async () => {
      expectClose(refSteps(opt, n, h), want, 1e-6);
      expectClose(await tfSteps(opt, n, h), want, 1e-6);
    });
    expect(leaked).toBe(0);
  });

  it('adadelta, 1 step: Δ = −√ε/√(0.1 g² + ε)·g ≈ −0.0031623·sign(g) for |g| ≫ √ε', async () => {
    const h = { lr: 1, beta2: 0.9, eps: 1e-6 };
    const want = grad(W0).map((g, i) => W0[i] - (Math.sqrt(1e-6) / Math.sqrt(0.1 * g * g + 1e-6)) * g);
    expect(want[0]).toBeCloseTo(1 - 0.0031623, 6);
    expectClose(refSteps(optimizerById.adadelta, 1, h), want, 1e-9);
    expectClose(await tfSteps(optimizerById.adadelta, 1, h), want, 1e-6);
  });
});

describe("Adam's first step (bias correction)", () => {
  it('has magnitude α in every coordinate, whatever the gradient’s size (gradients 1, 8 and 0.005)', async () => {
    const w1 = await tfSteps(optimizerById.adam, 1, { lr: 0.001 });
    w1.forEach((w, i) => expect(Math.abs(Math.abs(w - W0[i]) - 0.001)).toBeLessThan(1e-6));
  });
});

describe.each(OPTIMIZERS.map((o) => [o.id, o] as const))('%s', (_id, opt: Optimizer) => {
  it('tfjs equals the reference over 20 steps (relative 1e-4)', async () => {
    const h = { lr: 0.05, beta2: 0.99, eps: 1e-6 };
    const leaked = await leakedBy(async () => {
      const got = await tfSteps(opt, 20, h);
      const want = refSteps(opt, 20, h);
      want.forEach((v, i) => expect(Math.abs(got[i] - v)).toBeLessThan(1e-4 * Math.max(1, Math.abs(v))));
      // And it moved: every optimizer here reduces this convex loss.
      const f = (w: number[]) => w.reduce((s, wi, i) => s + 0.5 * A[i] * wi * wi, 0);
      expect(f(want)).toBeLessThan(f(W0));
    });
    expect(leaked).toBe(0);
  });
});
