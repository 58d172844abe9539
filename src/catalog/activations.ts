// Hidden-layer activations. Softmax is the output layer's job (see losses.ts), never a hidden choice.
import { erf, normalCdf, normalPdf, sigmoid, softplus } from './mathRef';
import { indexById, type CatalogEntry, type TF, type Tensor, type Tensor2D, type Variable } from './types';

/** How the diagnostics judge a unit: dead (ReLU family), saturated (tanh/sigmoid), or neither. */
export type ActivationFamily = 'relu' | 'tanh' | 'sigmoid' | 'other';

export interface ActivationContext {
  /** Learned per-unit parameters created by `createParams` (e.g. PReLU's slope, shape [units]); a frozen copy
   * of them in a snapshot (engine/mlp.ts snapshotMlp). */
  params: Tensor[];
  /** Pieces per unit, for maxout. */
  maxoutK: number;
}

export interface Activation extends CatalogEntry {
  family: ActivationFamily;
  /** Fixed histogram range of the activation's output, so bins mean the same thing all run long. */
  histRange: readonly [number, number];
  /** Pre-activation width a layer of `units` outputs needs (maxout needs k pieces per unit). */
  preWidth?: (units: number, maxoutK: number) => number;
  /** Extra trainable parameters of a layer of `units` outputs (PReLU's slopes). */
  createParams?: (tf: TF, units: number) => Variable[];
  /** tfjs implementation: pre-activation [batch, preWidth] → activation [batch, units]. */
  apply: (tf: TF, pre: Tensor2D, ctx: ActivationContext) => Tensor2D;
  /** Plain-number reference f(x) for tests and the card plot (maxout: max(x, 0) pieces view). */
  ref: (x: number) => number;
  /** Plain-number derivative f'(x), for the card plot (finite differences check the tfjs one). */
  refGrad: (x: number) => number;
}

const LEAK = 0.01;

/** PReLU with slope `a` for any a (also a > 1, where max(a·x, x) would differ): max(0, x) + a·min(0, x). */
export const preluRef = (x: number, a: number) => Math.max(0, x) + a * Math.min(0, x);
const PRELU_INIT = 0.25;

