// Losses on the output layer's scores (logits). Each is a mean over the batch, so its size does not
// depend on the batch size. Accuracy is always the argmax of the logits (softmax is monotonic).
import { indexById, type CatalogEntry, type Scalar, type TF, type Tensor2D } from './types';

export interface Loss extends CatalogEntry {
  /** tfjs: logits [batch, classes] and one-hot targets [batch, classes] → mean loss (scalar). */
  apply: (tf: TF, logits: Tensor2D, oneHot: Tensor2D) => Scalar;
  /** Plain-number reference: one example's loss from its scores and true class. */
  ref: (scores: readonly number[], label: number) => number;
}

/** log Σ exp(s) computed as m + log Σ exp(s − m), so scores like [5, −20, −20] stay finite. */
export function logSumExp(scores: readonly number[]): number {
  const m = Math.max(...scores);
  return m + Math.log(scores.reduce((s, v) => s + Math.exp(v - m), 0));
}

export function softmaxRef(scores: readonly number[]): number[] {
  const lse = logSumExp(scores);
  return scores.map((s) => Math.exp(s - lse));
}

export const LOSSES = [
  {
    id: 'cross-entropy',
    label: 'Cross-entropy (softmax)',
    formula: 'L = -\\log \\frac{e^{s_y}}{\\sum_k e^{s_k}} = -s_y + \\log \\sum_k e^{s_k}',
    note:
      'The negative log-likelihood of a categorical (softmax) model: the maximum-likelihood loss for ' +
      'classification. It never reaches 0, so it keeps pushing the true class up even when the answer is ' +
      'already right. Computed from the logits with log-sum-exp, so it stays finite for extreme scores.',
    lecture: 'Losses from maximum likelihood',
    apply: (tf, logits, oneHot) => tf.mean(tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(logits, oneHot), 1))),
    ref: (scores, label) => logSumExp(scores) - scores[label],
  },
  {
    id: 'mse',
    label: 'Mean squared error (L2)',
    formula: 'L = \\frac{1}{K}\\sum_k (s_k - t_k)^2',
    note:
      'Maximum likelihood under Gaussian noise: right for regression. On one-hot targets it punishes a confident ' +
      'right answer for overshooting 1, and its gradient fades just when a wrong class wins, so classification ' +
      'learns slower than with cross-entropy.',
    lecture: 'Losses from maximum likelihood',
    apply: (tf, logits, oneHot) => tf.mean(tf.squaredDifference(logits, oneHot)),
    ref: (scores, label) => scores.reduce((s, v, k) => s + (v - (k === label ? 1 : 0)) ** 2, 0) / scores.length,
  },
] as const satisfies readonly Loss[];

export type LossId = (typeof LOSSES)[number]['id'];
export const LOSS_IDS = LOSSES.map((l) => l.id) as [LossId, ...LossId[]];
export const lossById: Readonly<Record<LossId, Loss>> = indexById<Loss & { id: LossId }>(LOSSES);
