// The views' leak check (issue 13): the weight images, the unit inspector (every layer, the top 9 and the
// gradient norm) and the network view answered many times on a trained small net, with training steps in
// between, must leave tf.memory().numTensors where it was — nothing kept per request, per step or per unit.
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/engine/dataset';
import { answerNetwork } from '../../../src/engine/networkView';
import { Runner } from '../../../src/engine/runner';
import { answerInspectUnit } from '../../../src/engine/unitInspect';
import { answerWeights } from '../../../src/engine/weightImages';
import { toEngineConfig } from '../../../src/experiment/engineConfig';
import { defaultConfig } from '../../../src/experiment/schema';
import { smallMnist } from './mnistFixture';
import { tf } from './tf';

const data: Dataset = smallMnist(2000, 1200);

describe('the views leave no tensor behind', () => {
  const runner = new Runner(tf, data, () => {});
  afterAll(() => runner.dispose());

  /** One refresh of every view, as the open panels make it (inspector on `unit` of each layer, heavy or light). */
  const askAll = async (unit: number, heavy = true) =>
    Promise.all([
      answerWeights(tf, { id: 1 }, runner),
      answerNetwork(tf, { id: 2 }, runner),
      ...[0, 1, 2].map((layer) => answerInspectUnit(tf, { id: 3, layer, unit, heavy }, runner)),
    ]);

  it('answers 12 rounds of every view, with a training step between rounds, and numTensors stays flat', async () => {
    runner.configure([{ run: 1, config: { ...toEngineConfig(defaultConfig()), layers: [24, 12] } }]);
    for (let i = 0; i < 10; i++) await runner.step();
    // Warm-up round: lazily built tensors (tfjs's own scalars, caches keyed by shape) appear once here.
    await askAll(0);
    await runner.step();
    const before = tf.memory().numTensors;
    const steps: number[] = [];
    for (let round = 0; round < 12; round++) {
      const heavy = round % 3 === 0;
      const [w, net, ...units] = await askAll(round % 10, heavy);
      expect(w.images?.units).toBe(24);
      expect(net.result?.layers).toHaveLength(3);
      for (const u of units) {
        expect(u.result?.incoming.length).toBeGreaterThan(0);
        expect(u.heavy?.top.length ?? 0).toBe(heavy ? 9 : 0);
      }
      steps.push(w.step);
      // Two requests at once (a page that asks before the answer lands), one of them heavy.
      await Promise.all([
        answerInspectUnit(tf, { id: 4, layer: 1, unit: 3, heavy: true }, runner),
        answerInspectUnit(tf, { id: 5, layer: 1, unit: 3, heavy: false }, runner),
      ]);
      await runner.step();
      expect(tf.memory().numTensors).toBe(before);
    }
    // The answers followed the training steps (each round saw a newer net).
    expect(new Set(steps).size).toBe(12);
  });

  it('answers across a new run: the old net freed, no answer keeps it', async () => {
    runner.configure([{ run: 2, config: { ...toEngineConfig(defaultConfig()), layers: [16] } }]);
    await runner.step();
    await askAll(1);
    const before = tf.memory().numTensors;
    // A heavy inspection gives way between its chunks; a new run arriving then frees the net it was reading.
    const pending = Promise.all([askAll(2), answerInspectUnit(tf, { id: 9, layer: 0, unit: 1, heavy: true }, runner)]);
    runner.configure([{ run: 3, config: { ...toEngineConfig(defaultConfig()), layers: [16] } }]);
    const [old, cut] = await pending;
    expect(old.every((a) => a.run === 2)).toBe(true);
    expect(cut).toMatchObject({ run: 2, heavy: null });
    await runner.step();
    await askAll(2);
    expect(tf.memory().numTensors).toBe(before);
  });
});
