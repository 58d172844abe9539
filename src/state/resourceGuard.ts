// Refuses to build a network that would stall a weak device: a config whose training step costs too many
// floating-point operations or too much memory has its batch size halved until it fits, and says so.
// Pure arithmetic on the config (no tfjs), so it runs where the URL is decoded and where controls change it.
import { IMAGE_SIZE as INPUT, NUM_CLASSES as CLASSES } from '../wire/protocol';
import type { Config } from './schema';

/** ~0.1–0.5 s per step on a 2-core laptop without a GPU (10–20 GFLOP/s achieved): still interactive. */
export const MAX_FLOPS_PER_STEP = 2e9;
/** Activations, gradients and optimizer slots must fit well inside a phone's WebGL/WASM heap. */
export const MAX_BYTES = 512 * 2 ** 20;

type Shape = Pick<Config, 'layers' | 'batch' | 'act' | 'maxoutK'>;
type DataShape = Shape & Partial<Pick<Config, 'trainSize' | 'earlyStop'>>;

/** Weights + biases of the MLP. Maxout layers compute k pre-activations per unit. */
export function numParams(c: Shape): number {
  const k = c.act === 'maxout' ? c.maxoutK : 1;
  let n = 0;
  let fanIn = INPUT;
  for (const units of c.layers) {
    n += (fanIn + 1) * units * k;
    fanIn = units;
  }
  return n + (fanIn + 1) * CLASSES;
}

/** Forward (2 FLOPs per weight per example) + backward (4): the usual 6 × params × batch. */
export function flopsPerStep(c: Shape): number {
  return 6 * numParams(c) * c.batch;
}

/** float32 bytes: weights, gradients and up to two optimizer slots (4 × params), plus ~4 copies of each activation. */
export function bytesPerStep(c: Shape): number {
  const k = c.act === 'maxout' ? c.maxoutK : 1;
  const units = INPUT + CLASSES + c.layers.reduce((a, u) => a + u * k, 0);
  return 4 * (4 * numParams(c) + 4 * c.batch * units);
}

export interface Guarded<C extends Shape> {
  config: C;
  /** Why the config was changed, or null when it fits as asked. */
  notice: string | null;
}

/** Training images a run really trains on: train-size less early stopping's 10 % validation slice. */
export function numTrainUsed(c: Pick<Config, 'trainSize' | 'earlyStop'>): number {
  return c.earlyStop > 0 ? c.trainSize - Math.max(1, Math.floor(c.trainSize * 0.1)) : c.trainSize;
}

/**
 * The config the engine will really run, with a notice when it differs from what was asked: a batch larger
 * than the training images used is cut to their number (the engine could not fill it), and a step too
 * costly for a weak device has its batch halved until it fits. Controls show the result, so a field
 * always shows the value in use.
 */
export function guardResources<C extends DataShape>(config: C): Guarded<C> {
  const used = config.trainSize !== undefined ? numTrainUsed({ trainSize: config.trainSize, earlyStop: config.earlyStop ?? 0 }) : Infinity;
  if (config.batch > used) {
    const cut = guardCost({ ...config, batch: Math.max(1, used) });
    const why = `Batch ${config.batch} is more than the ${used} training images used; it was reduced to ${Math.max(1, used)}.`;
    return { config: cut.config, notice: cut.notice ? `${why} ${cut.notice}` : why };
  }
  return guardCost(config);
}

function guardCost<C extends Shape>(config: C): Guarded<C> {
  const fits = (batch: number) =>
    flopsPerStep({ ...config, batch }) <= MAX_FLOPS_PER_STEP && bytesPerStep({ ...config, batch }) <= MAX_BYTES;
  if (fits(config.batch)) return { config, notice: null };
  let batch = config.batch;
  while (batch > 1 && !fits(batch)) batch = Math.max(1, Math.floor(batch / 2));
  const gflops = (flopsPerStep(config) / 1e9).toFixed(1);
  return {
    config: { ...config, batch },
    notice:
      `Batch ${config.batch} with layers ${config.layers.join(',')} needs about ${gflops} GFLOP per step, ` +
      `too much for this page to stay responsive; the batch size was reduced to ${batch}.`,
  };
}
