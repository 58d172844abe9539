// The initialization lab: build a network, push one batch through it, look at every hidden layer. No
// training. The lecture's variance argument is computed alongside, so measured and predicted sit side by side.
import type { ActivationFamily } from '../catalog/activations';
import { initializerById } from '../catalog/initializers';
import type { TF, Tensor, Tensor2D } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import type { InitLabData, InitLabLayer, InitLabResult } from '../wire/protocol';
import { fillBatch, IMAGE_SIZE, NUM_CLASSES, type Dataset } from './dataset';
import { deadAndSaturated, histogram, histRangeOf } from './layerStats';
import { buildMlp, disposeMlp, forward } from './mlp';
import { deriveSeed } from './rng';

/** Rows of the batch pushed through the net. */
export const INIT_LAB_ROWS = 256;

type LabSpec = Pick<EngineConfig, 'act' | 'maxoutK' | 'layers' | 'init' | 'initValue' | 'biasInit' | 'bn' | 'seed'>;

/**
 * The lecture's argument for one layer with zero-mean weights. Returns the predicted pre-activation
 * variance, activation variance and E[a²] (what the next layer's variance depends on).
 */
export function theoryStep(
  family: ActivationFamily,
  fanIn: number,
  weightVar: number,
  inputSecondMoment: number,
): { pre: number; act: number; secondMoment: number } {
  const pre = fanIn * weightVar * inputSecondMoment;
  switch (family) {
    case 'relu': // half the inputs are zeroed: E[a²] = v/2, and Var(a) = v/2 − (E a)² = v(1/2 − 1/2π)
      return { pre, act: pre * (0.5 - 1 / (2 * Math.PI)), secondMoment: pre / 2 };
    case 'sigmoid': // σ(x) ≈ 1/2 + x/4 near 0
      return { pre, act: pre / 16, secondMoment: 0.25 + pre / 16 };
    default: // tanh and the rest: linear near 0
      return { pre, act: pre, secondMoment: pre };
  }
}

/** The input batch [INIT_LAB_ROWS, 784]: the first test images (standardised) or seeded unit Gaussians. */
export function initLabInput(tf: TF, kind: InitLabData, dataset: Dataset | null, seed: number): Tensor2D {
  if (kind === 'gaussian' || !dataset) {
    return tf.randomNormal([INIT_LAB_ROWS, IMAGE_SIZE], 0, 1, 'float32', deriveSeed(seed, 3_000_000)) as Tensor2D;
  }
  const n = Math.min(INIT_LAB_ROWS, dataset.test.count);
  const x = new Float32Array(n * IMAGE_SIZE);
  const idx = Array.from({ length: n }, (_, i) => i);
  fillBatch(dataset.test, idx, 0, n, x, new Float32Array(n * NUM_CLASSES));
  return tf.tensor2d(x, [n, IMAGE_SIZE]);
}

/** Builds the net for `spec`, forwards `x` [rows, 784] once, reads every hidden layer back. Disposes everything it made. */
export async function runInitLab(tf: TF, spec: LabSpec, x: Tensor2D): Promise<InitLabResult> {
  const mlp = buildMlp(tf, spec);
  const family = mlp.activation.family;
  const rowsPerLayer: Tensor[] = [];
  const flat = tf.tidy(() => {
    const q0 = tf.mean(tf.square(x));
    forward(tf, mlp, x, {
      training: true, // batch norm uses the batch's own moments, as in the first training step
      dropoutRate: 0,
      dropoutSeed: 0,
      onLayer: (i, pre, act) => {
        if (i >= mlp.hidden.length) return;
        const p = tf.moments(pre);
        const a = tf.moments(act);
        rowsPerLayer.push(
          tf.concat([
            tf.stack([p.variance, a.mean, a.variance, ...deadAndSaturated(tf, act, family)]),
            histogram(tf, act, histRangeOf(mlp.activation, false)),
          ]),
        );
      },
    });
    return tf.concat([tf.reshape(q0, [1]), ...rowsPerLayer]);
  });
  const preWidths = mlp.hidden.map((l) => (l.W.shape as [number, number])[1]);
  disposeMlp(mlp);
  const v = await flat.data();
  flat.dispose();
  const stride = (v.length - 1) / spec.layers.length;
  const init = initializerById[spec.init];
  let fanIn = IMAGE_SIZE;
  let q = v[0];
  const layers = spec.layers.map((units, i): InitLabLayer => {
    const b = 1 + i * stride;
    const t = theoryStep(family, fanIn, init.moments(fanIn, preWidths[i], { seed: 0, value: spec.initValue }).variance, q);
    const out: InitLabLayer = {
      layer: i,
      fanIn,
      units,
      preVar: v[b],
      actMean: v[b + 1],
      actVar: v[b + 2],
      dead: v[b + 3],
      saturated: v[b + 4],
      hist: Array.from(v.slice(b + 5, b + stride)),
      histRange: histRangeOf(mlp.activation, false),
      theoryPreVar: t.pre,
      theoryActVar: t.act,
    };
    fanIn = units;
    q = t.secondMoment;
    return out;
  });
  return { inputSecondMoment: v[0], layers };
}

/** The Worker's answer to an `init-lab` message. */
export async function answerInitLab(
  tf: TF,
  msg: { id: number; config: LabSpec; data: InitLabData },
  dataset: Dataset | null,
): Promise<{ type: 'init-lab-result'; id: number; result: InitLabResult }> {
  const x = initLabInput(tf, msg.data, dataset, msg.config.seed);
  try {
    return { type: 'init-lab-result', id: msg.id, result: await runInitLab(tf, msg.config, x) };
  } finally {
    x.dispose();
  }
}
