// The page side of a run's life, with a fake engine: every sequence a student produced that once leaked an
// old run's numbers into a new one (change while training, pause + preset, five quick changes, a backend
// switch, reset then draw) — nothing of the old run may reach any store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEngineLink, type ToEngine } from '../../../src/state/engineLink';
import { usePredictions } from '../../../src/state/predictionsStore';
import { routeMessage } from '../../../src/state/router';
import { feedRuns, useRuns } from '../../../src/state/runsStore';
import { wireRunResets } from '../../../src/state/startApp';
import { useStats } from '../../../src/state/statsStore';
import { selectEnded, selectRunning, useLab } from '../../../src/state/store';
import type { FromWorker, LayerStats, RunStatus } from '../../../src/wire/protocol';

let sent: ToEngine[] = [];
let unwire: () => void = () => {};
let unfeed: () => void = () => {};

const status = (step: number, running = true): RunStatus => ({
  running, step, epoch: step / 900, stepsPerEpoch: 900, epochs: 5, batch: 64, numTensors: 40, sharedTensors: 0, done: false, ended: null,
});
const layer = (i: number): LayerStats => ({
  layer: i, isOutput: i === 1, units: 8, preMean: 0, preVar: 1, actMean: 0, actVar: 1, hist: [1], histRange: [0, 1],
  dead: 0, saturated: 0, gradNorm: 0.1, gradVar: 0, weightNorm: 1, updateRatio: 0.001, diversity: 0.9, nearZero: 0.04,
});
/** Everything a run says in one burst: status, losses, evaluations, statistics, predictions. */
function chatter(run: number, step: number): FromWorker[] {
  return [
    { type: 'status', run, status: status(step) },
    { type: 'metrics', run, points: [{ step, loss: 0.08, penalty: null, lr: 0.001 }], examplesPerSec: 2500 },
    { type: 'eval', run, point: { step, epoch: 0.2, set: 'test', full: true, loss: 0.3, accuracy: 0.92 } },
    { type: 'layer-stats', run, step, layers: [layer(0), layer(1)] },
  ];
}
const configures = () => sent.filter((m): m is Extract<ToEngine, { type: 'configure' }> => m.type === 'configure');
const lastRun = () => configures().at(-1)!.runs[0].run;

beforeEach(() => {
  sent = [];
  useLab.getState().resetStore();
  useStats.getState().reset();
  usePredictions.getState().reset();
  useRuns.getState().reset();
  useEngineLink.getState().connect((m) => sent.push(m));
  unwire = wireRunResets();
  unfeed = useLab.subscribe(feedRuns);
  routeMessage({ type: 'ready', backend: 'cpu', reason: 'test', numTrain: 60000, numTest: 10000 });
});
afterEach(() => {
  unwire();
  unfeed();
  useEngineLink.getState().reset();
});

/** Nothing of the old run is shown: no status, losses, evaluations or statistics. */
function expectClean() {
  const lab = useLab.getState();
  expect(lab.status).toBeNull();
  expect(lab.losses).toEqual([]);
  expect(lab.evals).toEqual([]);
  expect(useStats.getState().latest).toBeNull();
  expect(useStats.getState().history).toEqual([]);
}

