// Every catalogue id written for Keras 3 (any backend: only keras.ops, no TensorFlow calls). Records over the
// catalogue's ids, so a new id does not compile without a Keras mapping. Keras's built-ins are used where
// they follow the app's formula exactly; otherwise the script gets a short explicit version.
import type { ActivationId } from '../../../catalog/activations';
import type { InitializerId } from '../../../catalog/initializers';
import type { LossId } from '../../../catalog/losses';
import type { OptimizerId } from '../../../catalog/optimizers';
import type { ScheduleId } from '../../../catalog/schedules';
import type { PyPart } from './torchMap';

const MAXOUT = `class Maxout(layers.Layer):
    """[batch, units·k] → [batch, units, k] (unit j owns columns j·k … j·k+k−1) → max over the k pieces."""

    def __init__(self, k, **kwargs):
        super().__init__(**kwargs)
        self.k = k

    def call(self, x):
        return ops.max(ops.reshape(x, (-1, x.shape[-1] // self.k, self.k)), axis=-1)
`;

/** Layer for a hidden layer's activation. */
export const KERAS_ACTIVATIONS: Record<ActivationId, PyPart> = {
  relu: { code: 'layers.ReLU()' },
  tanh: { code: 'layers.Activation("tanh")' },
  sigmoid: { code: 'layers.Activation("sigmoid")' },
  'leaky-relu': { code: 'layers.LeakyReLU(negative_slope=0.01)' },
  prelu: { code: 'layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25))  # one slope per unit' },
  elu: { code: 'layers.ELU(alpha=1.0)' },
  linear: { code: 'layers.Identity()' },
  swish: { code: 'layers.Activation("silu")' },
  softplus: { code: 'layers.Activation("softplus")' },
  gelu: { code: 'layers.Activation(lambda x: keras.activations.gelu(x, approximate=False))  # exact erf form' },
  maxout: { code: 'Maxout(MAXOUT_K)', helper: MAXOUT },
};

/** Initializer for a kernel [n_in, n_out] (\`n_in\`, \`n_out\` in scope). Keras's He/LeCun/Glorot normal are
 * truncated; the app draws plain normals, so those become RandomNormal with the same variance. */
export const KERAS_INITIALIZERS: Record<InitializerId, PyPart> = {
  'he-normal': { code: 'keras.initializers.RandomNormal(0.0, math.sqrt(2 / n_in))' },
  'xavier-normal': { code: 'keras.initializers.RandomNormal(0.0, math.sqrt(2 / (n_in + n_out)))' },
  zeros: { code: 'keras.initializers.Zeros()' },
  'normal-0.01': { code: 'keras.initializers.RandomNormal(0.0, 0.01)' },
  'normal-1': { code: 'keras.initializers.RandomNormal(0.0, 1.0)' },
  constant: { code: 'keras.initializers.Constant(INIT_VALUE)' },
  uniform: { code: 'keras.initializers.RandomUniform(-0.5, 0.5)' },
  'lecun-normal': { code: 'keras.initializers.RandomNormal(0.0, math.sqrt(1 / n_in))' },
  'xavier-uniform': { code: 'keras.initializers.GlorotUniform()  # U(±√(6/(n_in+n_out)))' },
  // The Xavier range ×4 for the sigmoid (Glorot and Bengio): a uniform initializer with that limit.
  'xavier-uniform-sigmoid': { code: 'keras.initializers.RandomUniform(-4 * math.sqrt(6 / (n_in + n_out)), 4 * math.sqrt(6 / (n_in + n_out)))' },
  'he-uniform': { code: 'keras.initializers.HeUniform()  # U(±√(6/n_in))' },
  orthogonal: { code: 'keras.initializers.Orthogonal(gain=1.0)' },
};

/** Expression: per-example loss from one-hot \`t\` [batch, 10] and logits \`s\` [batch, 10] (Keras averages it). */
export const KERAS_LOSSES: Record<LossId, PyPart> = {
  'cross-entropy': { code: 'keras.losses.categorical_crossentropy(t, s, from_logits=True)' },
  mse: { code: 'ops.mean(ops.square(s - t), axis=-1)' },
  'mse-softmax': { code: 'ops.mean(ops.square(ops.softmax(s, axis=-1) - t), axis=-1)' },
  mae: { code: 'ops.mean(ops.abs(s - t), axis=-1)' },
  // Keras's categorical_hinge keeps only the largest wrong score; the app sums every wrong class's margin.
  hinge: { code: 'ops.sum(ops.relu(s - ops.sum(s * t, axis=-1, keepdims=True) + 1) * (1 - t), axis=-1)' },
  cosine: { code: '1 - ops.sum(s * t, axis=-1) / ops.sqrt(ops.sum(s * s, axis=-1) + 1e-12)' },
  // Keras's binary_crossentropy averages the ten classes; the app sums them.
  bce: { code: 'ops.sum(ops.softplus(s) - s * t, axis=-1)' },
  'softmax-twice': { code: 'keras.losses.categorical_crossentropy(t, ops.softmax(s, axis=-1), from_logits=True)  # the bug' },
};

