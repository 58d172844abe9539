// Initializers: sample moments of a 512×512 matrix against each entry's formula, and orthogonality.
import { describe, expect, it } from 'vitest';
import { INITIALIZERS, initializerById, type Initializer } from '../../../src/catalog/initializers';
import { leakedBy, tf } from '../engine/tf';

const N = 512;
const OPTS = { seed: 42, value: 0.05 };

async function sampleMoments(init: Initializer, nIn: number, nOut: number) {
  const W = init.sample(tf, nIn, nOut, OPTS);
  expect(W.shape).toEqual([nIn, nOut]);
  const v = Array.from(await W.data());
  W.dispose();
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length;
  return { mean, variance };
}

describe.each(INITIALIZERS.map((i) => [i.id, i] as const))('%s', (_id, init: Initializer) => {
  it('has the sample mean and variance of its formula over 512×512, within 5 %', async () => {
    const leaked = await leakedBy(async () => {
      const want = init.moments(N, N, OPTS);
      const got = await sampleMoments(init, N, N);
      // The mean's 5 % is taken of the spread (a mean of 0 has no relative error).
      expect(Math.abs(got.mean - want.mean)).toBeLessThanOrEqual(0.05 * Math.max(Math.abs(want.mean), Math.sqrt(want.variance)) + 1e-7);
      expect(Math.abs(got.variance - want.variance)).toBeLessThanOrEqual(0.05 * want.variance + 1e-12);
    });
    expect(leaked).toBe(0);
  });
});

describe('the uniform initializer', () => {
  it('has variance 1/12, independent of the layer size: Var(y) = n/12·Var(x)', () => {
    expect(initializerById.uniform.moments(784, 128, OPTS).variance).toBeCloseTo(1 / 12, 12);
    expect(initializerById.uniform.moments(16, 16, OPTS).variance).toBeCloseTo(1 / 12, 12);
  });
});

describe('orthogonal', () => {
  /** WᵀW [nOut, nOut] for a tall W, WWᵀ [nIn, nIn] for a wide one. */
  async function gram(nIn: number, nOut: number, tall: boolean): Promise<Float32Array> {
    const G = tf.tidy(() => {
      const W = initializerById.orthogonal.sample(tf, nIn, nOut, OPTS);
      return tall ? tf.matMul(W, W, true, false) : tf.matMul(W, W, false, true);
    });
    const out = (await G.data()) as Float32Array;
    G.dispose();
    return out;
  }
  it.each([
    [784, 128, true],
    [128, 784, false],
    [64, 64, true],
  ] as const)('%i×%i gives an identity Gram matrix on its shorter side (|Δ| < 1e-5)', async (nIn, nOut, tall) => {
    const before = tf.memory().numTensors;
    const g = await gram(nIn, nOut, tall);
    const m = Math.min(nIn, nOut);
    let worst = 0;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) worst = Math.max(worst, Math.abs(g[i * m + j] - (i === j ? 1 : 0)));
    expect(worst).toBeLessThan(1e-5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
