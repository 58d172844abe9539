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
  /**
   * Scalar tensors shared by every parameter's update within one step, made by the caller (the trainer keeps
   * one per name per step inside the step's tidy scope). A plain number in tf.mul becomes a new tensor for
   * every parameter and op; this uploads each hyperparameter once per step. Without it, plain scalars.
   */
  scalar?: (name: string, value: number) => Tensor;
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

/** The step's shared scalar for `name` (see OptHyper.scalar), or a fresh one. */
const hyperScalar = (tf: TF, h: OptHyper, name: string, value: number): Tensor => h.scalar?.(name, value) ?? tf.scalar(value);

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
      'step size. Bias correction undoes the zero start of m and v. Without it the first steps would be too ' +
      'large, not too small: m/√v is (1−β₁ᵗ)/√(1−β₂ᵗ) times the corrected ratio, ≈ 3.2× at t = 1 and ≈ 6.5× at ' +
      't = 10 for β₁ = 0.9, β₂ = 0.999. A robust default at α = 0.001.',
    lecture: 'Optimizers',
    slots: ['m', 'v'],
    uses: ['beta1', 'beta2', 'eps'],
    // Same rule with the bias corrections folded into two scalars (Kingma & Ba, §2):
    // mHat / (√vHat + ε) = [√(1−β₂ᵗ)/(1−β₁ᵗ)] · m / (√v + ε√(1−β₂ᵗ)). 12 kernels per parameter instead of 14,
    // and 6 scalar uploads per step instead of 8 per parameter: the update is most of a step's kernel launches.
    update: (tf, w, g, [m, v], h) => {
      const c2 = Math.sqrt(1 - h.beta2 ** h.t);
      const s = (name: string, value: number) => hyperScalar(tf, h, name, value);
      m.assign(tf.add(tf.mul(m, s('b1', h.beta1)), tf.mul(g, s('1-b1', 1 - h.beta1))));
      v.assign(tf.add(tf.mul(v, s('b2', h.beta2)), tf.mul(tf.square(g), s('1-b2', 1 - h.beta2))));
      const step = tf.div(m, tf.add(tf.sqrt(v), s('epsHat', h.eps * c2)));
      w.assign(tf.sub(w, tf.mul(step, s('lrHat', (h.lr * c2) / (1 - h.beta1 ** h.t)))));
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
  {
    id: 'nesterov',
    label: 'Nesterov momentum',
    formula: 'v \\leftarrow \\beta v - \\alpha g,\\quad w \\leftarrow w + \\beta v - \\alpha g',
    note:
      'Momentum that looks ahead: the gradient is judged where the velocity is about to carry the weights, ' +
      'so it brakes before overshooting. Written here in the equivalent form that needs only the gradient at w ' +
      '(w ← w + v + β(v − v_old)). Usually a little steadier than plain momentum.',
    lecture: 'Optimizers',
    slots: ['velocity'],
    uses: ['momentum'],
    update: (tf, w, g, [v], h) => {
      v.assign(tf.sub(tf.mul(v, h.momentum), tf.mul(g, h.lr)));
      w.assign(tf.sub(tf.add(w, tf.mul(v, h.momentum)), tf.mul(g, h.lr)));
    },
    ref: (s, g, h) => {
      const v = map2(s.slots[0], g, (vi, gi) => h.momentum * vi - h.lr * gi);
      return { w: s.w.map((wi, i) => wi + h.momentum * v[i] - h.lr * g[i]), slots: [v] };
    },
  },
  {
    id: 'adagrad',
    label: 'AdaGrad',
    formula: 'G \\leftarrow G + g^2,\\quad w \\leftarrow w - \\frac{\\alpha}{\\sqrt{G} + \\epsilon}\\, g',
    note:
      'Divides each weight\'s step by the root of all its squared gradients so far: rarely-updated weights ' +
      'get large steps, busy ones small. G only grows, so the effective rate keeps falling and training ' +
      'eventually stalls. Its first step is α·sign(g), whatever the gradient\'s size.',
    lecture: 'Optimizers',
    slots: ['G'],
    uses: ['eps'],
    update: (tf, w, g, [G], h) => {
      G.assign(tf.add(G, tf.square(g)));
      w.assign(tf.sub(w, tf.mul(tf.div(g, tf.add(tf.sqrt(G), h.eps)), h.lr)));
    },
    ref: (s, g, h) => {
      const G = map2(s.slots[0], g, (Gi, gi) => Gi + gi * gi);
      return { w: s.w.map((wi, i) => wi - (h.lr * g[i]) / (Math.sqrt(G[i]) + h.eps)), slots: [G] };
    },
  },
  {
    id: 'rmsprop',
    label: 'RMSProp',
    formula: 'v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2,\\quad w \\leftarrow w - \\frac{\\alpha}{\\sqrt{v} + \\epsilon}\\, g',
    note:
      'AdaGrad with a leaky memory: a moving average of g² (decay β₂) instead of the sum, so the rate no ' +
      'longer dies out. Without bias correction v starts near 0 and the first steps are up to 1/√(1−β₂) ' +
      'times α (≈ 32× for β₂ = 0.999); Hinton\'s lecture used β₂ = 0.9.',
    lecture: 'Optimizers',
    slots: ['v'],
    uses: ['beta2', 'eps'],
    update: (tf, w, g, [v], h) => {
      v.assign(tf.add(tf.mul(v, h.beta2), tf.mul(tf.square(g), 1 - h.beta2)));
      w.assign(tf.sub(w, tf.mul(tf.div(g, tf.add(tf.sqrt(v), h.eps)), h.lr)));
    },
    ref: (s, g, h) => {
      const v = map2(s.slots[0], g, (vi, gi) => h.beta2 * vi + (1 - h.beta2) * gi * gi);
      return { w: s.w.map((wi, i) => wi - (h.lr * g[i]) / (Math.sqrt(v[i]) + h.eps)), slots: [v] };
    },
  },
  {
    id: 'adadelta',
    label: 'AdaDelta',
    formula:
      'v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2,\\; \\Delta = -\\frac{\\sqrt{u + \\epsilon}}{\\sqrt{v + \\epsilon}}\\, g,\\; ' +
      'u \\leftarrow \\beta_2 u + (1-\\beta_2) \\Delta^2,\\; w \\leftarrow w + \\alpha \\Delta',
    note:
      'RMSProp whose numerator is a running size of past updates, so the step has the units of w and needs ' +
      'no learning rate (α = 1 is the original; α here only scales it). It starts from √ε, so with a tiny ε ' +
      'the first steps are minute: try ε = 1e-6 and α = 1.',
    lecture: 'Optimizers',
    slots: ['v', 'u'],
    uses: ['beta2', 'eps'],
    update: (tf, w, g, [v, u], h) => {
      v.assign(tf.add(tf.mul(v, h.beta2), tf.mul(tf.square(g), 1 - h.beta2)));
      const delta = tf.mul(tf.div(tf.sqrt(tf.add(u, h.eps)), tf.sqrt(tf.add(v, h.eps))), tf.neg(g));
      u.assign(tf.add(tf.mul(u, h.beta2), tf.mul(tf.square(delta), 1 - h.beta2)));
      w.assign(tf.add(w, tf.mul(delta, h.lr)));
    },
    ref: (s, g, h) => {
      const v = map2(s.slots[0], g, (vi, gi) => h.beta2 * vi + (1 - h.beta2) * gi * gi);
      const delta = g.map((gi, i) => (-Math.sqrt(s.slots[1][i] + h.eps) / Math.sqrt(v[i] + h.eps)) * gi);
      const u = map2(s.slots[1], delta, (ui, d) => h.beta2 * ui + (1 - h.beta2) * d * d);
      return { w: map2(s.w, delta, (wi, d) => wi + h.lr * d), slots: [v, u] };
    },
  },
  {
    id: 'adamax',
    label: 'AdaMax',
    formula:
      'm \\leftarrow \\beta_1 m + (1-\\beta_1) g,\\; u \\leftarrow \\max(\\beta_2 u, |g|),\\; ' +
      'w \\leftarrow w - \\frac{\\alpha}{1-\\beta_1^t}\\,\\frac{m}{u + \\epsilon}',
    note:
      'Adam with the L2 norm of past gradients replaced by the infinity norm (a decaying maximum). The maximum ' +
      'needs no bias correction, and one huge gradient sets the scale only until it decays away.',
    lecture: 'Optimizers',
    slots: ['m', 'u'],
    uses: ['beta1', 'beta2', 'eps'],
    update: (tf, w, g, [m, u], h) => {
      m.assign(tf.add(tf.mul(m, h.beta1), tf.mul(g, 1 - h.beta1)));
      u.assign(tf.maximum(tf.mul(u, h.beta2), tf.abs(g)));
      w.assign(tf.sub(w, tf.mul(tf.div(m, tf.add(u, h.eps)), h.lr / (1 - h.beta1 ** h.t))));
    },
    ref: (s, g, h) => {
      const m = map2(s.slots[0], g, (mi, gi) => h.beta1 * mi + (1 - h.beta1) * gi);
      const u = map2(s.slots[1], g, (ui, gi) => Math.max(h.beta2 * ui, Math.abs(gi)));
      const w = s.w.map((wi, i) => wi - (h.lr / (1 - h.beta1 ** h.t)) * (m[i] / (u[i] + h.eps)));
      return { w, slots: [m, u] };
    },
  },
] as const satisfies readonly Optimizer[];

export type OptimizerId = (typeof OPTIMIZERS)[number]['id'];
export const OPTIMIZER_IDS = OPTIMIZERS.map((o) => o.id) as [OptimizerId, ...OptimizerId[]];
export const optimizerById: Readonly<Record<OptimizerId, Optimizer>> = indexById<Optimizer & { id: OptimizerId }>(
  OPTIMIZERS,
);