/** A Keras optimizer whose update is written out: \`g\`, \`w\`, \`lr\`, \`t\` (update count from 1), \`slots\`. */
function handWritten(rule: string, slots: string[], body: string): PyPart {
  return {
    code: 'HandWritten(learning_rate=schedule)',
    helper: `class HandWritten(keras.optimizers.Optimizer):
    """Layer Lab's ${rule}, written out because Keras's version places ε differently."""

    def build(self, var_list):
        if self.built:
            return
        super().build(var_list)
        self.slots = {
            name: [self.add_variable_from_reference(v, name) for v in var_list] for name in ${JSON.stringify(slots)}
        }

    def update_step(self, g, w, lr):
        i = self._get_variable_index(w)
        lr = ops.cast(lr, w.dtype)
        t = ops.cast(self.iterations + 1, w.dtype)
        ${slots.map((s) => `${s} = self.slots["${s}"][i]`).join('\n        ')}
${body
  .split('\n')
  .map((l) => `        ${l}`)
  .join('\n')}
`,
  };
}

/** Expression building the optimizer from \`schedule\` (a LearningRateSchedule). */
export const KERAS_OPTIMIZERS: Record<OptimizerId, PyPart> = {
  sgd: { code: 'keras.optimizers.SGD(learning_rate=schedule)' },
  momentum: { code: 'keras.optimizers.SGD(learning_rate=schedule, momentum=MOMENTUM)  # v ← βv − αg, w ← w + v' },
  nesterov: { code: 'keras.optimizers.SGD(learning_rate=schedule, momentum=MOMENTUM, nesterov=True)' },
  // Keras's Adam uses ε̂ (added to √v̂ after rescaling); the app adds ε to √v̂ as in Kingma & Ba's algorithm 1.
  adam: handWritten(
    'Adam',
    ['m', 'v'],
    'self.assign(m, BETA1 * m + (1 - BETA1) * g)\nself.assign(v, BETA2 * v + (1 - BETA2) * ops.square(g))\n' +
      'm_hat = m / (1 - ops.power(BETA1, t))\nv_hat = v / (1 - ops.power(BETA2, t))\n' +
      'self.assign_sub(w, lr * m_hat / (ops.sqrt(v_hat) + EPS))',
  ),
  // Keras's Adagrad starts G at 0.1 and puts ε inside the root.
  adagrad: handWritten(
    'AdaGrad: G ← G + g², w ← w − α g/(√G + ε)',
    ['G'],
    'self.assign_add(G, ops.square(g))\nself.assign_sub(w, lr * g / (ops.sqrt(G) + EPS))',
  ),
  // Keras's RMSprop puts ε inside the root.
  rmsprop: handWritten(
    'RMSProp: v ← β₂v + (1−β₂)g², w ← w − α g/(√v + ε)',
    ['v'],
    'self.assign(v, BETA2 * v + (1 - BETA2) * ops.square(g))\nself.assign_sub(w, lr * g / (ops.sqrt(v) + EPS))',
  ),
  adadelta: { code: 'keras.optimizers.Adadelta(learning_rate=schedule, rho=BETA2, epsilon=EPS)' },
  adamax: { code: 'keras.optimizers.Adamax(learning_rate=schedule, beta_1=BETA1, beta_2=BETA2, epsilon=EPS)' },
};

/** Expression: α at update \`k\` (float tensor, from 0), given \`self.spe\` and \`self.tau\` (τ in updates). */
export const KERAS_SCHEDULES: Record<ScheduleId, PyPart> = {
  constant: { code: 'LR + 0.0 * k' },
  step: { code: 'LR * ops.power(DECAY, ops.floor(k / (self.spe * max(1, DECAY_EVERY))))' },
  linear: { code: '(1 - ops.minimum(1.0, k / self.tau)) * LR + ops.minimum(1.0, k / self.tau) * LR * LR_END' },
  cosine: {
    code: 'LR * LR_END + 0.5 * (LR - LR * LR_END) * (1 + ops.cos(math.pi * ops.minimum(1.0, k / self.tau)))',
  },
};
