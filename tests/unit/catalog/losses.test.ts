// Losses: tfjs against the plain-number reference on a batch, tf.grad against central differences,
// worked examples computed by hand, and the extreme scores that break a naive softmax.
import { describe, expect, it } from 'vitest';
import { LOSSES, lossById, type Loss } from '../../../src/catalog/losses';
import type { Tensor2D } from '../../../src/catalog/types';
import { leakedBy, tf } from '../engine/tf';

// Three examples, four classes; no ties, so hinge and MAE are differentiable here.
const SCORES = [
  [0.3, -1.2, 2.1, 0.55],
  [-0.7, 0.15, -0.05, 1.3],
  [1.9, 0.4, -2.2, -0.35],
];
const LABELS = [2, 0, 1];
const oneHot = (labels: number[], k: number) => labels.map((y) => Array.from({ length: k }, (_, i) => (i === y ? 1 : 0)));
const meanRef = (l: Loss, scores: number[][]) => scores.reduce((s, row, i) => s + l.ref(row, LABELS[i]), 0) / scores.length;

async function tfLoss(l: Loss, scores: number[][], labels: number[]): Promise<number> {
  const v = tf.tidy(() =>
    l.apply(tf, tf.tensor2d(scores) as Tensor2D, tf.tensor2d(oneHot(labels, scores[0].length)) as Tensor2D),
  );
  const out = (await v.data())[0];
  v.dispose();
  return out;
}

describe.each(LOSSES.map((l) => [l.id, l] as const))('%s', (_id, l: Loss) => {
  it('matches the mean of its reference over a batch (|Δ| < 1e-5)', async () => {
    const leaked = await leakedBy(async () => {
      expect(Math.abs((await tfLoss(l, SCORES, LABELS)) - meanRef(l, SCORES))).toBeLessThan(1e-5);
    });
    expect(leaked).toBe(0);
  });

  it('has tf.grad equal to a central difference of the reference (|Δ| < 1e-3)', async () => {
    const leaked = await leakedBy(async () => {
      const y = tf.tensor2d(oneHot(LABELS, 4)) as Tensor2D;
      const g = tf.tidy(() => tf.grad((s) => l.apply(tf, s as Tensor2D, y))(tf.tensor2d(SCORES) as Tensor2D));
      const got = await g.data();
      tf.dispose([g, y]);
      const h = 1e-4;
      SCORES.forEach((row, i) =>
        row.forEach((_, k) => {
          const shifted = (d: number) => SCORES.map((r, ri) => r.map((v, ki) => (ri === i && ki === k ? v + d : v)));
          const fd = (meanRef(l, shifted(h)) - meanRef(l, shifted(-h))) / (2 * h);
          expect(Math.abs(got[i * 4 + k] - fd)).toBeLessThan(1e-3);
        }),
      );
    });
    expect(leaked).toBe(0);
  });

  it('has refGrad equal to a central difference of its reference (|Δ| < 1e-6)', () => {
    const h = 1e-5;
    SCORES.forEach((row, i) => {
      const g = l.refGrad(row, LABELS[i]);
      row.forEach((_, k) => {
        const at = (d: number) => l.ref(row.map((v, j) => (j === k ? v + d : v)), LABELS[i]);
        expect(Math.abs(g[k] - (at(h) - at(-h)) / (2 * h))).toBeLessThan(1e-6);
      });
    });
  });

  it('stays finite for the extreme scores [5, −20, −20], whichever class is true', async () => {
    for (const label of [0, 1]) {
      expect(Number.isFinite(l.ref([5, -20, -20], label))).toBe(true);
      expect(Number.isFinite(await tfLoss(l, [[5, -20, -20]], [label]))).toBe(true);
    }
  });
});

describe('worked examples, scores [3, 1, −2] with true class 0', () => {
  const s = [3, 1, -2];
  // By hand: each line spells out the arithmetic.
  const expected: Record<string, number> = {
    // log(e³ + e¹ + e⁻²) − 3 = log(1 + e⁻² + e⁻⁵) = log(1.142073)
    'cross-entropy': 0.132845,
    // ((3−1)² + 1² + (−2)²) / 3
    mse: 3,
    // (2 + 1 + 2) / 3
    mae: 5 / 3,
    // max(0, 1−3+1) + max(0, −2−3+1) = 0 + 0: the margin is met, so hinge is exactly 0
    hinge: 0,
    // 1 − 3/√(9+1+4)
    cosine: 0.198216,
    // softplus(3) − 3 + softplus(1) + softplus(−2) = 0.048587 + 1.313262 + 0.126928
    bce: 1.488777,
    // p = softmax(s) = [0.87559, 0.11850, 0.00590]; log(e^0.87559 + e^0.11850 + e^0.00590) − 0.87559
    'softmax-twice': 0.635572,
    // ((0.87559 − 1)² + 0.11850² + 0.00590²) / 3 = (0.015478 + 0.014042 + 0.000035) / 3
    'mse-softmax': 0.009851,
  };
  it.each(Object.entries(expected))('%s', async (id, want) => {
    const l = lossById[id as keyof typeof lossById];
    expect(l.ref(s, 0)).toBeCloseTo(want, 5);
    expect(await tfLoss(l, [s], [0])).toBeCloseTo(want, 5);
  });

  it('hinge is 0 where cross-entropy is not: the margin is met but the softmax is not one-hot', () => {
    expect(lossById.hinge.ref(s, 0)).toBe(0);
    expect(lossById['cross-entropy'].ref(s, 0)).toBeGreaterThan(0.1);
  });

  it('hinge sums the margin violations: [1, 0.5, 2], class 0 → 0.5 + 2', () => {
    expect(lossById.hinge.ref([1, 0.5, 2], 0)).toBeCloseTo(2.5, 12);
  });

  it('softmax-twice cannot fall below log(e + 9) − 1 ≈ 1.46 for ten classes', () => {
    // Even a perfect, infinitely confident net cannot push it below log(e + 9) − 1 ≈ 1.46.
    const perfect = [50, ...Array(9).fill(-50)];
    expect(lossById['softmax-twice'].ref(perfect, 0)).toBeCloseTo(Math.log(Math.E + 9) - 1, 6);
  });
});
