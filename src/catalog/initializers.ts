// Weight initializers for a dense layer's W of shape [nIn, nOut]. Biases start at `bias-init` (see schema).
import { orthogonalMatrix } from './mathRef';
import { indexById, type CatalogEntry, type TF, type Tensor2D } from './types';

export interface InitOptions {
  /** Seed of this weight matrix; the same seed gives the same weights on every backend. */
  seed: number;
  /** The `init-value` of the constant initializer. */
  value: number;
}

export interface Initializer extends CatalogEntry {
  /** tfjs: a fresh [nIn, nOut] weight matrix. */
  sample: (tf: TF, nIn: number, nOut: number, opts: InitOptions) => Tensor2D;
  /** Plain-number reference: the mean and variance each weight is drawn with. */
  moments: (nIn: number, nOut: number, opts: InitOptions) => { mean: number; variance: number };
}

/** Draws N(0, variance) weights. tfjs generates them on the CPU from the seed, so backends agree. */
function normal(tf: TF, nIn: number, nOut: number, variance: number, seed: number): Tensor2D {
  return tf.randomNormal([nIn, nOut], 0, Math.sqrt(variance), 'float32', seed) as Tensor2D;
}

/** Draws U(−limit, limit) weights (variance limit²/3), seeded like `normal`. */
function uniform(tf: TF, nIn: number, nOut: number, limit: number, seed: number): Tensor2D {
  return tf.randomUniform([nIn, nOut], -limit, limit, 'float32', seed) as Tensor2D;
}

/** The sigmoid's slope at 0 is 1/4 of tanh's, so its Xavier range is 4× wider (variance 16×). */
const SIGMOID_GAIN = 4;

