// The Worker's loop on the tfjs CPU backend, with a fake `post`: run ids, divergence, pause/step/new-run
// sequences and the leak check. (The page-side filtering of stale runs is tested in state/router.test.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { Runner } from '../../../src/engine/runner';
import { StatsTap } from '../../../src/engine/statsTap';
import type { Dataset } from '../../../src/engine/dataset';
import { toEngineConfig, type EngineConfig } from '../../../src/experiment/engineConfig';
import { defaultConfig } from '../../../src/experiment/schema';
import type { FromWorker } from '../../../src/wire/protocol';
import { smallMnist, until } from './mnistFixture';
import { tf } from './tf';

/** A small MNIST: the loop's logic does not need 70,000 images, and the CPU backend is slow. */
const data: Dataset = smallMnist(3000, 1200);
const cfg = (over: Partial<EngineConfig> = {}): EngineConfig => ({ ...toEngineConfig(defaultConfig()), layers: [16], ...over });


function harness() {
  const posts: FromWorker[] = [];
  const runner = new Runner(tf, data, (m) => posts.push(m));
  const of = <T extends FromWorker['type']>(type: T) => posts.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  const lastStatus = () => of('status').at(-1)!.status;
  return { runner, posts, of, lastStatus };
}

const runs: Runner[] = [];
afterAll(() => runs.forEach((r) => r.dispose()));

/** Resolves when a message posted now on a fresh MessageChannel arrives: how the page's messages reach the Worker. */
const messageArrives = () =>
  new Promise<void>((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });

describe('Runner', () => {
  it('ends its training slice at the next step while a page message is waiting', async () => {
    const h = harness();
    runs.push(h.runner);
    let waiting = false;
    h.runner.messageWaiting = () => waiting;
    // A net this small steps in well under a millisecond here, so a whole 30 ms slice is dozens of steps.
    h.runner.configure([{ run: 1, config: cfg({ batch: 16 }) }]);
    h.runner.train();
    await until(() => (h.runner.current?.step ?? 0) >= 3);
    const stepsBeforeArrival: number[] = [];
    for (let i = 0; i < 5; i++) {
      const at = h.runner.current!.step;
      waiting = true;
      await messageArrives();
      stepsBeforeArrival.push(h.runner.current!.step - at);
      waiting = false;
      await until(() => h.runner.current!.step >= at + 3);
    }
    await h.runner.pause();
    // Queued behind the loop's own yield, the message runs after at most the one step of the next slice.
    expect(Math.max(...stepsBeforeArrival)).toBeLessThanOrEqual(1);
  });

  it('tags every message with the run it belongs to, and says nothing of run 1 once run 2 is configured', async () => {
    const h = harness();
    runs.push(h.runner);
    h.runner.configure([{ run: 1, config: cfg() }]);
    h.runner.train();
    await until(() => h.of('metrics').length >= 2);
    await h.runner.pause();
    // A new run while run 1's readback is in flight: the step's flush has started, configure comes before it lands.
    const stepping = h.runner.step();
    const cut = h.posts.length;
    h.runner.configure([{ run: 2, config: cfg({ lr: 0.01 }) }]);
    await stepping;
    h.runner.train();
    await until(() => h.of('metrics').some((m) => m.run === 2));
    await h.runner.pause();
    const after = h.posts.slice(cut).filter((m) => 'run' in m);
    expect(after.length).toBeGreaterThan(3);
    expect(after.every((m) => 'run' in m && m.run === 2)).toBe(true);
    // Run 2's losses start again at step 1.
    const firstOf2 = h.of('metrics').find((m) => m.run === 2)!;
    expect(firstOf2.points[0].step).toBe(1);
  });

  it('step() runs exactly one update', async () => {
    const h = harness();
    runs.push(h.runner);
    h.runner.configure([{ run: 1, config: cfg() }]);
    await h.runner.step();
    expect(h.lastStatus().step).toBe(1);
    await h.runner.step();
    expect(h.lastStatus().step).toBe(2);
    expect(h.of('metrics').flatMap((m) => m.points.map((p) => p.step))).toEqual([1, 2]);
  });

  it('a NaN loss reports diverged with its step, and the status, the notice and the losses agree on it', async () => {
    const h = harness();
    runs.push(h.runner);
    h.runner.configure([{ run: 1, config: cfg({ opt: 'sgd', lr: 10, layers: [128, 64] }) }]);
    h.runner.train();
    await until(() => h.of('diverged').length > 0);
    const step = h.of('diverged')[0].step;
    await until(() => h.lastStatus().ended === 'diverged');
    expect(h.lastStatus()).toMatchObject({ step, running: false, done: true });
    const points = h.of('metrics').flatMap((m) => m.points);
    expect(points.every((p) => Number.isFinite(p.loss) && p.step < step)).toBe(true);
    // A diverged run cannot be continued: Train and Step do nothing.
    const n = h.posts.length;
    h.runner.train();
    await h.runner.step();
    expect(h.posts.length).toBe(n);
  });

  it('ends a run on its last step with a full evaluation and the final statistics captured', async () => {
    const h = harness();
    runs.push(h.runner);
    const captured: number[] = [];
    h.runner.onCapture = (c, t) => {
      captured.push(t.step);
      c.pre.concat(c.act, c.gradW, c.weightBefore).forEach((x) => x.dispose());
    };
    h.runner.configure([{ run: 1, config: cfg({ trainSize: 640, epochs: 2, batch: 64 }) }]);
    h.runner.train();
    await until(() => h.lastStatus().ended === 'epochs' && h.of('eval').some((e) => e.point.full && e.point.step === 20));
    expect(h.lastStatus().step).toBe(20);
    expect(captured).toContain(20);
    const full = h.of('eval').filter((e) => e.point.full && e.point.step === 20).map((e) => e.point.set);
    expect(full.sort()).toEqual(['test', 'train']);
    // Train after the end does nothing; the run says how it ended.
    h.runner.train();
    expect(h.lastStatus().running).toBe(false);
  });

  it('pause, step, new-run and train sequences leave the tensor count where it started', async () => {
    const h = harness();
    runs.push(h.runner);
    const stats = new StatsTap(tf, h.runner, (m) => h.posts.push(m));
    h.runner.configure([{ run: 1, config: cfg() }]);
    const baseline = tf.memory().numTensors;
    for (let run = 2; run < 6; run++) {
      h.runner.train();
      await until(() => h.of('metrics').some((m) => m.run === run - 1));
      await h.runner.pause();
      await h.runner.step();
      await h.runner.step();
      h.runner.train();
      h.runner.configure([{ run: run, config: cfg({ lr: run / 1000 }) }]);
    }
    await h.runner.pause();
    // Let in-flight readbacks (losses, statistics) settle, then compare against a fresh run's count.
    await until(() => h.runner.current !== null);
    await new Promise((r) => setTimeout(r, 300));
    // The evaluation sets are uploaded once, on first use, and shared by every run (deviceSets.test.ts):
    // they are the only tensors allowed to outlive the runs.
    expect(tf.memory().numTensors).toBe(baseline + h.runner.sets.numTensors);
    // …and the status a learner sees counts the rest: back to where the first run started.
    expect(h.lastStatus().numTensors).toBe(baseline);
    stats.dispose();
  });
});