export const ACTIVATIONS = [
  {
    id: 'relu',
    label: 'ReLU',
    formula: 'f(x) = \\max(0, x)',
    note:
      'Cheap and does not saturate for positive inputs, so gradients flow through deep nets. A unit whose input ' +
      'stays negative outputs 0 and gets no gradient ever again: a dead ReLU. Pair it with He initialization.',
    lecture: 'Activations',
    family: 'relu',
    histRange: [0, 4],
    apply: (tf, pre) => tf.relu(pre),
    ref: (x) => Math.max(0, x),
    refGrad: (x) => (x > 0 ? 1 : 0),
  },
  {
    id: 'tanh',
    label: 'tanh',
    formula: 'f(x) = \\tanh(x) = \\frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}',
    note:
      'Zero-centred, unlike the sigmoid, so the next layer sees inputs of both signs. It still saturates: for ' +
      '|x| > 3 the gradient is almost 0 and learning stalls. Suits Var = 1/n ("Xavier"/LeCun) initialization.',
    lecture: 'Activations',
    family: 'tanh',
    histRange: [-1, 1],
    apply: (tf, pre) => tf.tanh(pre),
    ref: (x) => Math.tanh(x),
    refGrad: (x) => 1 - Math.tanh(x) ** 2,
  },
  {
    id: 'sigmoid',
    label: 'sigmoid',
    formula: '\\sigma(x) = \\frac{1}{1+e^{-x}}',
    note:
      'Squashes to (0, 1). Its derivative is at most 1/4, so the activation alone shrinks the backward signal ' +
      'up to fourfold per layer unless the weights make up for it (the ×4 Xavier variant does): deep sigmoid ' +
      'nets are prone to vanishing gradients. Outputs are never zero-centred, which zig-zags the updates.',
    lecture: 'Activations',
    family: 'sigmoid',
    histRange: [0, 1],
    apply: (tf, pre) => tf.sigmoid(pre),
    ref: sigmoid,
    refGrad: (x) => sigmoid(x) * (1 - sigmoid(x)),
  },
  {
    id: 'leaky-relu',
    label: 'Leaky ReLU (0.01)',
    formula: 'f(x) = \\max(0.01\\,x,\\ x)',
    note:
      'ReLU with a small slope for negative inputs, so a unit pushed into the negative region still gets a ' +
      'gradient and can come back: no dead units. Otherwise behaves like ReLU; use He initialization.',
    lecture: 'Activations',
    family: 'relu',
    histRange: [-1, 4],
    apply: (tf, pre) => tf.leakyRelu(pre, LEAK),
    ref: (x) => (x > 0 ? x : LEAK * x),
    refGrad: (x) => (x > 0 ? 1 : LEAK),
  },
  {
    id: 'prelu',
    label: 'PReLU (learned slope)',
    formula: 'f(x_j) = \\max(0, x_j) + a_j \\min(0, x_j),\\quad a_j \\text{ learned, } a_j^{(0)} = 0.25',
    note:
      'Leaky ReLU whose negative slope is a weight of its own, one per unit, trained by backprop like the others ' +
      '(it starts at 0.25). The net decides how leaky each unit should be; with few data the extra freedom can overfit. ' +
      'Written max(0, x) + a·min(0, x): unlike max(a·x, x) it stays right when a learned slope exceeds 1.',
    lecture: 'Activations',
    family: 'relu',
    histRange: [-2, 4],
    // One slope per unit, shape [units]; tf.prelu broadcasts it over the batch.
    createParams: (tf, units) => [tf.tidy(() => tf.variable(tf.fill([units], PRELU_INIT)))],
    apply: (tf, pre, ctx) => tf.prelu<Tensor>(pre, ctx.params[0]) as Tensor2D,
    ref: (x) => preluRef(x, PRELU_INIT),
    refGrad: (x) => (x > 0 ? 1 : PRELU_INIT),
  },
  {
    id: 'elu',
    label: 'ELU',
    formula: 'f(x) = \\begin{cases} x & x > 0 \\\\ e^{x} - 1 & x \\le 0 \\end{cases}',
    note:
      'Smooth for negative inputs and saturating at −1 there, which pulls the mean activation towards zero and ' +
      'keeps a gradient alive. A little costlier than ReLU (an exponential); pairs with He initialization.',
    lecture: 'Activations',
    family: 'relu',
    histRange: [-1, 4],
    apply: (tf, pre) => tf.elu(pre),
    ref: (x) => (x > 0 ? x : Math.expm1(x)),
    refGrad: (x) => (x > 0 ? 1 : Math.exp(x)),
  },
  {
    id: 'linear',
    label: 'Linear (none)',
    formula: 'f(x) = x',
    note:
      'No nonlinearity at all. A stack of linear layers is one linear map, so however deep, this net is only ' +
      'a linear classifier (about 92 % on MNIST). The control experiment for every other activation.',
    lecture: 'Activations',
    family: 'other',
    histRange: [-4, 4],
    apply: (_tf, pre) => pre,
    ref: (x) => x,
    refGrad: () => 1,
  },
  {
    id: 'swish',
    label: 'Swish / SiLU',
    formula: 'f(x) = x\\,\\sigma(x) = \\frac{x}{1+e^{-x}}',
    note:
      'A smooth ReLU that dips slightly below zero (minimum ≈ −0.28 at x ≈ −1.28) and is not monotonic. ' +
      'Found by automated search; often a little better than ReLU in deep nets, at the price of a sigmoid per unit.',
    lecture: 'Activations',
    family: 'other',
    histRange: [-0.5, 4],
    apply: (tf, pre) => tf.mul(pre, tf.sigmoid(pre)),
    ref: (x) => x * sigmoid(x),
    refGrad: (x) => sigmoid(x) * (1 + x * (1 - sigmoid(x))),
  },
  {
    id: 'softplus',
    label: 'Softplus',
    formula: 'f(x) = \\log(1 + e^{x})',
    note:
      'A smooth ReLU whose derivative is the sigmoid. Never exactly zero, so no dead units, but it is always ' +
      'positive (not zero-centred) and in practice usually trains no better than plain ReLU.',
    lecture: 'Activations',
    family: 'other',
    histRange: [0, 4],
    apply: (tf, pre) => tf.softplus(pre),
    ref: softplus,
    refGrad: sigmoid,
  },
  {
    id: 'gelu',
    label: 'GELU',
    formula: 'f(x) = x\\,\\Phi(x) = \\tfrac{x}{2}\\left(1 + \\operatorname{erf}(x/\\sqrt{2})\\right)',
    note:
      'Weights the input by the probability that a standard normal is below it: a smooth ReLU with a small ' +
      'negative dip. The default in Transformers (BERT, GPT). Here it is the exact erf form, not the tanh shortcut.',
    lecture: 'Activations',
    family: 'other',
    histRange: [-0.5, 4],
    apply: (tf, pre) => tf.mul(tf.mul(pre, 0.5), tf.add(1, tf.erf(tf.mul(pre, Math.SQRT1_2)))),
    ref: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
    refGrad: (x) => normalCdf(x) + x * normalPdf(x),
  },
  {
    id: 'maxout',
    label: 'Maxout (k pieces)',
    formula: 'f(\\mathbf{x})_j = \\max_{i=1..k} \\left(\\mathbf{w}_{ij}^\\top \\mathbf{x} + b_{ij}\\right)',
    note:
      'Each unit takes the maximum of k linear functions, so it learns its own convex piecewise-linear ' +
      'activation (ReLU and leaky ReLU are special cases). It cannot die, but costs k times the weights. ' +
      'The plot shows max(x, 0): two pieces with slopes 1 and 0.',
    lecture: 'Activations',
    family: 'other',
    histRange: [-4, 4],
    preWidth: (units, k) => units * k,
    // pre [batch, units·k] → [batch, units, k] (unit j owns columns j·k .. j·k+k−1) → max over k → [batch, units].
    apply: (tf, pre, ctx) => {
      const [batch, width] = pre.shape;
      return tf.max(tf.reshape(pre, [batch, width / ctx.maxoutK, ctx.maxoutK]), 2) as Tensor2D;
    },
    ref: (x) => Math.max(x, 0),
    refGrad: (x) => (x > 0 ? 1 : 0),
  },
] as const satisfies readonly Activation[];

export type ActivationId = (typeof ACTIVATIONS)[number]['id'];
export const ACTIVATION_IDS = ACTIVATIONS.map((a) => a.id) as [ActivationId, ...ActivationId[]];
export const activationById: Readonly<Record<ActivationId, Activation>> = indexById<Activation & { id: ActivationId }>(
  ACTIVATIONS,
);
