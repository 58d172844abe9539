// The loss workbench's worked examples and arithmetic. Every value comes from the loss registry's own
// plain-number `ref` and `refGrad`, so what the page shows is what the tests check. Natural logs throughout,
// as in the lectures (−ln of the softmax probability).
import { LOSSES, softmaxRef } from './losses';

export interface ScoreExample {
  name: string;
  /** One score per class. */
  scores: number[];
  /** Index of the true class. */
  label: number;
}

export interface ScoreTable {
  id: string;
  title: string;
  /** What to notice, in a sentence or two. */
  note: string;
  classes: string[];
  examples: ScoreExample[];
}

export const SCORE_TABLES: readonly ScoreTable[] = [
  {
    id: 'three-images',
    title: 'Three images, three classes',
    note:
      'The recap lecture\'s worked example: cross-entropy 2.04, 0.079 and 6.16 (mean 2.76); hinge 2.9, 0 and 12.9 ' +
      '(mean 5.3). Image 2 is right with a margin, so its hinge loss and hinge gradient are exactly 0; its ' +
      'cross-entropy is small but not 0, and so is its gradient.',
    // The recap lecture's classes are cat, chair and car; image i's true class is class i (the numbers match).
    classes: ['cat', 'chair', 'car'],
    examples: [
      { name: 'image 1 (cat)', scores: [3.2, 5.1, -1.7], label: 0 },
      { name: 'image 2 (chair)', scores: [1.3, 4.9, 2.0], label: 1 },
      { name: 'image 3 (car)', scores: [2.2, 2.5, -3.1], label: 2 },
    ],
  },
  {
    id: 'three-models',
    title: 'One image (true class 0), three models',
    note:
      'Hinge gives models 1 and 3 the same loss, 0, though model 3 is far more certain; cross-entropy tells them ' +
      'apart (0.049 vs ≈ 3e-11) and keeps a gradient for both. Model 2 is wrong: hinge 12, cross-entropy 5.70.',
    classes: ['class 0', 'class 1', 'class 2'],
    examples: [
      { name: 'model 1', scores: [5, -3, 2], label: 0 },
      { name: 'model 2', scores: [5, 10, 10], label: 0 },
      { name: 'model 3', scores: [5, -20, -20], label: 0 },
    ],
  },
];

export interface LossRow {
  id: string;
  label: string;
  /** L_i per example. */
  values: number[];
  mean: number;
  /** ∂L_i/∂s_k per example and class. */
  grads: number[][];
}

export interface TableResult {
  /** Softmax probabilities per example. */
  probs: number[][];
  losses: LossRow[];
}

/** Every loss in the registry on every example of a table. */
export function evaluateScores(examples: readonly ScoreExample[]): TableResult {
  return {
    probs: examples.map((e) => softmaxRef(e.scores)),
    losses: LOSSES.map((l) => {
      const values = examples.map((e) => l.ref(e.scores, e.label));
      return {
        id: l.id,
        label: l.label,
        values,
        mean: values.reduce((a, b) => a + b, 0) / values.length,
        grads: examples.map((e) => l.refGrad(e.scores, e.label)),
      };
    }),
  };
}

/** The recap lecture's naive L2 vs L1 example: targets y and predictions f(x), 4 × 4, read row by row. */
export const REGRESSION_EXAMPLE = {
  y: [12, 24, 42, 23, 34, 32, 5, 2, 12, 31, 12, 31, 31, 64, 5, 13],
  f: [15, 20, 40, 25, 34, 32, 5, 2, 12, 31, 12, 31, 31, 64, 5, 13],
} as const;

export const median = (v: readonly number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Sums of squared and absolute differences, and the single constant each loss would pick for the targets:
 * Σ(y − c)² is smallest at the mean, Σ|y − c| at the median — so one outlier drags the L2 choice, not the L1 one.
 */
export function regressionSummary(y: readonly number[], f: readonly number[]) {
  return {
    l2: y.reduce((s, yi, i) => s + (yi - f[i]) ** 2, 0),
    l1: y.reduce((s, yi, i) => s + Math.abs(yi - f[i]), 0),
    mean: y.reduce((a, b) => a + b, 0) / y.length,
    median: median(y),
  };
}

/**
 * The TBMI26 lecture's single sigmoid output z with target y: squared error on σ(z) has gradient
 * 2(σ − y)·σ(1 − σ), which vanishes when σ saturates on the wrong side; cross-entropy's is σ − y.
 */
export function sigmoidOutput(z: number, y: 0 | 1) {
  const s = 1 / (1 + Math.exp(-z));
  const bce = LOSSES.find((l) => l.id === 'bce')!;
  // bce on one score with label 0 is −ln σ(z) (target 1); a target of 0 flips the sign of z.
  const ce = y === 1 ? bce.ref([z], 0) : bce.ref([-z], 0);
  return { sigma: s, mse: (s - y) ** 2, mseGrad: 2 * (s - y) * s * (1 - s), ce, ceGrad: s - y };
}
