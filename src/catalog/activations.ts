// Hidden-layer activations. Softmax is the output layer's job (see losses.ts), never a hidden choice.
import { indexById, type CatalogEntry, type TF, type Tensor2D, type Variable } from './types';

/** How the diagnostics judge a unit: dead (ReLU family), saturated (tanh/sigmoid), or neither. */
export type ActivationFamily = 'relu' | 'tanh' | 'sigmoid' | 'other';

export interface ActivationContext {
  /** Learned per-unit parameters created by `createParams` (e.g. PReLU's slope, shape [units]). */
  params: Variable[];
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

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

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
      'Squashes to (0, 1). Its derivative is at most 1/4, so each layer shrinks the gradient at least fourfold: ' +
      'deep sigmoid nets suffer vanishing gradients. Outputs are never zero-centred, which zig-zags the updates.',
    lecture: 'Activations',
    family: 'sigmoid',
    histRange: [0, 1],
    apply: (tf, pre) => tf.sigmoid(pre),
    ref: sigmoid,
    refGrad: (x) => sigmoid(x) * (1 - sigmoid(x)),
  },
] as const satisfies readonly Activation[];

export type ActivationId = (typeof ACTIVATIONS)[number]['id'];
export const ACTIVATION_IDS = ACTIVATIONS.map((a) => a.id) as [ActivationId, ...ActivationId[]];
export const activationById: Readonly<Record<ActivationId, Activation>> = indexById<Activation & { id: ActivationId }>(
  ACTIVATIONS,
);
