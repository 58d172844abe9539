// The initialization lab: build a network, push one batch through it, look at every hidden layer. No
// training. The lecture's variance argument is computed alongside, so measured and predicted sit side by side.
import { initializerById } from '../catalog/initializers';
import type { TF, Tensor, Tensor2D } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import type { InitLabData, InitLabLayer, InitLabResult } from '../wire/protocol';
import { fillBatch, IMAGE_SIZE, NUM_CLASSES, type Dataset } from './dataset';
import { deadAndSaturated, histogram, histRangeOf } from './layerStats';
import { theoryChain, type TheoryLayerSpec } from './initTheory';
import { BN_EPSILON, buildMlp, disposeMlp, forward } from './mlp';
import { deriveSeed } from './rng';

/** Rows of the batch pushed through the net. */
export const INIT_LAB_ROWS = 256;

type LabSpec = Pick<EngineConfig, 'act' | 'maxoutK' | 'layers' | 'init' | 'initValue' | 'biasInit' | 'bn' | 'seed'>;

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
  const activation = mlp.activation;
  const rowsPerLayer: Tensor[] = [];
  const flat = tf.tidy(() => {
    const q0 = tf.stack([tf.mean(tf.square(x)), tf.mean(x)]);
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
    return tf.concat([q0, ...rowsPerLayer]);
  });
  const preWidths = mlp.hidden.map((l) => (l.W.shape as [number, number])[1]);
  disposeMlp(mlp);
  const v = await flat.data();
  flat.dispose();
  const stride = (v.length - 2) / spec.layers.length;
  const init = initializerById[spec.init];
  const fanIns = spec.layers.map((_, i) => (i === 0 ? IMAGE_SIZE : spec.layers[i - 1]));
  // The input's units: independent Gaussians, or standardised pixels treated as if they were (ρ = 0).
  const theory = theoryChain(
    activation,
    spec.layers.map(
      (units, i): TheoryLayerSpec => ({
        fanIn: fanIns[i],
        weight: init.moments(fanIns[i], preWidths[i], { seed: 0, value: spec.initValue }),
        bias: spec.biasInit,
        bn: spec.bn ? { epsilon: BN_EPSILON } : null,
        pieces: preWidths[i] / units,
      }),
    ),
    { mean: v[1], second: v[0], rho: 0 },
  );
  const layers = spec.layers.map((units, i): InitLabLayer => {
    const b = 2 + i * stride;
    return {
      layer: i,
      fanIn: fanIns[i],
      units,
      preVar: v[b],
      actMean: v[b + 1],
      actVar: v[b + 2],
      dead: v[b + 3],
      saturated: v[b + 4],
      hist: Array.from(v.slice(b + 5, b + stride)),
      histRange: histRangeOf(activation, false),
      theoryPreVar: theory[i].preVar,
      theoryActVar: theory[i].actVar,
    };
  });
  return { inputSecondMoment: v[0], inputMean: v[1], layers };
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
