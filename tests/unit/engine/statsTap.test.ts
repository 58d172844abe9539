// The statistics' spacing: a capture at most every STATS_MS, and further apart when one costs more than
// STATS_SHARE of the time between two (software WebGL). Real captures on the tfjs CPU backend; the clock the
// tap measures with is the test's, so a capture "costs" exactly what the test says.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Runner } from '../../../src/engine/runner';
import { STATS_MS, STATS_SHARE, StatsTap } from '../../../src/engine/statsTap';
import { Trainer } from '../../../src/engine/trainer';
import { toEngineConfig } from '../../../src/experiment/engineConfig';
import { defaultConfig } from '../../../src/experiment/schema';
import type { FromWorker } from '../../../src/wire/protocol';
import { loadMnistFromPackage } from './mnistFixture';
import { tf } from './tf';

const data = loadMnistFromPackage();
const baseline = tf.memory().numTensors;
afterAll(() => expect(tf.memory().numTensors).toBe(baseline));

/** A tap on a stand-in runner; `capture(costMs)` takes one real step's capture that costs `costMs` on the clock. */
function setUp() {
  const trainer = new Trainer(tf, data, { ...toEngineConfig(defaultConfig()), layers: [8], trainSize: 500 });
  const runner = { onCapture: null, captureNext: false, current: trainer } as unknown as Runner;
  let clock = 0;
  let costNext = 0;
  const posted: FromWorker[] = [];
  let resolvePost = () => {};
  // The first read of the clock inside a capture (the tap's "before") moves it on by the capture's cost.
  const now = () => {
    const t = clock;
    clock += costNext;
    costNext = 0;
    return t;
  };
  const tap = new StatsTap(tf, runner, (m) => (posted.push(m), resolvePost()), now);
  const capture = async (costMs: number) => {
    costNext = costMs;
    const r = trainer.trainStep(true);
    tf.dispose([r.loss, ...(r.penalty ? [r.penalty] : [])]);
    const done = new Promise<void>((resolve) => (resolvePost = resolve));
    runner.onCapture!(r.capture!, trainer, 1);
    await done;
    // The tap is free for the next capture once its readback has settled (a macrotask later at most).
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const advance = (ms: number) => (clock += ms);
  const dispose = () => (tap.dispose(), trainer.dispose());
  return { tap, runner, capture, advance, posted, dispose };
}

describe('StatsTap spacing', () => {
  it('keeps STATS_MS while captures are cheap; the first (kernel compiles) and a lone spike do not count', async () => {
    const s = setUp();
    await s.capture(900); // the first capture: compiles, not counted
    expect(s.tap.spacingMs).toBe(STATS_MS);
    await s.capture(4);
    await s.capture(4);
    expect(s.tap.spacingMs).toBe(STATS_MS);
    await s.capture(5_000); // a spike: counted at most at twice the estimate
    expect(s.tap.spacingMs).toBe(STATS_MS);
    expect(s.posted.filter((m) => m.type === 'layer-stats')).toHaveLength(4);
    s.dispose();
  });

  it('spaces captures so their cost stays at STATS_SHARE of the time, and the timer waits that long', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const s = setUp();
    await s.capture(0);
    for (let i = 0; i < 12; i++) await s.capture(60);
    // 60 ms a capture at a 4 % share: one every 1.5 s.
    expect(s.tap.spacingMs).toBeCloseTo(60 / STATS_SHARE, -1);
    s.advance(s.tap.spacingMs - 200);
    vi.advanceTimersByTime(STATS_MS);
    expect(s.runner.captureNext).toBe(false);
    s.advance(250);
    vi.advanceTimersByTime(STATS_MS);
    expect(s.runner.captureNext).toBe(true);
    s.dispose();
    vi.useRealTimers();
  });
});
