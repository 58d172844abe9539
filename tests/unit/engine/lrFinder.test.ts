import { describe, expect, it } from 'vitest';
import { CHUNK, LrFinder, finderLr } from '../../../src/engine/lrFinder';
import { Trainer } from '../../../src/engine/trainer';
import { toEngineConfig, type EngineConfig } from '../../../src/experiment/engineConfig';
import { defaultConfig } from '../../../src/experiment/schema';
import { suggestLr } from '../../../src/state/search/lrRule';
import { LR_FINDER, type FromWorker, type LrFinderPoint } from '../../../src/wire/protocol';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

type Msg = Extract<FromWorker, { type: 'lr-finder' }>;
const data = loadMnistFromPackage();
const cfg = (over: Partial<EngineConfig> = {}): EngineConfig => ({ ...toEngineConfig(defaultConfig()), layers: [32], trainSize: 5000, ...over });

/** Runs one test to its end and returns every message it posted. */
async function runFinder(c: EngineConfig, onMsg: (m: Msg, f: LrFinder) => void = () => undefined): Promise<Msg[]> {
  const msgs: Msg[] = [];
  const f: LrFinder = new LrFinder(tf, data, (m) => {
    msgs.push(m);
    onMsg(m, f);
  });
  await f.run(1, 3, c);
  return msgs;
}

/** The divergence rule written out again, independently: the first step whose debiased EMA of the loss
 * passes stopFactor × the lowest EMA before it (or whose loss is not finite). */
function firstDivergence(losses: number[]): number {
  let avg = 0;
  let best = Infinity;
  for (let i = 0; i < losses.length; i++) {
    avg = LR_FINDER.smoothing * avg + (1 - LR_FINDER.smoothing) * losses[i];
    const s = avg / (1 - LR_FINDER.smoothing ** (i + 1));
    if (!Number.isFinite(losses[i]) || s > LR_FINDER.stopFactor * best) return i;
    best = Math.min(best, s);
  }
  return -1;
}

async function meanLossOver(c: EngineConfig, steps: number, last: number): Promise<number> {
  const t = new Trainer(tf, data, c);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) {
    const r = t.trainStep();
    losses.push((await r.loss.data())[0]);
    r.loss.dispose();
  }
  t.dispose();
  return losses.slice(-last).reduce((a, b) => a + b) / last;
}

describe('LrFinder (real MNIST, CPU backend)', () => {
  it('sweeps the rate 1e-6 → 10 exponentially, records each step\'s loss, stops at the divergence rule, frees every tensor', async () => {
    let msgs: Msg[] = [];
    const leaked = await leakedBy(async () => {
      msgs = await runFinder(cfg());
    });
    expect(leaked).toBe(0);
    const points: LrFinderPoint[] = msgs.flatMap((m) => m.points);
    const last = msgs[msgs.length - 1];
    expect(last).toMatchObject({ type: 'lr-finder', id: 1, run: 3, done: true, stopped: 'diverged', points: [] });
    expect(msgs.slice(0, -1).every((m) => !m.done && m.points.length > 0 && m.points.length <= CHUNK)).toBe(true);

    // The schedule: step k (1-based) uses lrMin · (lrMax/lrMin)^((k-1)/(steps-1)); a constant ratio between steps.
    expect(points.map((p) => p.step)).toEqual(points.map((_, i) => i + 1));
    expect(points[0].lr).toBeCloseTo(1e-6, 15);
    expect(finderLr(LR_FINDER.steps - 1, LR_FINDER.steps)).toBeCloseTo(10, 10);
    const ratio = Math.pow(1e7, 1 / (LR_FINDER.steps - 1));
    for (let i = 1; i < points.length; i++) expect(points[i].lr / points[i - 1].lr).toBeCloseTo(ratio, 10);

    // Each loss is the loss of that very update: a Trainer driven by hand with the same rates gives the same numbers.
    const t = new Trainer(tf, data, cfg());
    for (const p of points.slice(0, 20)) {
      const r = t.trainStep(false, p.lr);
      expect((await r.loss.data())[0]).toBe(p.loss);
      r.loss.dispose();
    }
    t.dispose();
    // Before the rate is large enough to matter the net barely learns: the first losses are an untrained net's.
    expect(points[0].loss).toBeGreaterThan(1.5);
    expect(Math.abs(points[10].loss - points[0].loss)).toBeLessThan(0.5);

    // Stopped at the first step the rule calls divergence, short of the full sweep.
    const losses = points.map((p) => p.loss);
    expect(firstDivergence(losses)).toBe(points.length - 1);
    expect(points.length).toBeLessThan(LR_FINDER.steps);

    // The suggestion follows its rule: a tenth of the rate at the smoothed minimum, below the divergence.
    const s = suggestLr(points);
    expect(s.divergedLr).toBe(points[points.length - 1].lr);
    expect(s.lr).toBe(Number((s.minLr! / 10).toPrecision(3)));
    expect(s.minLoss!).toBeLessThan(points[0].loss * 0.7);
  }, 120_000);

  it('is cancelled midway: it stops after the chunk in flight, says so, and frees every tensor', async () => {
    let msgs: Msg[] = [];
    const leaked = await leakedBy(async () => {
      msgs = await runFinder(cfg(), (m, f) => {
        if (!m.done) f.cancel(1);
      });
    });
    expect(leaked).toBe(0);
    expect(msgs.map((m) => m.points.length)).toEqual([CHUNK, 0]);
    expect(msgs[1]).toMatchObject({ done: true, stopped: 'cancelled' });
  }, 60_000);

  it('a new test cancels the one running', async () => {
    const msgs: Msg[] = [];
    const f = new LrFinder(tf, data, (m) => msgs.push(m));
    const leaked = await leakedBy(async () => {
      const first = f.run(1, 3, cfg());
      const second = f.run(2, 3, cfg({ seed: 2 }));
      await Promise.all([first, second]);
    });
    expect(leaked).toBe(0);
    expect(msgs.find((m) => m.id === 1 && m.done)?.stopped).toBe('cancelled');
    // The second runs to its own end: the divergence rule, or the top of the sweep.
    expect(['diverged', 'end']).toContain(msgs.find((m) => m.id === 2 && m.done)?.stopped);
    expect(msgs.filter((m) => m.id === 2).flatMap((m) => m.points).length).toBeGreaterThan(msgs.filter((m) => m.id === 1).flatMap((m) => m.points).length);
  }, 120_000);

  it('its suggestion for Adam trains better in 300 steps than ten times that rate', async () => {
    const msgs = await runFinder(cfg());
    const s = suggestLr(msgs.flatMap((m) => m.points));
    expect(s.lr!).toBeGreaterThan(1e-4);
    expect(s.lr!).toBeLessThan(1e-2);
    const atSuggested = await meanLossOver(cfg({ lr: s.lr! }), 300, 50);
    const atTenTimes = await meanLossOver(cfg({ lr: s.lr! * 10 }), 300, 50);
    expect(atSuggested).toBeLessThan(atTenTimes);
  }, 180_000);
});
