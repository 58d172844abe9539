import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../../../src/experiment/schema';
import { HYPERPARAMS } from '../../../../src/state/search/hyperparams';
import { gridPoints, randomPoints, type SearchSpec } from '../../../../src/state/search/points';
import { pointConfig, searchPlan } from '../../../../src/state/search/plan';

const lr = HYPERPARAMS.lr;
const spec = (over: Partial<SearchSpec>): SearchSpec => ({ axes: [{ hp: lr, range: [1e-4, 1] }], budget: 5, seed: 1, ...over });

describe('grid search', () => {
  it('spreads one log axis evenly, ends included', () => {
    expect(gridPoints(spec({})).map((p) => p.values[0])).toEqual([1e-4, 1e-3, 0.01, 0.1, 1]);
  });
  it('spreads a linear axis evenly', () => {
    const s = spec({ axes: [{ hp: HYPERPARAMS.dropout, range: [0, 0.8] }], budget: 5 });
    expect(gridPoints(s).map((p) => p.values[0])).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
  it('two axes, 9 runs: a 3 × 3 product, the first axis slowest', () => {
    const s = spec({ axes: [{ hp: lr, range: [1e-4, 1] }, { hp: HYPERPARAMS['bias-init'], range: [-0.1, 0.1] }], budget: 9 });
    expect(gridPoints(s).map((p) => p.values)).toEqual([
      [1e-4, -0.1], [1e-4, 0], [1e-4, 0.1],
      [0.01, -0.1], [0.01, 0], [0.01, 0.1],
      [1, -0.1], [1, 0], [1, 0.1],
    ]);
  });
  it('integer log axes round and drop duplicates', () => {
    const s = spec({ axes: [{ hp: HYPERPARAMS.batch, range: [1, 4] }], budget: 6 });
    expect(gridPoints(s).map((p) => p.values[0])).toEqual([1, 2, 3, 4]);
  });
  it('categorical axes take evenly spaced choices, or all of them when the budget allows', () => {
    const acts = HYPERPARAMS.act.kind === 'choice' ? HYPERPARAMS.act.options : [];
    const s = spec({ axes: [{ hp: lr, range: [0.001, 0.1] }, { hp: HYPERPARAMS.act, range: [0, 0] }], budget: 4 });
    const [first, last] = [acts[0], acts[acts.length - 1]];
    expect(gridPoints(s).map((p) => p.values)).toEqual([[0.001, first], [0.001, last], [0.1, first], [0.1, last]]);
    const inits = HYPERPARAMS.init.kind === 'choice' ? HYPERPARAMS.init.options : [];
    expect(gridPoints(spec({ axes: [{ hp: HYPERPARAMS.init, range: [0, 0] }], budget: 16 })).map((p) => p.values[0])).toEqual([...inits]);
  });
  it('an axis with few choices leaves the budget to the other (2 choices × 4 values for 8 runs)', () => {
    const two = { ...HYPERPARAMS.act, options: ['relu', 'tanh'] } as typeof HYPERPARAMS.act;
    const s = spec({ axes: [{ hp: two, range: [0, 0] }, { hp: lr, range: [1e-3, 1] }], budget: 8 });
    expect(gridPoints(s).map((p) => p.values)).toEqual(
      ['relu', 'tanh'].flatMap((a) => [1e-3, 0.01, 0.1, 1].map((v) => [a, v])),
    );
  });
  it('a log range from 0 starts 4 decades below its top', () => {
    const s = spec({ axes: [{ hp: HYPERPARAMS.l2, range: [0, 0.01] }], budget: 3 });
    expect(gridPoints(s).map((p) => p.values[0])).toEqual([1e-6, 1e-4, 0.01]);
  });
});

describe('random search', () => {
  it('is seeded: the same seed gives the same points, another seed others', () => {
    const s = spec({ budget: 9 });
    expect(randomPoints(s)).toEqual(randomPoints(s));
    expect(randomPoints({ ...s, seed: 2 })).not.toEqual(randomPoints(s));
  });
  it('draws exactly the budget, inside the range, log-uniformly (about half below the geometric middle)', () => {
    const pts = randomPoints(spec({ budget: 400 })).map((p) => Number(p.values[0]));
    expect(pts).toHaveLength(400);
    expect(pts.every((v) => v >= 1e-4 && v <= 1)).toBe(true);
    const below = pts.filter((v) => v < 0.01).length;
    expect(below).toBeGreaterThan(160);
    expect(below).toBeLessThan(240);
  });
  it('categorical values come from the choices', () => {
    const pts = randomPoints(spec({ axes: [{ hp: HYPERPARAMS.act, range: [0, 0] }], budget: 30 }));
    const options = HYPERPARAMS.act.kind === 'choice' ? HYPERPARAMS.act.options : [];
    expect(pts.every((p) => options.includes(String(p.values[0])))).toBe(true);
  });
  it('with 9 runs on two axes it tries 9 distinct values of each, where the grid tries 3', () => {
    const s = spec({ axes: [{ hp: lr, range: [1e-4, 1] }, { hp: HYPERPARAMS['bias-init'], range: [-0.1, 0.1] }], budget: 9 });
    expect(new Set(randomPoints(s).map((p) => p.values[0])).size).toBe(9);
    expect(new Set(gridPoints(s).map((p) => p.values[0])).size).toBe(3);
  });
});

describe('search plan', () => {
  const cfg: Config = { ...defaultConfig(), mode: 'search', search: 'both', hp2: 'bias-init', hp2Range: [-0.1, 0.1], budgetRuns: 9, searchEpochs: 2, budgetSize: 2000 };
  it("'both' is the grid's points, then random's", () => {
    const plan = searchPlan(cfg);
    expect(plan.map((p) => p.kind)).toEqual([...Array(9).fill('grid'), ...Array(9).fill('random')]);
  });
  it("a point's experiment is a plain run on the search's budget, with search keys at their defaults", () => {
    const c = pointConfig(cfg, [0.01, 0.05]);
    expect(c).toMatchObject({ mode: 'train', lr: 0.01, biasInit: 0.05, epochs: 2, trainSize: 2000, search: 'grid', hp2: 'none', budgetRuns: 6 });
  });
  it('width and depth rewrite the layer list', () => {
    const w = pointConfig({ ...cfg, hp1: 'width', hp2: 'none' }, [32]);
    expect(w.layers).toEqual([32, 32]);
    const d = pointConfig({ ...cfg, hp1: 'depth', hp2: 'none', layers: [48] }, [3]);
    expect(d.layers).toEqual([48, 48, 48]);
  });
});
