// A multilayer perceptron as plain tfjs variables, so every layer's weights, activations and gradients
// are in reach (LayersModel hides them). Input [batch, 784] → hidden layers → logits [batch, 10].
import { activationById, type Activation } from '../catalog/activations';
import { initializerById } from '../catalog/initializers';
import type { TF, Tensor, Tensor1D, Tensor2D, Variable } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import { IMAGE_SIZE, NUM_CLASSES } from '../wire/protocol';
import { deriveSeed } from './rng';

export interface BatchNormParams {
  gamma: Variable; // [preWidth]
  beta: Variable; // [preWidth]
  movingMean: Variable; // [preWidth], not trainable
  movingVar: Variable; // [preWidth], not trainable
}

export interface DenseLayer {
  /** [nIn, preWidth] */
  W: Variable;
  /** [preWidth] */
  b: Variable;
  /** Activation parameters (PReLU slopes), trainable. */
  actParams: Variable[];
  bn: BatchNormParams | null;
  /** Output width after the activation. */
  units: number;
}

export interface Mlp {
  hidden: DenseLayer[];
  /** The output layer: no activation, no batch norm; its output is the logits. */
  out: DenseLayer;
  activation: Activation;
  maxoutK: number;
}

export const BN_EPSILON = 1e-3;
export const BN_MOMENTUM = 0.9;

/** A variable from a freshly made tensor; tidy disposes the temporary (the variable keeps the data). */
export function newVariable(tf: TF, make: () => Tensor, trainable = true): Variable {
  return tf.tidy(() => tf.variable(make(), trainable));
}

type ModelSpec = Pick<EngineConfig, 'act' | 'maxoutK' | 'layers' | 'init' | 'initValue' | 'biasInit' | 'bn' | 'seed'>;

/**
 * Builds the layers. Variables get tfjs's auto-generated unique names (gradients are keyed by them), so
 * several nets can live side by side; weights are drawn from `seed`, so the same config gives the same net
 * anywhere.
 */
export function buildMlp(tf: TF, spec: ModelSpec): Mlp {
  const activation = activationById[spec.act];
  const initializer = initializerById[spec.init];
  const makeLayer = (i: number, nIn: number, units: number, isOutput: boolean): DenseLayer => {
    const preWidth = isOutput || !activation.preWidth ? units : activation.preWidth(units, spec.maxoutK);
    const W = newVariable(tf, () =>
      initializer.sample(tf, nIn, preWidth, { seed: deriveSeed(spec.seed, i), value: spec.initValue }),
    );
    const b = newVariable(tf, () => tf.fill([preWidth], spec.biasInit));
    const actParams = isOutput || !activation.createParams ? [] : activation.createParams(tf, units);
    const bn =
      spec.bn && !isOutput
        ? {
            gamma: newVariable(tf, () => tf.ones([preWidth])),
            beta: newVariable(tf, () => tf.zeros([preWidth])),
            movingMean: newVariable(tf, () => tf.zeros([preWidth]), false),
            movingVar: newVariable(tf, () => tf.ones([preWidth]), false),
          }
        : null;
    return { W, b, actParams, bn, units };
  };
  const hidden: DenseLayer[] = [];
  let nIn = IMAGE_SIZE;
  spec.layers.forEach((units, i) => {
    hidden.push(makeLayer(i, nIn, units, false));
    nIn = units;
  });
  const out = makeLayer(spec.layers.length, nIn, NUM_CLASSES, true);
  return { hidden, out, activation, maxoutK: spec.maxoutK };
}

/** Every variable the optimizer updates, in a fixed order. */
export function trainableVariables(mlp: Mlp): Variable[] {
  const vars: Variable[] = [];
  for (const l of [...mlp.hidden, mlp.out]) {
    vars.push(l.W, l.b, ...l.actParams);
    if (l.bn) vars.push(l.bn.gamma, l.bn.beta);
  }
  return vars;
}

/** The weight matrices only (what L1/L2 penalise; biases and BN parameters are left free). */
export function weightMatrices(mlp: Mlp): Variable[] {
  return [...mlp.hidden, mlp.out].map((l) => l.W);
}

