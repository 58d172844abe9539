// Losses on the output layer's scores (logits). Each is a mean over the batch, so its size does not
// depend on the batch size. Accuracy is always the argmax of the logits (softmax is monotonic).
import { sigmoid, softplus } from './mathRef';
import { indexById, type CatalogEntry, type Scalar, type TF, type Tensor2D } from './types';

export interface Loss extends CatalogEntry {
  /** tfjs: logits [batch, classes] and one-hot targets [batch, classes] → mean loss (scalar). */
  apply: (tf: TF, logits: Tensor2D, oneHot: Tensor2D) => Scalar;
  /** Plain-number reference: one example's loss from its scores and true class. */
  ref: (scores: readonly number[], label: number) => number;
  /** Plain-number ∂ref/∂s_k for every score k: the gradient the loss workbench shows. */
  refGrad: (scores: readonly number[], label: number) => number[];
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

/** Back through a softmax: p = softmax(s), g = ∂L/∂p → ∂L/∂s_k = p_k (g_k − Σ_j p_j g_j). */
function throughSoftmax(p: readonly number[], g: readonly number[]): number[] {
  const dot = p.reduce((s, pj, j) => s + pj * g[j], 0);
  return p.map((pk, k) => pk * (g[k] - dot));
}

/** Guards cosine's division when every score is 0 (e.g. zero-initialised weights). */
const COSINE_EPS = 1e-12;

/** Score of the true class per example: [batch, classes] → [batch, 1]. */
const trueScore = (tf: TF, logits: Tensor2D, oneHot: Tensor2D) => tf.sum(tf.mul(logits, oneHot), 1, true);

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
    // ∂L/∂s = p − t: never exactly 0 while p_y < 1.
    refGrad: (scores, label) => softmaxRef(scores).map((p, k) => p - (k === label ? 1 : 0)),
  },
  {
    id: 'mse',
    label: 'Mean squared error (L2)',
    formula: 'L = \\frac{1}{K}\\sum_k (s_k - t_k)^2',
    note:
      'Maximum likelihood under Gaussian noise: right for regression. Here it is applied to the raw scores, so ' +
      '∂L/∂s_k = 2(s_k − t_k)/K grows with the error and never fades; but it punishes a confident right answer for ' +
      'overshooting 1, and the 1/K mean makes its gradient about 5× smaller than cross-entropy\'s. The fading ' +
      'gradient belongs to MSE on softmax or sigmoid outputs (the next entry).',
    lecture: 'Losses from maximum likelihood',
    apply: (tf, logits, oneHot) => tf.mean(tf.squaredDifference(logits, oneHot)),
    ref: (scores, label) => scores.reduce((s, v, k) => s + (v - (k === label ? 1 : 0)) ** 2, 0) / scores.length,
    refGrad: (scores, label) => scores.map((v, k) => (2 * (v - (k === label ? 1 : 0))) / scores.length),
  },
  {
    id: 'mse-softmax',
    label: 'MSE on softmax probabilities',
    formula: 'L = \\frac{1}{K}\\sum_k (p_k - t_k)^2,\\quad \\mathbf{p} = \\operatorname{softmax}(\\mathbf{s})',
    note:
      'Squared error between the softmax probabilities and the one-hot target. Its gradient passes back through the ' +
      'softmax, ∂p_k/∂s_k = p_k(1 − p_k), so when a wrong class wins confidently (p_y ≈ 0) the gradient nearly ' +
      'vanishes just when it is needed most. Cross-entropy\'s log cancels that factor: ∂L/∂s = p − t.',
    lecture: 'Losses from maximum likelihood',
    apply: (tf, logits, oneHot) => tf.mean(tf.squaredDifference(tf.softmax(logits), oneHot)),
    ref: (scores, label) => softmaxRef(scores).reduce((s, p, k) => s + (p - (k === label ? 1 : 0)) ** 2, 0) / scores.length,
    refGrad: (scores, label) => {
      const p = softmaxRef(scores);
      return throughSoftmax(p, p.map((pk, k) => (2 * (pk - (k === label ? 1 : 0))) / scores.length));
    },
  },
  {
    id: 'mae',
    label: 'Mean absolute error (L1)',
    formula: 'L = \\frac{1}{K}\\sum_k |s_k - t_k|',
    note:
      'Maximum likelihood under Laplace noise: an outlier costs in proportion to its error, not its square, ' +
      'so it is robust. Its gradient has the same size however close the answer is, so it never slows down ' +
      'near the target, and on classification it learns slowly.',
    lecture: 'Losses from maximum likelihood',
    apply: (tf, logits, oneHot) => tf.mean(tf.abs(tf.sub(logits, oneHot))),
    ref: (scores, label) => scores.reduce((s, v, k) => s + Math.abs(v - (k === label ? 1 : 0)), 0) / scores.length,
    refGrad: (scores, label) => scores.map((v, k) => Math.sign(v - (k === label ? 1 : 0)) / scores.length),
  },
  {
    id: 'hinge',
    label: 'Hinge (multiclass SVM)',
    formula: 'L = \\sum_{k \\ne y} \\max(0,\\ s_k - s_y + 1)',
    note:
      'Wants the true score to beat every other score by a margin of 1, and then is exactly 0: examples ' +
      'already classified with margin stop contributing, unlike cross-entropy, which never stops pushing. ' +
      'The scores are not probabilities.',
    lecture: 'Losses',
    // margins [batch, classes]: the true class's own term (always 1) is masked out.
    apply: (tf, logits, oneHot) =>
      tf.mean(tf.sum(tf.mul(tf.relu(tf.add(tf.sub(logits, trueScore(tf, logits, oneHot)), 1)), tf.sub(1, oneHot)), 1)),
    ref: (scores, label) => scores.reduce((s, v, k) => (k === label ? s : s + Math.max(0, v - scores[label] + 1)), 0),
    // Each violated margin pushes its class down by 1 and the true class up by 1; met margins give exactly 0.
    refGrad: (scores, label) => {
      const viol = scores.map((v, k) => (k !== label && v - scores[label] + 1 > 0 ? 1 : 0));
      const n = viol.reduce((a: number, b) => a + b, 0);
      return viol.map((x, k) => (k === label ? 0 - n : x)); // 0 − n: no −0 when nothing is violated
    },
  },
  {
    id: 'cosine',
    label: 'Cosine distance',
    formula: 'L = 1 - \\frac{\\mathbf{s}\\cdot\\mathbf{t}}{\\lVert\\mathbf{s}\\rVert\\,\\lVert\\mathbf{t}\\rVert} = 1 - \\frac{s_y}{\\lVert\\mathbf{s}\\rVert}',
    note:
      'Compares only the direction of the score vector with the one-hot target, not its length, so it is ' +
      'bounded (0 to 2) and blind to scale. The gradient shrinks as the scores grow, and there is no push ' +
      'to make the scores confident.',
    lecture: 'Losses',
    apply: (tf, logits, oneHot) =>
      tf.mean(
        tf.sub(1, tf.div(tf.squeeze(trueScore(tf, logits, oneHot), [1]), tf.sqrt(tf.add(tf.sum(tf.square(logits), 1), COSINE_EPS)))),
      ),
    ref: (scores, label) => 1 - scores[label] / Math.sqrt(scores.reduce((s, v) => s + v * v, 0) + COSINE_EPS),
    // ∂/∂s_k of −s_y/‖s‖ = −δ_ky/‖s‖ + s_y s_k/‖s‖³.
    refGrad: (scores, label) => {
      const n = Math.sqrt(scores.reduce((s, v) => s + v * v, 0) + COSINE_EPS);
      return scores.map((v, k) => -(k === label ? 1 : 0) / n + (scores[label] * v) / n ** 3);
    },
  },
  {
    id: 'bce',
    label: 'Binary cross-entropy (sigmoid, one-vs-all)',
    formula:
      'L = -\\sum_k \\left[t_k \\log \\sigma(s_k) + (1-t_k)\\log\\left(1-\\sigma(s_k)\\right)\\right]',
    note:
      'Ten independent yes/no questions, one per class, each with its own sigmoid: the right loss when an ' +
      'image may carry several labels. For exactly one class the softmax couples the answers and usually ' +
      'trains a little better. Computed from the logits as softplus, so it stays finite.',
    lecture: 'Losses from maximum likelihood',
    // −log σ(s) = softplus(−s) and −log(1 − σ(s)) = softplus(s): per class softplus(s) − t·s, no overflow.
    apply: (tf, logits, oneHot) => tf.mean(tf.sum(tf.sub(tf.softplus(logits), tf.mul(logits, oneHot)), 1)),
    ref: (scores, label) => scores.reduce((s, v, k) => s + softplus(v) - (k === label ? v : 0), 0),
    // The lecture's balance: ∂L/∂s_k = σ(s_k) − t_k, the sigmoid's slope cancelled by the log.
    refGrad: (scores, label) => scores.map((v, k) => sigmoid(v) - (k === label ? 1 : 0)),
  },
  {
    id: 'softmax-twice',
    label: 'Bug: softmax applied twice',
    formula: 'L = -\\log \\operatorname{softmax}\\!\\big(\\operatorname{softmax}(\\mathbf{s})\\big)_y',
    note:
      'The classic bug: the net ends in a softmax, and the loss applies softmax again. Probabilities lie in ' +
      '[0, 1], so the second softmax sees nearly equal inputs: the loss can only fall from about log 10 ≈ 2.30 ' +
      'to 1.46, and its gradient is tiny. Training crawls though nothing crashes.',
    lecture: 'Losses',
    apply: (tf, logits, oneHot) => {
      const p = tf.softmax(logits);
      return tf.mean(tf.sub(tf.logSumExp(p, 1), tf.sum(tf.mul(p, oneHot), 1)));
    },
    ref: (scores, label) => {
      const p = softmaxRef(scores);
      return logSumExp(p) - p[label];
    },
    refGrad: (scores, label) => {
      const p = softmaxRef(scores);
      const q = softmaxRef(p);
      return throughSoftmax(p, q.map((qk, k) => qk - (k === label ? 1 : 0)));
    },
  },
] as const satisfies readonly Loss[];

export type LossId = (typeof LOSSES)[number]['id'];
export const LOSS_IDS = LOSSES.map((l) => l.id) as [LossId, ...LossId[]];
export const lossById: Readonly<Record<LossId, Loss>> = indexById<Loss & { id: LossId }>(LOSSES);
