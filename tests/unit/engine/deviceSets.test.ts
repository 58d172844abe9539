// The shared evaluation sets: a run is built without copying any images to the device, the sets are uploaded
// once per dataset (on first use) and reused by every later run, a prefix evaluates exactly like its own
// upload, and a new run reports its first step before any evaluation. CPU backend, small MNIST.
import { afterAll, describe, expect, it } from 'vitest';
import { DeviceSets } from '../../../src/engine/deviceSets';
import { type Dataset, disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { Runner } from '../../../src/engine/runner';
import { Trainer } from '../../../src/engine/trainer';
import { toEngineConfig, type EngineConfig } from '../../../src/experiment/engineConfig';
import { defaultConfig } from '../../../src/experiment/schema';
import type { FromWorker } from '../../../src/wire/protocol';
import { smallMnist, until } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data: Dataset = smallMnist(3000, 1200);
const cfg = (over: Partial<EngineConfig> = {}): EngineConfig => ({ ...toEngineConfig(defaultConfig()), layers: [16], ...over });


const runners: Runner[] = [];
afterAll(() => runners.forEach((r) => r.dispose()));

describe('DeviceSets', () => {
  it('builds runs without uploading images, uploads each set once and shares it across runs', async () => {
    const before = tf.memory().numTensors;
    const posts: FromWorker[] = [];
    const runner = new Runner(tf, data, (m) => posts.push(m));
    const { sets } = runner;
    const all = [sets.testQuick, sets.testFull, sets.trainQuick, sets.trainFull];
    runner.configure([{ run: 1, config: cfg() }]);
    // Building the run copied no evaluation images: nothing is on the device yet.
    expect(all.map((s) => s.uploaded)).toEqual([false, false, false, false]);
    runner.train();
    await until(() => posts.some((m) => m.type === 'metrics'));
    await runner.pause(); // a full evaluation: every set is now uploaded
    expect(posts.some((m) => m.type === 'eval' && m.point.full)).toBe(true);
    expect(sets.testFull.uploaded && sets.trainFull.uploaded).toBe(true);
    const tensors = all.filter((s) => s.uploaded).flatMap((s) => s.get().pieces.map((p) => p.x));
    const afterFirst = tf.memory().numTensors;

    // Run 2, with fewer training images (its full set is a 1,100-image prefix of the shared 1,200): the same
    // tensors, and none added per run.
    runner.configure([{ run: 2, config: cfg({ trainSize: 1100, lr: 0.01 }) }]);
    runner.train();
    await until(() => posts.some((m) => m.type === 'metrics' && m.run === 2));
    await runner.pause();
    expect(posts.some((m) => m.type === 'eval' && m.run === 2 && m.point.full)).toBe(true);
    expect(all.filter((s) => s.uploaded).flatMap((s) => s.get().pieces.map((p) => p.x))).toEqual(tensors);
    expect(tf.memory().numTensors).toBe(afterFirst);

    runner.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a prefix of a shared set evaluates exactly like an upload of just those images', async () => {
    const t = new Trainer(tf, data, cfg({ trainSize: 700 }));
    const sets = new DeviceSets(tf, data);
    const leaked = await leakedBy(async () => {
      const own = uploadSplit(tf, data.train, 0, 700);
      const [a] = (await t.evaluateSplits([own]))!;
      const [b] = (await t.evaluateSplits([{ ...sets.trainFull.get(), n: 700 }]))!;
      disposeSplit(tf, own);
      sets.dispose();
      expect(b.loss).toBeCloseTo(a.loss, 5);
      expect(b.accuracy).toBe(a.accuracy);
    });
    t.dispose();
    expect(leaked).toBe(0);
  });

  it('a new run reports its first step on its own, before any evaluation', async () => {
    const posts: FromWorker[] = [];
    const runner = new Runner(tf, data, (m) => posts.push(m));
    runners.push(runner);
    for (const run of [1, 2]) {
      runner.configure([{ run, config: cfg({ seed: run }) }]);
      runner.train();
      await until(() => posts.some((m) => m.type === 'metrics' && m.run === run));
      const mine = posts.filter((m) => 'run' in m && m.run === run);
      const firstMetrics = mine.find((m) => m.type === 'metrics')!;
      // The first readback holds step 1 alone (flushed at once, not after FLUSH_MS of further steps) ...
      expect(firstMetrics.type === 'metrics' && firstMetrics.points.map((p) => p.step)).toEqual([1]);
      // ... and no evaluation of the run came before it.
      expect(mine.findIndex((m) => m.type === 'eval')).toSatisfy((i: number) => i < 0 || i > mine.indexOf(firstMetrics));
      await runner.pause();
    }
  });
});
