// The numbers the "What the net learns" presets state, measured the way the page shows them: each preset is
// trained from its own config, its first layer read back as the weight images, and the page's own figures
// (white share, neighbour agreement, frozen units) computed from them.
import { describe, expect, it } from 'vitest';
import { readWeightImages } from '../../../src/engine/weightImages';
import { Trainer } from '../../../src/engine/trainer';
import { toEngineConfig } from '../../../src/experiment/engineConfig';
import { presetById } from '../../../src/state/presets';
import type { Config } from '../../../src/state/schema';
import { presetBase } from '../../../src/state/urlCodec';
import { unchangedUnits } from '../../../src/state/weightsStore';
import { neighbourAgreement, whiteFraction } from '../../../src/ui/weights/weightImage';
import type { WeightImages } from '../../../src/wire/protocol';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();

/** Trains preset `id` (with `over` on top) and returns the first layer's images at each step of `at`. */
async function imagesAt(id: string, at: number[], over: Partial<Config> = {}): Promise<WeightImages[]> {
  const t = new Trainer(tf, data, toEngineConfig({ ...presetBase(id), ...over }));
  const out: WeightImages[] = [];
  for (let s = 1; s <= Math.max(...at); s++) {
    const r = t.trainStep();
    tf.dispose([r.loss, ...(r.penalty ? [r.penalty] : [])]);
    if (at.includes(s)) out.push(await readWeightImages(tf, t));
  }
  t.dispose();
  return out;
}

const white = (im: WeightImages) => whiteFraction(im.values, im.maxAbs);
const smooth = (im: WeightImages) => neighbourAgreement(im.values, im.units);
const watch = (id: string) => presetById[id].watch;
/** lo < value < hi. */
function within(value: number, lo: number, hi: number): void {
  expect(value).toBeGreaterThan(lo);
  expect(value).toBeLessThan(hi);
}

describe('what the weight-image presets say', () => {
  it('L1 vs L2 after 600 steps: ~70 % / ~40 % / ~16 % of the weights white; L2 smooth (~0.38 vs ~0.16)', async () => {
    const leaked = await leakedBy(async () => {
      const [l1] = await imagesAt('weights-l1', [600]);
      const [l2] = await imagesAt('weights-l2', [600]);
      const [none] = await imagesAt('weights-l1', [600], { l1: 0 });
      within(white(l1), 0.65, 0.75);
      within(white(l2), 0.35, 0.45);
      within(white(none), 0.13, 0.19);
      within(smooth(l2), 0.33, 0.43);
      within(smooth(none), 0.12, 0.2);
    });
    expect(leaked).toBe(0);
    expect(watch('weights-l1')).toMatch(/about 70 % .* about 40 % with L2 and 16 % with neither/);
    expect(watch('weights-l2')).toMatch(/agree about 0\.38 \(0\.16 with no penalty\) and about 40 % .* \(70 % with L1\)/);
  }, 120_000);

  it('dropout after 1,800 steps: neighbouring pixels agree ~0.26, against ~0.17 with dropout 0', async () => {
    const [drop] = await imagesAt('weights-dropout', [1800]);
    const [plain] = await imagesAt('weights-dropout', [1800], { dropout: 0 });
    within(smooth(drop), 0.23, 0.29);
    within(smooth(plain), 0.14, 0.2);
    expect(watch('weights-dropout')).toMatch(/after 1,800 steps neighbouring pixels agree about 0\.26 .* about 0\.17 with dropout set to 0/);
  }, 120_000);

  it('learning rate too high: about half the units freeze by step 300; the rest move ~3.5× as much as at α = 0.001', async () => {
    /** Frozen units between steps 280 and 300, and the living units' mean relative change ‖Δw‖/‖w‖. */
    const between = async (lr: number) => {
      const [a, b] = await imagesAt('weights-lr-high', [280, 300], { lr });
      const frozen = unchangedUnits(a, b)!;
      const moves: number[] = [];
      for (let u = 0; u < a.units; u++) {
        if (frozen[u]) continue;
        let d = 0;
        let n = 0;
        for (let i = u * 784; i < (u + 1) * 784; i++) {
          d += (a.values[i] - b.values[i]) ** 2;
          n += a.values[i] ** 2;
        }
        moves.push(Math.sqrt(d / n));
      }
      return { frozen: frozen.filter(Boolean).length, move: moves.reduce((x, y) => x + y, 0) / moves.length };
    };
    const high = await between(0.01);
    const normal = await between(0.001);
    expect(high.frozen).toBeGreaterThanOrEqual(24); // "about half" of 64
    expect(high.frozen).toBeLessThanOrEqual(40);
    // At α = 0.001 a unit or two may die too (0 or 2 of 64, depending on the batch order): not "about half".
    expect(normal.frozen).toBeLessThanOrEqual(4);
    within(high.move / normal.move, 3, 4.2);
    expect(watch('weights-lr-high')).toMatch(/about half the units die .* about 3\.5× as much/);
  }, 120_000);
});