describe('a run and the next', () => {
  it('ready configures run 1; the run is trained and its numbers shown', () => {
    expect(configures().map((c) => c.runs.map((r) => r.run))).toEqual([[1]]);
    chatter(1, 10).forEach(routeMessage);
    expect(useLab.getState().losses).toHaveLength(1);
    expect(useStats.getState().latest?.step).toBe(10);
    expect(useRuns.getState().runs.map((r) => r.id)).toEqual([1]);
  });

  it('a batch from the Worker is routed as its messages, in order; a stale run\'s batch is dropped', () => {
    routeMessage({ type: 'batch', msgs: chatter(1, 10) });
    expect(useLab.getState().status?.step).toBe(10);
    expect(useLab.getState().losses.map((p) => p.step)).toEqual([10]);
    expect(useStats.getState().latest?.step).toBe(10);
    useLab.getState().setConfig({ lr: 0.003 });
    routeMessage({ type: 'batch', msgs: chatter(1, 11) });
    expectClean();
  });

  it('changing the learning rate while training: a new run, and the old run\'s late messages are dropped', () => {
    chatter(1, 154).forEach(routeMessage);
    useLab.getState().setConfig({ lr: 0.003 });
    expect(lastRun()).toBe(2);
    expect(configures().at(-1)!.runs[0].config.lr).toBe(0.003);
    chatter(1, 155).forEach(routeMessage); // still in flight from run 1
    expectClean();
    expect(useLab.getState().notices.map((n) => n.key)).toContain('new-run');
    chatter(2, 1).forEach(routeMessage);
    expect(useLab.getState().losses.map((p) => p.step)).toEqual([1]);
  });

  it('pause, then a preset at once: the old evaluation never lands in the new run, nor in its Runs entry', () => {
    chatter(1, 193).forEach(routeMessage);
    useLab.getState().pause();
    expect(useLab.getState().pausing).toBe(true);
    useLab.getState().applyPreset('zero-init');
    routeMessage({ type: 'eval', run: 1, point: { step: 193, epoch: 0.21, set: 'test', full: true, loss: 0.3, accuracy: 0.9232 } });
    expectClean();
    chatter(2, 1).forEach(routeMessage);
    const zero = useRuns.getState().runs.find((r) => r.preset === 'zero-init')!;
    expect(zero.evals.map((e) => e.step)).toEqual([1]);
  });

  it('five quick changes: only the run that trains is filed, under its own settings', () => {
    chatter(1, 5).forEach(routeMessage);
    for (const lr of [0.002, 0.003, 0.004, 0.005, 0.006]) useLab.getState().setConfig({ lr });
    expect(lastRun()).toBe(6);
    chatter(5, 3).forEach(routeMessage); // lr=0.005's run answering late
    chatter(6, 1).forEach(routeMessage);
    const runs = useRuns.getState().runs.map((r) => [r.id, r.config.lr]);
    expect(runs).toEqual([
      [1, 0.001],
      [6, 0.006],
    ]);
  });

  it('a new Worker (backend switch): the old Worker\'s run is over, the next run starts when the new one is ready', () => {
    chatter(1, 40).forEach(routeMessage);
    useLab.getState().onEngineRestart();
    chatter(1, 41).forEach(routeMessage);
    expectClean();
    routeMessage({ type: 'ready', backend: 'wasm', reason: 'test', numTrain: 60000, numTest: 10000 });
    expect(lastRun()).toBe(3);
    chatter(3, 1).forEach(routeMessage);
    expect(useRuns.getState().runs.map((r) => r.id)).toEqual([1, 3]);
  });

  it('reset, then draw: the pad asks the new net, and the old net\'s answer is dropped', () => {
    const image = new Float32Array(784).fill(0.5);
    usePredictions.getState().requestProbs(image);
    const ask1 = sent.at(-1) as Extract<ToEngine, { type: 'predict' }>;
    useLab.getState().reset();
    // The pad's drawing is asked about again, after the configure of the new run.
    const kinds = sent.slice(-2).map((m) => m.type);
    expect(kinds).toEqual(['configure', 'predict']);
    routeMessage({ type: 'image-probs', id: ask1.id, run: 1, probs: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(usePredictions.getState().probs).toBeNull();
    const ask2 = sent.at(-1) as Extract<ToEngine, { type: 'predict' }>;
    routeMessage({ type: 'image-probs', id: ask2.id, run: 2, probs: Array(10).fill(0.1) });
    expect(usePredictions.getState().probs?.[0]).toBe(0.1);
    // A blank pad asks nothing and shows nothing.
    usePredictions.getState().requestProbs(null);
    expect(usePredictions.getState().probs).toBeNull();
  });
});

describe('a race', () => {
  it('starts every variant at once, files each lane under its own run, and drops a replaced race', () => {
    useLab.getState().applyPreset('optimizer-race');
    const race = configures().at(-1)!.runs;
    expect(race.map((r) => r.config.opt)).toEqual(['sgd', 'momentum', 'adam']);
    const ids = race.map((r) => r.run);
    expect(new Set(ids).size).toBe(3);
    for (const run of ids) chatter(run, 10).forEach(routeMessage);
    const filed = useRuns.getState().runs.filter((r) => ids.includes(r.id));
    expect(filed.map((r) => r.config.opt)).toEqual(['sgd', 'momentum', 'adam']);
    expect(filed.every((r) => r.losses.length === 1 && r.evals.length === 1)).toBe(true);
    // Running while any lane runs; ended only when all lanes have.
    expect(selectRunning(useLab.getState())).toBe(true);
    routeMessage({ type: 'status', run: ids[0], status: { ...status(900, false), done: true, ended: 'epochs' } });
    expect(selectRunning(useLab.getState())).toBe(true);
    expect(selectEnded(useLab.getState())).toBe(false);
    // Reset: a new race; the old lanes' late words go nowhere.
    useLab.getState().reset();
    chatter(ids[2], 11).forEach(routeMessage);
    expect(useRuns.getState().runs.find((r) => r.id === ids[2])!.losses).toHaveLength(1);
  });
});

describe('settings', () => {
  it('a value the schema refuses never reaches the store or the engine, and is named', () => {
    const before = sent.length;
    useLab.getState().setConfig({ act: 'bogus' });
    expect(useLab.getState().config.act).toBe('relu');
    expect(sent.length).toBe(before);
    expect(useLab.getState().notices.find((n) => n.key === 'invalid:act')?.text).toMatch(/act=bogus.*expected one of/);
  });

  it('the same value again (a focus and blur) starts no new run', () => {
    chatter(1, 10).forEach(routeMessage);
    useLab.getState().setConfig({ batch: 64, lr: 0.001 });
    expect(configures()).toHaveLength(1);
    expect(useLab.getState().losses).toHaveLength(1);
  });

  it('the guard cuts the batch once, with one notice however often it is asked', () => {
    useLab.getState().setConfig({ layers: Array(10).fill(512), batch: 1024 });
    useLab.getState().setConfig({ batch: 1024 });
    const lab = useLab.getState();
    expect(lab.config.batch).toBeLessThan(1024);
    expect(lab.notices.filter((n) => n.key === 'guard')).toHaveLength(1);
    useLab.getState().setConfig({ trainSize: 10 });
    expect(useLab.getState().config.batch).toBe(10);
  });

  it('Train before the engine is ready trains as soon as it is, after the configure', () => {
    useLab.getState().resetStore();
    sent = [];
    useLab.getState().train();
    expect(sent).toEqual([]);
    routeMessage({ type: 'ready', backend: 'cpu', reason: 'test', numTrain: 60000, numTest: 10000 });
    expect(sent.map((m) => m.type)).toEqual(['set-speed', 'configure', 'train']);
  });

  it('a finished run is not trained again; Pause shows at once', () => {
    routeMessage({ type: 'status', run: 1, status: status(5) });
    useLab.getState().pause();
    expect(useLab.getState().pausing).toBe(true);
    routeMessage({ type: 'status', run: 1, status: { ...status(5, false), done: true, ended: 'epochs' } });
    sent = [];
    useLab.getState().train();
    expect(sent).toEqual([]);
  });
});
