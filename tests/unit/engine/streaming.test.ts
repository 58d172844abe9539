// Training on a first slice while the rest of MNIST streams in (tfjs CPU backend): the batch order is a rule
// of the seed alone, so the losses are the same whether the rest arrives early, late or was there all along;
// no step reads an image before it arrived, and no full evaluation runs on part of the test set.
import { afterAll, describe, expect, it } from 'vitest';
import { Arrival } from '../../../src/engine/arrival';
import { epochOrder, FIRST_SLICE, imagesToBuild, TRAIN_SHARD_ENDS, type Dataset, type Split } from '../../../src/engine/dataset';
import { permutation, deriveSeed } from '../../../src/engine/rng';
import { Runner } from '../../../src/engine/runner';
import { toEngineConfig, type EngineConfig } from '../../../src/experiment/engineConfig';
import { defaultConfig } from '../../../src/experiment/schema';
import { QUICK_EVAL_SIZE, type FromWorker, type LossPoint } from '../../../src/wire/protocol';
import { loadMnistFromPackage, until } from './mnistFixture';
import { tf } from './tf';

const IMAGE = 784;
// Past the last shard's start, so a run's epoch 0 crosses every shard of the training images.
const NUM_TRAIN = TRAIN_SHARD_ENDS[TRAIN_SHARD_ENDS.length - 1] + 2000;
const NUM_TEST = 1200;
const STEPS = 30;
const slice = (s: Split, n: number): Split => ({ images: s.images.slice(0, n * IMAGE), labels: s.labels.slice(0, n), count: n });
const full = loadMnistFromPackage();
const complete: Dataset = { train: slice(full.train, NUM_TRAIN), test: slice(full.test, NUM_TEST) };
// Batch 500: the first slice holds 4 batches, so step 5 needs images beyond it.
const cfg: EngineConfig = { ...toEngineConfig(defaultConfig()), layers: [16], batch: 500, trainSize: NUM_TRAIN, epochs: 2 };
const STEPS_IN_SLICE = FIRST_SLICE.train / cfg.batch;

/** A dataset whose images past the first slice are zeros until `release()` copies them in and announces them. */
function streamed(): { data: Dataset; release: () => void } {
  const arrival = new Arrival({ train: NUM_TRAIN, test: NUM_TEST });
  const train = { ...complete.train, images: new Uint8Array(complete.train.images.length) };
  const test = { ...complete.test, images: new Uint8Array(complete.test.images.length) };
  train.images.set(complete.train.images.subarray(0, FIRST_SLICE.train * IMAGE));
  test.images.set(complete.test.images.subarray(0, QUICK_EVAL_SIZE * IMAGE));
  arrival.advance('train', FIRST_SLICE.train);
  arrival.advance('test', QUICK_EVAL_SIZE);
  const release = () => {
    train.images.set(complete.train.images);
    test.images.set(complete.test.images);
    arrival.advance('train', NUM_TRAIN);
    arrival.advance('test', NUM_TEST);
  };
  return { data: { train, test, arrival }, release };
}


/** Trains until STEPS losses are read back; `onPosts` sees every message as it is posted. */
async function firstLosses(data: Dataset, onPost: (posts: FromWorker[]) => void = () => {}) {
  const posts: FromWorker[] = [];
  const runner = new Runner(tf, data, (m) => {
    posts.push(m);
    onPost(posts);
  });
  const losses = () => posts.flatMap((m) => (m.type === 'metrics' ? m.points : ([] as LossPoint[])));
  await runner.whenDataFor([{ config: cfg }]);
  runner.configure([{ run: 1, config: cfg }]);
  runner.train();
  await until(() => losses().length >= STEPS, 60_000);
  await runner.pause();
  runner.dispose();
  return { losses: losses().slice(0, STEPS).map((p) => p.loss), posts };
}

const baseline = tf.memory().numTensors;
afterAll(() => expect(tf.memory().numTensors).toBe(baseline));

