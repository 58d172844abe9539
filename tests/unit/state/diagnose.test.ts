import { describe, expect, it } from 'vitest';
import { diagnose, lossFall, lossIsFlat, type DiagnoseInput, type DiagnosisLayer } from '../../../src/state/diagnose';

const layer = (i: number, over: Partial<DiagnosisLayer> = {}, isOutput = false): DiagnosisLayer => ({
  layer: i, isOutput, units: isOutput ? 10 : 64, gradNorm: 0.1, dead: 0, saturated: 0, diversity: 1, ...over,
});
const healthy = [layer(0), layer(1), layer(2, {}, true)];
const falling = Array.from({ length: 400 }, (_, i) => ({ step: i + 1, loss: 2.3 * Math.exp(-i / 100) + 0.1 }));
const input = (over: Partial<DiagnoseInput> = {}): DiagnoseInput => ({
  layers: healthy, losses: falling, divergedAt: null, family: 'relu', opt: 'adam', ...over,
});
const ids = (over: Partial<DiagnoseInput>) => diagnose(input(over)).map((d) => d.id);

describe('diagnose', () => {
  it('finds nothing wrong with a healthy run, and nothing before any statistics', () => {
    expect(ids({})).toEqual([]);
    expect(ids({ layers: null, losses: [] })).toEqual([]);
  });

  it('copes with no hidden layer (softmax regression): the output layer alone gives no layer diagnosis', () => {
    const out = layer(0, { gradNorm: 1e-9, diversity: 0, dead: 1, saturated: 1 }, true);
    expect(ids({ layers: [out] })).toEqual([]);
    expect(ids({ layers: [out], family: 'tanh' })).toEqual([]);
  });

  it('flags vanishing and exploding gradients by the first-to-output gradient ratio', () => {
    expect(ids({ layers: [layer(0, { gradNorm: 1e-5 }), layer(1), layer(2, { gradNorm: 0.1 }, true)] })).toEqual(['vanishing']);
    expect(ids({ layers: [layer(0, { gradNorm: 2e-3 }), layer(1, {}, true)] })).toEqual([]);
    expect(ids({ layers: [layer(0, { gradNorm: 50 }), layer(1, { gradNorm: 0.1 }, true)] })).toEqual(['exploding']);
  });

  it('flags dead ReLUs and saturation above half a layer, only for the activation that has them', () => {
    const d = diagnose(input({ layers: [layer(0), layer(1, { dead: 0.75 }), layer(2, {}, true)] }));
    expect(d.map((x) => x.id)).toEqual(['dead-relu']);
    expect(d[0].sentence).toContain('75 % of layer 2');
    expect(ids({ layers: [layer(0, { dead: 0.4 }), layer(1, {}, true)] })).toEqual([]);
    const sat = [layer(0, { saturated: 0.9 }), layer(1, {}, true)];
    expect(ids({ layers: sat, family: 'sigmoid' })).toEqual(['saturation']);
    expect(ids({ layers: sat, family: 'relu' })).toEqual([]);
  });

  it('flags unbroken symmetry in a hidden layer of several units, not in a single-unit layer', () => {
    expect(ids({ layers: [layer(0, { diversity: 0 }), layer(1, {}, true)] })).toEqual(['symmetry']);
    expect(ids({ layers: [layer(0, { diversity: 0, units: 1 }), layer(1, {}, true)] })).toEqual([]);
  });

  it('says the loss is not going down only after enough steps', () => {
    const flat = Array.from({ length: 400 }, (_, i) => ({ step: i + 1, loss: 2.3 + 0.01 * Math.sin(i) }));
    expect(lossIsFlat(flat)).toBe(true);
    expect(lossIsFlat(flat.slice(0, 100))).toBe(false);
    expect(lossIsFlat(falling)).toBe(false);
    expect(diagnose(input({ losses: flat }))[0]).toMatchObject({ id: 'loss-flat', severity: 'info' });
  });

  it('calls a loss flat once it has fallen by less than a tenth, and says by how much', () => {
    // A straight line from 3.5 down by `drop` over 390 steps: the last fifth averages (drop·0.8) below the first.
    const line = (drop: number) => Array.from({ length: 390 }, (_, i) => ({ step: i + 1, loss: 3.5 * (1 - (drop * i) / 389) }));
    expect(lossFall(line(0.05))).toBeCloseTo(0.0401, 3);
    expect(lossIsFlat(line(0.05))).toBe(true);
    expect(lossIsFlat(line(0.12))).toBe(true);
    expect(lossIsFlat(line(0.13))).toBe(false);
    const d = diagnose(input({ losses: line(0.05) })).find((x) => x.id === 'loss-flat');
    expect(d?.sentence).toContain('over 390 steps it has come down by only 4.0 %');
    const rising = Array.from({ length: 390 }, (_, i) => ({ step: i + 1, loss: 2 + i / 1000 }));
    expect(diagnose(input({ losses: rising }))[0].sentence).toContain('has not come down at all');
  });

  it('never tells a zero-init (or dead) net to raise its learning rate: the layer diagnosis is the cause', () => {
    const flat = Array.from({ length: 400 }, (_, i) => ({ step: i + 1, loss: 2.3 + 0.01 * Math.sin(i) }));
    const stuck = [layer(0, { diversity: 0 }), layer(1, {}, true)];
    expect(ids({ layers: stuck, losses: flat })).toEqual(['symmetry']);
    expect(ids({ layers: [layer(0, { dead: 0.9 }), layer(1, {}, true)], losses: flat })).toEqual(['dead-relu']);
  });

  it('the recipe: high bias when even training error is high, high variance when test trails train', () => {
    const ev = (step: number, train: number, test: number) => [
      { step, epoch: 1, set: 'train' as const, full: false, loss: 1, accuracy: train },
      { step, epoch: 1, set: 'test' as const, full: false, loss: 1, accuracy: test },
    ];
    expect(ids({ evals: ev(900, 0.8, 0.79) })).toEqual(['high-bias']);
    expect(diagnose(input({ evals: ev(900, 0.8, 0.79) }))[0].sentence).toContain('20.0 %');
    expect(ids({ evals: ev(900, 1, 0.88) })).toEqual(['high-variance']);
    expect(diagnose(input({ evals: ev(900, 1, 0.88) }))[0].sentence).toContain('gap of 12.0 points');
    // A healthy net, and too early to judge.
    expect(ids({ evals: ev(900, 0.97, 0.96) })).toEqual([]);
    expect(ids({ evals: ev(200, 0.5, 0.5) })).toEqual([]);
    expect(ids({ evals: ev(50, 1, 0.8) })).toEqual([]);
    expect(ids({ evals: ev(150, 1, 0.8) })).toEqual(['high-variance']);
    // Train and test are compared from the same evaluation; at a tie the full one (10,000 images) wins.
    const full = ev(900, 0.97, 0.96).map((e) => ({ ...e, full: true }));
    expect(ids({ evals: [...ev(900, 0.8, 0.8), ...full] })).toEqual([]);
    expect(ids({ evals: [...ev(900, 1, 0.5), { ...full[0] }] })).toEqual(['high-variance']);
  });

  it('puts divergence first, naming the step and the fix, and links the optimizer in use', () => {
    const d = diagnose(input({ divergedAt: 37, opt: 'momentum' }));
    expect(d[0]).toMatchObject({ id: 'diverged', severity: 'error', card: 'optimizers/momentum' });
    expect(d[0].sentence).toContain('step 37');
    expect(d[0].sentence).toContain('smaller learning rate');
  });
});
