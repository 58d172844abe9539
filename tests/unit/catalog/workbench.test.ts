// The loss workbench reproduces the lectures' tables (recap lecture: cross-entropy and hinge worked examples,
// hinge vs cross-entropy for three models, naive L2 vs L1), from the registry's own functions.
import { describe, expect, it } from 'vitest';
import { evaluateScores, REGRESSION_EXAMPLE, regressionSummary, SCORE_TABLES, sigmoidOutput } from '../../../src/catalog/workbench';

const table = (id: string) => evaluateScores(SCORE_TABLES.find((t) => t.id === id)!.examples);
const row = (id: string, loss: string) => table(id).losses.find((l) => l.id === loss)!;

describe('three images, three classes', () => {
  it('cross-entropy 2.04 / 0.079 / 6.156, mean 2.76 (natural log)', () => {
    const ce = row('three-images', 'cross-entropy');
    expect(ce.values[0]).toBeCloseTo(2.04, 2);
    expect(ce.values[1]).toBeCloseTo(0.079, 3);
    expect(ce.values[2]).toBeCloseTo(6.156, 3);
    expect(ce.mean).toBeCloseTo(2.76, 2);
  });

  it('hinge 2.9 / 0 / 12.9, mean 5.3', () => {
    const h = row('three-images', 'hinge');
    expect(h.values[0]).toBeCloseTo(2.9, 10);
    expect(h.values[1]).toBe(0);
    expect(h.values[2]).toBeCloseTo(12.9, 10);
    expect(h.mean).toBeCloseTo(5.27, 2);
    expect(h.mean.toFixed(1)).toBe('5.3');
    // Right with a margin: hinge's gradient is exactly zero, cross-entropy's is not.
    expect(h.grads[1]).toEqual([0, 0, 0]);
    expect(row('three-images', 'cross-entropy').grads[1].every((g) => g !== 0)).toBe(true);
  });

  it('softmax probabilities sum to 1', () => {
    for (const p of table('three-images').probs) expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('one image, three models (y = 0)', () => {
  it('hinge 0 / 12 / 0; cross-entropy 0.049 / 5.70 / ≈ 3e-11', () => {
    expect(row('three-models', 'hinge').values).toEqual([0, 12, 0]);
    const ce = row('three-models', 'cross-entropy').values;
    expect(ce[0]).toBeCloseTo(0.049, 3);
    expect(ce[1]).toBeCloseTo(5.70, 2);
    // −ln(e⁵/(e⁵ + 2e⁻²⁰)) = ln(1 + 2e⁻²⁵) ≈ 2e⁻²⁵ = 2.78e-11 (the slide's "2·10⁻¹¹" rounds this down)
    expect(ce[2] / (2 * Math.exp(-25))).toBeGreaterThan(0.99);
    expect(ce[2] / (2 * Math.exp(-25))).toBeLessThan(1.01);
    expect(Number(ce[2].toExponential(0))).toBe(3e-11);
  });
});

describe('naive L2 vs L1', () => {
  it('the lecture’s 4 × 4 example: L2 = 9 + 16 + 4 + 4 = 33, L1 = 3 + 4 + 2 + 2 = 11', () => {
    const r = regressionSummary(REGRESSION_EXAMPLE.y, REGRESSION_EXAMPLE.f);
    expect(r.l2).toBe(33);
    expect(r.l1).toBe(11);
  });

  it('an outlier moves the mean (L2’s best constant) but not the median (L1’s)', () => {
    const y: number[] = [...REGRESSION_EXAMPLE.y];
    const before = regressionSummary(y, REGRESSION_EXAMPLE.f);
    expect(before.median).toBe(23.5);
    expect(before.mean).toBeCloseTo(23.3125, 10);
    y[13] = 640; // 64 → 640
    const after = regressionSummary(y, REGRESSION_EXAMPLE.f);
    expect(after.median).toBe(23.5);
    expect(after.mean - before.mean).toBeCloseTo(576 / 16, 10);
  });
});

describe('sigmoid output (TBMI26: sigmoid and cross-entropy balance each other)', () => {
  it('cross-entropy’s gradient is σ − y; squared error’s vanishes when σ saturates on the wrong side', () => {
    const wrong = sigmoidOutput(-8, 1);
    expect(wrong.ceGrad).toBeCloseTo(-1, 3);
    expect(Math.abs(wrong.mseGrad)).toBeLessThan(1e-3);
    expect(wrong.ce).toBeCloseTo(8, 3);
  });
});
