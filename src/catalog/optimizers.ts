// Optimizers, written out by hand (not tf.train.*) so each update rule sits next to its formula and a
// plain-number twin, and so the learning rate can follow a schedule step by step.
import { indexById, type CatalogEntry, type TF, type Tensor, type Variable } from './types';

/** Hyperparameters at one step. `t` counts updates from 1 (Adam's bias correction needs it). */
export interface OptHyper {
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  eps: number;
  t: number;
}

/** Plain-number state of one parameter vector: the weights and each slot (velocity, moments...). */
export interface RefState {
  w: number[];
  slots: number[][];
}

export interface Optimizer extends CatalogEntry {
  /** Per-parameter state tensors, each shaped like the parameter and starting at `slotInit` (default 0). */
  slots: readonly string[];
  slotInit?: number;
  /** Which hyperparameters the UI should offer for this optimizer. */
  uses: readonly ('momentum' | 'beta1' | 'beta2' | 'eps')[];
  /** tfjs: update `w` in place from its gradient `g`; `slots` are this parameter's state variables. */
  update: (tf: TF, w: Variable, g: Tensor, slots: Variable[], h: OptHyper) => void;
  /** Plain-number reference of the same update, returning the new state. */
  ref: (s: RefState, g: readonly number[], h: OptHyper) => RefState;
}

const map2 = (a: readonly number[], b: readonly number[], f: (x: number, y: number) => number) =>
  a.map((x, i) => f(x, b[i]));

export const OPTIMIZERS = [
  {
    id: 'sgd',
    label: 'SGD',
    formula: 'w \\leftarrow w - \\alpha\\, g',
    note:
      'Steps straight down the minibatch gradient. Simple and, with a well-tuned learning rate and a decay ' +
      'schedule, hard to beat in the end; but it crawls along shallow ravines and zig-zags across steep ones.',
    lecture: 'Optimizers',
    slots: [],
    uses: [],
    update: (tf, w, g, _slots, h) => w.assign(tf.sub(w, tf.mul(g, h.lr))),
    ref: (s, g, h) => ({ w: map2(s.w, g, (w, gi) => w - h.lr * gi), slots: [] }),
  },
  {
    id: 'momentum',
    label: 'SGD + momentum',
    formula: 'v \\leftarrow \\beta v - \\alpha g,\\quad w \\leftarrow w + v',
    note:
      'Keeps a running velocity, so consistent gradient directions add up (about 1/(1−β) = 10× for β = 0.9) ' +
      'while oscillating ones cancel. Faster than plain SGD in ravines; too high a learning rate overshoots.',
    lecture: 'Optimizers',
    slots: ['velocity'],
    uses: ['momentum'],
    update: (tf, w, g, [v], h) => {
      v.assign(tf.sub(tf.mul(v, h.momentum), tf.mul(g, h.lr)));
      w.assign(tf.add(w, v));
    },
    ref: (s, g, h) => {
      const v = map2(s.slots[0], g, (vi, gi) => h.momentum * vi - h.lr * gi);
      return { w: map2(s.w, v, (w, vi) => w + vi), slots: [v] };
    },
  },
  {
    id: 'adam',
    label: 'Adam',
    formula:
      'm \\leftarrow \\beta_1 m + (1-\\beta_1) g,\\; v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2,\\; ' +
      'w \\leftarrow w - \\alpha \\frac{m / (1-\\beta_1^t)}{\\sqrt{v / (1-\\beta_2^t)} + \\epsilon}',
    note:
      'Momentum on the gradient (m) divided by a running size of the gradient (v), so every weight gets its own ' +
      'step size. Bias correction undoes the zero start of m and v: without it the first steps would be tiny. ' +
      'A robust default at α = 0.001.',
    lecture: 'Optimizers',
    slots: ['m', 'v'],
    uses: ['beta1', 'beta2', 'eps'],
    update: (tf, w, g, [m, v], h) => {
      m.assign(tf.add(tf.mul(m, h.beta1), tf.mul(g, 1 - h.beta1)));
      v.assign(tf.add(tf.mul(v, h.beta2), tf.mul(tf.square(g), 1 - h.beta2)));
      const mHat = tf.div(m, 1 - h.beta1 ** h.t);
      const vHat = tf.div(v, 1 - h.beta2 ** h.t);
      w.assign(tf.sub(w, tf.mul(tf.div(mHat, tf.add(tf.sqrt(vHat), h.eps)), h.lr)));
    },
    ref: (s, g, h) => {
      const m = map2(s.slots[0], g, (mi, gi) => h.beta1 * mi + (1 - h.beta1) * gi);
      const v = map2(s.slots[1], g, (vi, gi) => h.beta2 * vi + (1 - h.beta2) * gi * gi);
      const w = s.w.map((wi, i) => {
        const mHat = m[i] / (1 - h.beta1 ** h.t);
        const vHat = v[i] / (1 - h.beta2 ** h.t);
        return wi - (h.lr * mHat) / (Math.sqrt(vHat) + h.eps);
      });
      return { w, slots: [m, v] };
    },
  },
] as const satisfies readonly Optimizer[];

export type OptimizerId = (typeof OPTIMIZERS)[number]['id'];
export const OPTIMIZER_IDS = OPTIMIZERS.map((o) => o.id) as [OptimizerId, ...OptimizerId[]];
export const optimizerById: Readonly<Record<OptimizerId, Optimizer>> = indexById<Optimizer & { id: OptimizerId }>(
  OPTIMIZERS,
);
