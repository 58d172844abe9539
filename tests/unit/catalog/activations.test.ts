// Each activation's tfjs implementation against its plain-number reference, and tf.grad against central
// finite differences of the reference. Points avoid the kink at 0, where the derivative is not defined.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, activationById, type Activation } from '../../../src/catalog/activations';
import type { Tensor2D } from '../../../src/catalog/types';
import { leakedBy, tf } from '../engine/tf';

const POINTS = [-3.1, -1.5, -0.3, 0.2, 0.7, 2.5];
const H = 1e-4;
const fd = (f: (x: number) => number, x: number) => (f(x + H) - f(x - H)) / (2 * H);

/** Maxout with k = 2 and pieces (x, 0) is max(x, 0), which is what its reference plots. */
const preRow = (a: Activation, xs: number[]) =>
  a.id === 'maxout' ? tf.tensor2d(xs.flatMap((x) => [x, 0]), [1, xs.length * 2]) : tf.tensor2d(xs, [1, xs.length]);

describe.each(ACTIVATIONS.map((a) => [a.id, a] as const))('%s', (_id, a: Activation) => {
  it('matches its reference at fixed points (|Δ| < 1e-5)', async () => {
    const leaked = await leakedBy(async () => {
      const params = a.createParams?.(tf, POINTS.length) ?? [];
      const out = tf.tidy(() => a.apply(tf, preRow(a, POINTS), { params, maxoutK: 2 }));
      const got = await out.data();
      out.dispose();
      params.forEach((p) => p.dispose());
      POINTS.forEach((x, i) => expect(Math.abs(got[i] - a.ref(x))).toBeLessThan(1e-5));
    });
    expect(leaked).toBe(0);
  });

  it('has tf.grad equal to a central difference of the reference (|Δ| < 1e-3), and refGrad too (< 1e-6)', async () => {
    const leaked = await leakedBy(async () => {
      const params = a.createParams?.(tf, POINTS.length) ?? [];
      const g = tf.tidy(() =>
        tf.grad((x) => tf.sum(a.apply(tf, x as Tensor2D, { params, maxoutK: 2 })))(preRow(a, POINTS)),
      );
      const got = await g.data();
      g.dispose();
      params.forEach((p) => p.dispose());
      POINTS.forEach((x, i) => {
        const gi = a.id === 'maxout' ? got[2 * i] : got[i];
        expect(Math.abs(gi - fd(a.ref, x))).toBeLessThan(1e-3);
        expect(Math.abs(a.refGrad(x) - fd(a.ref, x))).toBeLessThan(1e-6);
      });
    });
    expect(leaked).toBe(0);
  });
});

describe('maxout', () => {
  it('takes the max over each unit’s k consecutive pieces, k = 3', async () => {
    const leaked = await leakedBy(async () => {
      const out = tf.tidy(() => {
        const pre = tf.tensor2d([[1, 5, -2, 0, -1, -3], [-4, -5, -6, 7, 8, 9]], [2, 6]);
        return activationById.maxout.apply(tf, pre, { params: [], maxoutK: 3 });
      });
      expect(out.shape).toEqual([2, 2]);
      expect(Array.from(await out.data())).toEqual([5, 0, -4, 9]);
      out.dispose();
    });
    expect(leaked).toBe(0);
  });
});

describe('prelu', () => {
  it('has one slope per unit starting at 0.25, whose gradient is x for negative x', async () => {
    const leaked = await leakedBy(async () => {
      const a = activationById.prelu;
      const [slope] = a.createParams!(tf, 3);
      expect(Array.from(await slope.data())).toEqual([0.25, 0.25, 0.25]);
      const pre = tf.tensor2d([[-2, 3, -0.5], [-1, -1, 4]], [2, 3]);
      const g = tf.grad((s) => tf.sum(a.apply(tf, pre, { params: [s as typeof slope], maxoutK: 2 })))(slope);
      // d/da Σ max(a x, x) = Σ over the batch of x where x < 0.
      expect(Array.from(await g.data())).toEqual([-3, -1, -0.5]);
      tf.dispose([slope, pre, g]);
    });
    expect(leaked).toBe(0);
  });
});