export const INITIALIZERS = [
  {
    id: 'he-normal',
    label: 'He normal (Var = 2/n)',
    formula: 'W \\sim \\mathcal{N}\\!\\left(0, \\tfrac{2}{n_{in}}\\right)',
    note:
      'ReLU zeroes the negative half of its input, so E[a²] is half the pre-activation variance v (Var(a) itself ' +
      'is ≈ 0.34 v); doubling the weight variance to 2/n undoes that halving, so signals keep their size through ' +
      'deep ReLU nets. Twice what tanh needs; for the sigmoid (slope 1/4 at 0, so it wants about 16/n) too small.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => normal(tf, nIn, nOut, 2 / nIn, o.seed),
    moments: (nIn) => ({ mean: 0, variance: 2 / nIn }),
  },
  {
    id: 'xavier-normal',
    label: 'Xavier/Glorot normal (Var = 2/(n_in+n_out))',
    formula: 'W \\sim \\mathcal{N}\\!\\left(0, \\tfrac{2}{n_{in}+n_{out}}\\right)',
    note:
      'Glorot and Bengio averaged the forward (1/n_in) and backward (1/n_out) conditions. It keeps tanh layers ' +
      'in their linear range. Many lecture notes say "Xavier" for the simpler Var = 1/n_in, which is LeCun\'s.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => normal(tf, nIn, nOut, 2 / (nIn + nOut), o.seed),
    moments: (nIn, nOut) => ({ mean: 0, variance: 2 / (nIn + nOut) }),
  },
  {
    id: 'zeros',
    label: 'Zeros',
    formula: 'W = 0',
    note:
      'Every unit of a layer computes the same thing and receives the same gradient, so they stay identical ' +
      'forever: the symmetry is never broken and the layer acts like a single unit.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut) => tf.zeros([nIn, nOut]) as Tensor2D,
    moments: () => ({ mean: 0, variance: 0 }),
  },
  {
    id: 'normal-0.01',
    label: 'Small random N(0, 0.01²)',
    formula: 'W \\sim \\mathcal{N}(0, 0.01^2)',
    note:
      'Fine for a shallow net, but in a deep one each layer multiplies the signal by about 0.01·√n, so ' +
      'activations (and gradients) collapse towards zero layer by layer: a 10×500 tanh net goes silent.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => normal(tf, nIn, nOut, 1e-4, o.seed),
    moments: () => ({ mean: 0, variance: 1e-4 }),
  },
  {
    id: 'normal-1',
    label: 'Large random N(0, 1)',
    formula: 'W \\sim \\mathcal{N}(0, 1)',
    note:
      'Each layer multiplies the variance by about n, so pre-activations grow huge: tanh and sigmoid units ' +
      'saturate at their limits where the gradient is zero, and ReLU nets blow up.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => normal(tf, nIn, nOut, 1, o.seed),
    moments: () => ({ mean: 0, variance: 1 }),
  },
  {
    id: 'constant',
    label: 'Constant (init-value)',
    formula: 'W = c',
    note:
      'Like zeros, every unit of a layer starts identical and stays identical: the symmetry is never broken. ' +
      'A positive constant also makes every pre-activation grow with the layer width.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => tf.fill([nIn, nOut], o.value) as Tensor2D,
    moments: (_nIn, _nOut, o) => ({ mean: o.value, variance: 0 }),
  },
  {
    id: 'uniform',
    label: 'Uniform U(−0.5, 0.5)',
    formula: 'W \\sim \\mathcal{U}(-0.5,\\ 0.5),\\quad \\operatorname{Var} = \\tfrac{1}{12}',
    note:
      'Looks harmless, but each weight has variance 1/12 whatever the layer size, so Var(y) = n/12·Var(x): ' +
      'with 784 inputs the first layer multiplies the variance by 65. Tanh and sigmoid units saturate at once.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => uniform(tf, nIn, nOut, 0.5, o.seed),
    moments: () => ({ mean: 0, variance: 1 / 12 }),
  },
  {
    id: 'lecun-normal',
    label: 'LeCun normal (Var = 1/n_in)',
    formula: 'W \\sim \\mathcal{N}\\!\\left(0, \\tfrac{1}{n_{in}}\\right)',
    note:
      'Keeps Var(y) = Var(x) through a linear or tanh layer: the forward condition alone. Many lecture notes ' +
      'call this "Xavier"; Glorot and Bengio\'s own version averages in n_out. Halves the signal per ReLU layer.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => normal(tf, nIn, nOut, 1 / nIn, o.seed),
    moments: (nIn) => ({ mean: 0, variance: 1 / nIn }),
  },
  {
    id: 'xavier-uniform',
    label: 'Xavier/Glorot uniform',
    formula: 'W \\sim \\mathcal{U}\\!\\left(-\\sqrt{\\tfrac{6}{n_{in}+n_{out}}},\\ \\sqrt{\\tfrac{6}{n_{in}+n_{out}}}\\right)',
    note:
      'The same variance as Xavier normal, 2/(n_in+n_out), from a uniform distribution (U(−a, a) has ' +
      'variance a²/3). Suits tanh; Keras\'s default. For the sigmoid, whose slope at 0 is 1/4 instead of 1, ' +
      'Glorot and Bengio widen the range fourfold (the ×4 variant). Too small for deep ReLU nets.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => uniform(tf, nIn, nOut, Math.sqrt(6 / (nIn + nOut)), o.seed),
    moments: (nIn, nOut) => ({ mean: 0, variance: 2 / (nIn + nOut) }),
  },
  {
    id: 'xavier-uniform-sigmoid',
    label: 'Xavier uniform ×4 (sigmoid)',
    formula:
      'W \\sim \\mathcal{U}\\!\\left(-4\\sqrt{\\tfrac{6}{n_{in}+n_{out}}},\\ 4\\sqrt{\\tfrac{6}{n_{in}+n_{out}}}\\right),' +
      '\\quad \\operatorname{Var} = \\tfrac{32}{n_{in}+n_{out}}',
    note:
      'Xavier uniform with the range widened fourfold, as Glorot and Bengio advise for the sigmoid: its slope at 0 ' +
      'is 1/4, so near 0 it passes on 1/16 of the variance a tanh would, and 16× the weight variance makes up for ' +
      'it. With plain Xavier a deep sigmoid net starts with shrinking signals.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => uniform(tf, nIn, nOut, SIGMOID_GAIN * Math.sqrt(6 / (nIn + nOut)), o.seed),
    moments: (nIn, nOut) => ({ mean: 0, variance: (SIGMOID_GAIN ** 2 * 2) / (nIn + nOut) }),
  },
  {
    id: 'he-uniform',
    label: 'He uniform',
    formula: 'W \\sim \\mathcal{U}\\!\\left(-\\sqrt{\\tfrac{6}{n_{in}}},\\ \\sqrt{\\tfrac{6}{n_{in}}}\\right)',
    note:
      'He\'s variance 2/n_in from a uniform distribution: for ReLU-family units. Bounded weights, so no ' +
      'rare large draw, but otherwise it behaves like He normal.',
    lecture: 'Initialization',
    sample: (tf, nIn, nOut, o) => uniform(tf, nIn, nOut, Math.sqrt(6 / nIn), o.seed),
    moments: (nIn) => ({ mean: 0, variance: 2 / nIn }),
  },
  {
    id: 'orthogonal',
    label: 'Orthogonal',
    formula: 'W = Q,\\quad Q^\\top Q = I \\ (\\text{shorter side})',
    note:
      'The orthonormal factor of a random Gaussian matrix. When n_in ≤ n_out it preserves the length of every ' +
      'vector it maps, so signals neither grow nor shrink through square or widening linear layers; a narrowing ' +
      'layer (784 → 128) is a projection that keeps only part of each vector. Variance 1/max(n_in, n_out) per ' +
      'weight; for ReLU nets it would want a gain of √2.',
    lecture: 'Initialization',
    // Gram–Schmidt in plain numbers (cheap: 784×128 takes ~13 M flops), then one upload of [nIn, nOut].
    sample: (tf, nIn, nOut, o) => tf.tensor2d(orthogonalMatrix(nIn, nOut, o.seed), [nIn, nOut]),
    // Each orthonormal vector has unit length, so its squared entries average 1/length.
    moments: (nIn, nOut) => ({ mean: 0, variance: 1 / Math.max(nIn, nOut) }),
  },
] as const satisfies readonly Initializer[];

export type InitializerId = (typeof INITIALIZERS)[number]['id'];
export const INITIALIZER_IDS = INITIALIZERS.map((i) => i.id) as [InitializerId, ...InitializerId[]];
export const initializerById: Readonly<Record<InitializerId, Initializer>> = indexById<
  Initializer & { id: InitializerId }
>(INITIALIZERS);