describe('epochOrder', () => {
  it('visits the first slice first in epoch 0, then the rest; every epoch visits every image once', () => {
    const order = epochOrder(NUM_TRAIN, 7, 0);
    expect(Math.max(...order.subarray(0, FIRST_SLICE.train))).toBe(FIRST_SLICE.train - 1);
    expect(Math.min(...order.subarray(FIRST_SLICE.train))).toBe(FIRST_SLICE.train);
    for (const epoch of [0, 1]) expect([...epochOrder(NUM_TRAIN, 7, epoch)].sort((a, b) => a - b)).toEqual([...Array(NUM_TRAIN).keys()]);
    // Later epochs mix the whole set; a small run keeps the one permutation it always had.
    expect(Math.max(...epochOrder(NUM_TRAIN, 7, 1).subarray(0, 1000))).toBeGreaterThan(FIRST_SLICE.train);
    expect(epochOrder(FIRST_SLICE.train - 500, 7, 0)).toEqual(permutation(FIRST_SLICE.train - 500, deriveSeed(7, 1000)));
    expect(epochOrder(NUM_TRAIN, 8, 0)).not.toEqual(order);
  });

  it('visits every shard of the training images in turn in epoch 0, each one whole before the next', () => {
    const numUsed = 12_000;
    const order = epochOrder(numUsed, 3, 0);
    const bounds = [0, ...TRAIN_SHARD_ENDS, numUsed];
    for (let s = 0; s + 1 < bounds.length; s++) {
      const part = [...order.subarray(bounds[s], bounds[s + 1])].sort((a, b) => a - b);
      expect(part[0]).toBe(bounds[s]);
      expect(part.at(-1)).toBe(bounds[s + 1] - 1);
      expect(new Set(part).size).toBe(bounds[s + 1] - bounds[s]);
    }
    // Each shard is shuffled within itself (not left in file order).
    expect(order.subarray(TRAIN_SHARD_ENDS[0], TRAIN_SHARD_ENDS[0] + 20)).not.toEqual(Uint32Array.from({ length: 20 }, (_, i) => TRAIN_SHARD_ENDS[0] + i));
  });
});

describe('Runner on streaming data', () => {
  it('gives the same first losses whether the rest arrives early, late or was there from the start', async () => {
    const reference = await firstLosses(complete);

    const early = streamed();
    early.release();
    const fromEarly = await firstLosses(early.data);

    // Late: the rest arrives only once the run has read back every step of the first slice and stalled.
    const late = streamed();
    let stepsBeforeRelease = -1;
    const fromLate = await firstLosses(late.data, (posts) => {
      const steps = posts.flatMap((m) => (m.type === 'metrics' ? m.points.map((p) => p.step) : []));
      if (stepsBeforeRelease < 0 && steps.includes(STEPS_IN_SLICE)) {
        stepsBeforeRelease = Math.max(...steps);
        queueMicrotask(late.release);
      }
    });

    expect(reference.losses).toHaveLength(STEPS);
    expect(fromEarly.losses).toEqual(reference.losses);
    expect(fromLate.losses).toEqual(reference.losses);
    // It trained on the first slice, and waited at the first step that needed more.
    expect(stepsBeforeRelease).toBe(STEPS_IN_SLICE);
  });

  it('builds a run on the first slice alone; only early stopping waits, for its validation images', async () => {
    const s = streamed();
    const runner = new Runner(tf, s.data, () => {});
    expect(imagesToBuild(cfg, s.data)).toBe(0);
    await runner.whenDataFor([{ config: cfg }]);
    const stopping = { ...cfg, earlyStop: 2 };
    expect(imagesToBuild(stopping, s.data)).toBe(NUM_TRAIN);
    let ready = false;
    const waiting = runner.whenDataFor([{ config: stopping }]).then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(ready).toBe(false);
    s.release();
    await waiting;
    runner.dispose();
  });

  it('runs no full evaluation on a partial test set: the pause evaluation waits for the rest', async () => {
    const s = streamed();
    const posts: FromWorker[] = [];
    const runner = new Runner(tf, s.data, (m) => posts.push(m));
    runner.configure([{ run: 1, config: cfg }]);
    runner.train();
    await until(() => posts.some((m) => m.type === 'metrics'), 60_000);
    const pausing = runner.pause();
    // Ample time for a 1,200-image evaluation on the CPU backend, had it not waited.
    await new Promise((r) => setTimeout(r, 300));
    const released = posts.length;
    s.release();
    await pausing;
    const fullAt = posts.findIndex((m) => m.type === 'eval' && m.point.full);
    expect(fullAt).toBeGreaterThanOrEqual(released);
    runner.dispose();
  });
});
