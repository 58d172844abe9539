// The batch-norm landscape presets' claim, measured on their own nets (CPU backend, real MNIST): after the
// preset's epoch, the loss half a span out on the 2-D slice rises clearly less with batch norm than without.
import { describe, expect, it } from 'vitest';
import { disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { computeLandscape } from '../../../src/engine/landscape';
import { Trainer } from '../../../src/engine/trainer';
import { toEngineConfig } from '../../../src/experiment/engineConfig';
import { landscapeRise } from '../../../src/state/landscapeRise';
import { presetBase } from '../../../src/state/urlCodec';
import { QUICK_EVAL_SIZE } from '../../../src/wire/protocol';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();

/** Trains the preset's net for its epochs, then the 3 × 3 slice at span 0.5: its 8 outer points are the ring
 * at r = 0.5 that the panel's 21 × 21 default (span 1) averages over, with more points. */
async function riseOf(presetId: string): Promise<number> {
  const cfg = toEngineConfig(presetBase(presetId));
  const t = new Trainer(tf, data, cfg);
  while (!t.done) tf.dispose(t.trainStep().loss);
  const subset = uploadSplit(tf, data.train, 0, QUICK_EVAL_SIZE);
  const r = await computeLandscape(tf, t, null, subset, { grid: 3, span: 0.5 });
  t.dispose();
  disposeSplit(tf, subset);
  return landscapeRise(r!)!.rise;
}

describe('batch-norm landscape presets', () => {
  it('with batch norm the loss rises at most 0.8 × as much half a span out as without (and nothing leaks)', async () => {
    let plain = NaN;
    let bn = NaN;
    const leaked = await leakedBy(async () => {
      plain = await riseOf('landscape-deep-plain');
      bn = await riseOf('landscape-deep-bn');
    });
    expect(leaked).toBe(0);
    expect(plain).toBeGreaterThan(1);
    expect(bn).toBeGreaterThan(0);
    expect(bn).toBeLessThan(0.8 * plain);
  }, 400_000);
});