export function disposeMlp(mlp: Mlp): void {
  disposeWeights(mlp);
}

/** What a forward pass reads of one layer: a live net's variables, or a frozen copy of them. */
export interface LayerWeights {
  W: Tensor;
  b: Tensor;
  actParams: Tensor[];
  bn: { gamma: Tensor; beta: Tensor; movingMean: Tensor; movingVar: Tensor } | null;
}

/** What a forward pass reads of a net (an Mlp is one). */
export interface MlpWeights {
  hidden: LayerWeights[];
  out: LayerWeights;
  activation: Activation;
  maxoutK: number;
}

const cloneLayer = (tf: TF, l: LayerWeights): LayerWeights => ({
  W: tf.clone(l.W),
  b: tf.clone(l.b),
  actParams: l.actParams.map((p) => tf.clone(p)),
  bn: l.bn && { gamma: tf.clone(l.bn.gamma), beta: tf.clone(l.bn.beta), movingMean: tf.clone(l.bn.movingMean), movingVar: tf.clone(l.bn.movingVar) },
});

/**
 * The net's weights as they are now, for work that yields while training goes on (the test-set predictions):
 * every chunk then sees the same step's weights. A clone shares the variable's data until the next update
 * assigns it a new buffer, so taking one copies nothing. Free it with disposeWeights.
 */
export function snapshotMlp(tf: TF, mlp: MlpWeights): MlpWeights {
  return { hidden: mlp.hidden.map((l) => cloneLayer(tf, l)), out: cloneLayer(tf, mlp.out), activation: mlp.activation, maxoutK: mlp.maxoutK };
}

export function disposeWeights(w: MlpWeights): void {
  for (const l of [...w.hidden, w.out]) {
    l.W.dispose();
    l.b.dispose();
    l.actParams.forEach((p) => p.dispose());
    if (l.bn) Object.values(l.bn).forEach((t: Tensor) => t.dispose());
  }
}

export interface ForwardOptions {
  training: boolean;
  dropoutRate: number;
  /** Seed of this step's dropout masks. */
  dropoutSeed: number;
  /** Sees each layer's pre-activation and activation (layer index = hidden count for the output layer). */
  onLayer?: (layer: number, pre: Tensor2D, act: Tensor2D) => void;
  /** Sees each batch-normalised layer's batch moments (training only), to update the moving averages. */
  onBatchMoments?: (layer: number, mean: Tensor1D, variance: Tensor1D) => void;
}

/** x [batch, 784] → logits [batch, 10]. Call inside tf.tidy or a gradient function. */
export function forward(tf: TF, mlp: MlpWeights, x: Tensor2D, opts: ForwardOptions): Tensor2D {
  let h = x;
  mlp.hidden.forEach((layer, i) => {
    let pre = tf.add(tf.matMul(h, layer.W), layer.b) as Tensor2D;
    if (layer.bn) {
      let mean = layer.bn.movingMean as Tensor1D;
      let variance = layer.bn.movingVar as Tensor1D;
      if (opts.training) {
        const m = tf.moments(pre, 0);
        mean = m.mean as Tensor1D;
        variance = m.variance as Tensor1D;
        opts.onBatchMoments?.(i, mean, variance);
      }
      pre = tf.batchNorm(pre, mean, variance, layer.bn.beta, layer.bn.gamma, BN_EPSILON) as Tensor2D;
    }
    let act = mlp.activation.apply(tf, pre, { params: layer.actParams, maxoutK: mlp.maxoutK });
    opts.onLayer?.(i, pre, act);
    if (opts.training && opts.dropoutRate > 0) {
      act = tf.dropout(act, opts.dropoutRate, undefined, deriveSeed(opts.dropoutSeed, i)) as Tensor2D;
    }
    h = act;
  });
  const logits = tf.add(tf.matMul(h, mlp.out.W), mlp.out.b) as Tensor2D;
  opts.onLayer?.(mlp.hidden.length, logits, logits);
  return logits;
}
