// The loss landscape on the tfjs CPU backend: the slice's centre is the current loss (by the trainer's own
// evaluation), the line ends at θ₀ and θ, the current weights project to the origin, and nothing leaks.
import { afterAll, describe, expect, it } from 'vitest';
import { disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { computeLandscape, LINE_ALPHAS, project } from '../../../src/engine/landscape';
import { Trainer } from '../../../src/engine/trainer';
import { MAX_SNAPSHOTS, WeightHistory } from '../../../src/engine/weightHistory';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();

describe.each([false, true])('loss landscape (batch norm %s)', (bn) => {
  const cfg = { ...defaultConfig(), layers: [32, 16], bn, trainSize: 2000, batch: 64, lr: 0.003 };
  const t = new Trainer(tf, data, cfg);
  const history = new WeightHistory(tf, t.vars);
  const initialLoss = (() => {
    const s = uploadSplit(tf, data.train, 0, 300);
    const p = t.evaluate(s);
    return p.finally(() => disposeSplit(tf, s));
  })();
  for (let i = 0; i < 30; i++) {
    tf.dispose(t.trainStep().loss);
    if (i % 10 === 9) history.record(t.step, t.vars);
  }
  const subset = uploadSplit(tf, data.train, 0, 300);
  afterAll(() => {
    t.dispose();
    history.dispose();
    disposeSplit(tf, subset);
  });

  it('the 2-D slice at the centre equals the current loss; the line runs from θ₀ to θ; no tensor leaks', async () => {
    const progress: number[] = [];
    let r!: Awaited<ReturnType<typeof computeLandscape>>;
    const leaked = await leakedBy(async () => {
      r = await computeLandscape(tf, t, history, subset, { grid: 5, span: 0.5, onProgress: (d) => progress.push(d) });
    });
    expect(leaked).toBe(0);
    expect(r).not.toBeNull();
    const current = (await t.evaluate(subset))!;
    expect(r!.centre).toBeCloseTo(current.loss, 4);
    expect(r!.values[2 * 5 + 2]).toBe(r!.centre);
    expect(r!.values).toHaveLength(25);
    // Away from the trained weights the loss is higher at (almost) every grid point.
    const higher = Array.from(r!.values).filter((v) => v > r!.centre).length;
    expect(higher).toBeGreaterThanOrEqual(20);
    const at = (alpha: number) => r!.line.losses[LINE_ALPHAS.findIndex((a) => Math.abs(a - alpha) < 1e-6)];
    expect(at(1)).toBeCloseTo(current.loss, 4);
    // With batch norm the whole line uses the current running statistics, so θ₀'s loss differs from the
    // loss the fresh net had with its initial statistics (a caveat the panel states).
    if (!bn) expect(at(0)).toBeCloseTo((await initialLoss)!.loss, 4);
    else expect(Number.isFinite(at(0))).toBe(true);
    expect(progress[progress.length - 1]).toBe(25 + LINE_ALPHAS.length);
    // Trajectory: θ₀ first, then the three snapshots.
    expect(r!.trajectory.steps).toEqual([0, 10, 20, 30]);
  });

  it('the current weights project to the origin, θ + 0.3·d₁ − 0.2·d₂ to (0.3, −0.2)', async () => {
    const theta = t.vars.map((v) => tf.clone(v));
    const d1 = theta.map((v) => tf.randomNormal(v.shape, 0, 1, 'float32', 1));
    const d2 = theta.map((v) => tf.randomNormal(v.shape, 0, 1, 'float32', 2));
    const probe = new WeightHistory(tf, t.vars);
    const moved = t.vars.map((_v, i) => tf.tidy(() => tf.variable(tf.add(theta[i], tf.sub(tf.mul(d1[i], 0.3), tf.mul(d2[i], 0.2))))));
    probe.record(1, moved);
    const leaked = await leakedBy(async () => {
      const p = await project(tf, probe, theta, d1, d2);
      expect(p.steps).toEqual([0, 1]);
      expect(p.xy[0]).toBeCloseTo(0, 5);
      expect(p.xy[1]).toBeCloseTo(0, 5);
      expect(p.xy[2]).toBeCloseTo(0.3, 4);
      expect(p.xy[3]).toBeCloseTo(-0.2, 4);
    });
    expect(leaked).toBe(0);
    probe.dispose();
    tf.dispose([...theta, ...d1, ...d2, ...moved]);
  });

  it('stops when cancelled, leaving no tensors behind', async () => {
    let chunks = 0;
    const leaked = await leakedBy(async () => {
      const r = await computeLandscape(tf, t, history, subset, {
        grid: 9,
        span: 1,
        cancelled: () => chunks >= 2,
        onProgress: () => chunks++,
      });
      expect(r).toBeNull();
    });
    expect(leaked).toBe(0);
    expect(chunks).toBe(2);
  });

  it('in chunks of the subset (a deep net on a synchronous backend), the same losses; a cancel stops mid-point', async () => {
    const whole = (await computeLandscape(tf, t, history, subset, { grid: 3, span: 0.5 }))!;
    let chunked!: Awaited<ReturnType<typeof computeLandscape>>;
    // 300 images in chunks of 40: seven full chunks and a partial one per point.
    expect(await leakedBy(async () => (chunked = await computeLandscape(tf, t, history, subset, { grid: 3, span: 0.5, rows: 40 })))).toBe(0);
    Array.from(whole.values).forEach((v, i) => expect(chunked!.values[i]).toBeCloseTo(v, 5));
    Array.from(whole.line.losses).forEach((v, i) => expect(chunked!.line.losses[i]).toBeCloseTo(v, 5));
    // Cancelled inside the first point (no row finished, so no progress was reported).
    let asked = 0;
    let progress = 0;
    const leaked = await leakedBy(async () => {
      const r = await computeLandscape(tf, t, history, subset, { grid: 3, span: 0.5, rows: 40, cancelled: () => ++asked > 3, onProgress: () => progress++ });
      expect(r).toBeNull();
    });
    expect(leaked).toBe(0);
    expect(progress).toBe(0);
  });

  it('keeps at most MAX_SNAPSHOTS snapshots, always the latest', () => {
    const h = new WeightHistory(tf, t.vars);
    const before = tf.memory().numTensors;
    for (let s = 1; s <= 3 * MAX_SNAPSHOTS; s++) h.record(s, t.vars);
    const steps = h.trajectory.map((x) => x.step);
    expect(steps.length).toBeLessThanOrEqual(MAX_SNAPSHOTS + 1);
    expect(steps[0]).toBe(0);
    expect(steps[steps.length - 1]).toBe(3 * MAX_SNAPSHOTS);
    expect(tf.memory().numTensors - before).toBe((steps.length - 1) * t.vars.length);
    h.dispose();
  });
});
