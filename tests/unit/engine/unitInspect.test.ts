import { afterAll, describe, expect, it } from 'vitest';
import { disposeSplit, uploadSplit } from '../../../src/engine/dataset';
import { allRows } from '../../../src/engine/rows';
import { NETWORK_BATCH, readNetworkView } from '../../../src/engine/networkView';
import { Trainer } from '../../../src/engine/trainer';
import { inspectUnit } from '../../../src/engine/unitInspect';
import { defaultConfig } from '../../../src/experiment/schema';
import { NUM_BINS } from '../../../src/wire/protocol';
import { loadMnistFromPackage } from './mnistFixture';
import { leakedBy, tf } from './tf';

const data = loadMnistFromPackage();

/** Plain-number forward pass of a ReLU MLP on flat arrays: every layer's activations, [n][units] per layer. */
function plainForward(x: Float32Array, n: number, Ws: Float32Array[], bs: Float32Array[], widths: number[]): number[][][] {
  const out: number[][][] = [];
  let input: number[][] = Array.from({ length: n }, (_, i) => Array.from(x.subarray(i * 784, (i + 1) * 784)));
  let nIn = 784;
  Ws.forEach((W, l) => {
    const units = widths[l];
    const isOutput = l === Ws.length - 1;
    const act = input.map((row) =>
      Array.from({ length: units }, (_, u) => {
        let s = bs[l][u];
        for (let i = 0; i < nIn; i++) s += row[i] * W[i * units + u];
        return isOutput ? s : Math.max(0, s);
      }),
    );
    out.push(act);
    input = act;
    nIn = units;
  });
  return out;
}

describe('unit inspector', () => {
  const widths = [24, 12, 10];
  const t = new Trainer(tf, data, { ...defaultConfig(), layers: widths.slice(0, 2), trainSize: 2000, lr: 0.003 });
  for (let i = 0; i < 15; i++) tf.dispose(t.trainStep().loss);
  const test = uploadSplit(tf, data.test, 0, 1100);
  const layers = [...t.mlp.hidden, t.mlp.out];
  const ref = plainForward(
    tf.tidy(() => allRows(tf, test).x.dataSync() as Float32Array),
    1100,
    layers.map((l) => l.W.dataSync() as Float32Array),
    layers.map((l) => l.b.dataSync() as Float32Array),
    widths,
  );
  afterAll(() => {
    t.dispose();
    disposeSplit(tf, test);
  });

  it.each([
    [0, 5],
    [1, 7],
    [2, 3],
  ])('layer %i unit %i: the top 9 equal a plain computation over every test image, in chunks', async (layer, unit) => {
    let r!: Awaited<ReturnType<typeof inspectUnit>>;
    // Chunks of 400 over 1,100 images: the last chunk is partial.
    expect(await leakedBy(async () => (r = await inspectUnit(tf, t, data, test, layer, unit, 400)))).toBe(0);
    const acts = ref[layer].map((row, i) => ({ i, a: row[unit] }));
    const sorted = [...acts].sort((p, q) => q.a - p.a).slice(0, 9);
    expect(r!.top.map((d) => d.activation)).toEqual(sorted.map((s) => expect.closeTo(s.a, 3)));
    // Indices match wherever the reference has no near-tie with its neighbour.
    sorted.forEach((s, j) => {
      const tie = sorted.some((o, k) => k !== j && Math.abs(o.a - s.a) < 1e-4);
      if (!tie) expect(r!.top[j].index).toBe(s.i);
      expect(r!.top[j].label).toBe(data.test.labels[r!.top[j].index]);
      expect(r!.top[j].pixels).toEqual(data.test.images.slice(r!.top[j].index * 784, (r!.top[j].index + 1) * 784));
    });
    // The batch statistics: the first 1,000 test images.
    const batch = acts.slice(0, 1000).map((p) => p.a);
    expect(r!.batchSize).toBe(1000);
    expect(r!.mean).toBeCloseTo(batch.reduce((s, a) => s + a, 0) / 1000, 3);
    expect(r!.histRange[0]).toBeCloseTo(Math.min(...batch), 3);
    expect(r!.histRange[1]).toBeCloseTo(Math.max(...batch), 3);
    expect(r!.hist).toHaveLength(NUM_BINS);
    expect(r!.hist.reduce((s, h) => s + h, 0)).toBeCloseTo(1, 5);
    expect(r!.dead).toBe(layer < 2 && batch.every((a) => a === 0));
    // Incoming weights are column `unit` of W, and the gradient norm is a finite positive number.
    const W = layers[layer].W.dataSync();
    const units = widths[layer];
    expect(r!.incoming).toHaveLength(layer === 0 ? 784 : widths[layer - 1]);
    expect(r!.incoming[4]).toBe(W[4 * units + unit]);
    expect(r!.gradNorm).toBeGreaterThan(0);
    expect(Number.isFinite(r!.gradNorm)).toBe(true);
  });

  it('answers null for a unit the net does not have', async () => {
    expect(await inspectUnit(tf, t, data, test, 1, 12)).toBeNull();
    expect(await inspectUnit(tf, t, data, test, 3, 0)).toBeNull();
  });

  it('network view: a wide layer shows its most active units, edges are the strongest weights among them', async () => {
    let v!: Awaited<ReturnType<typeof readNetworkView>>;
    expect(await leakedBy(async () => (v = await readNetworkView(tf, t, test, 8, 10)))).toBe(0);
    expect(v.layers.map((l) => l.units)).toEqual(widths);
    const batch = Math.min(NETWORK_BATCH, 1100);
    v.layers.forEach((l, li) => {
      const meanAbs = Array.from({ length: widths[li] }, (_, u) => ref[li].slice(0, batch).reduce((s, row) => s + Math.abs(row[u]), 0) / batch);
      const expected = meanAbs
        .map((m, u) => ({ m, u }))
        .sort((p, q) => q.m - p.m)
        .slice(0, Math.min(8, widths[li]))
        .map((p) => p.u)
        .sort((a, b) => a - b);
      if (widths[li] <= 8) expect(l.shown).toEqual(expected);
      else expect(new Set(l.shown)).toEqual(new Set(expected));
      l.shown.forEach((u, j) => {
        const mean = ref[li].slice(0, batch).reduce((s, row) => s + row[u], 0) / batch;
        expect(l.mean[j]).toBeCloseTo(mean, 3);
      });
    });
    v.edges.forEach((edges, li) => {
      const W = layers[li + 1].W.dataSync();
      const nOut = widths[li + 1];
      const all = v.layers[li].shown.flatMap((a) => v.layers[li + 1].shown.map((b) => Math.abs(W[a * nOut + b])));
      const tenth = [...all].sort((p, q) => q - p)[9];
      expect(edges).toHaveLength(10);
      for (const e of edges) {
        expect(e.weight).toBe(W[e.from * nOut + e.to]);
        expect(Math.abs(e.weight)).toBeGreaterThanOrEqual(tenth);
      }
    });
  });
});
