import { beforeEach, describe, expect, it } from 'vitest';
import type { EvalPoint, LossPoint } from '../../../src/wire/protocol';
import { capRuns, feedRuns, feedRunStats, runLabels, useRuns, type Run } from '../../../src/state/runsStore';
import type { StatsPoint } from '../../../src/state/statsStore';
import { defaultConfig, type Config } from '../../../src/state/schema';

const cfg = (patch: Partial<Config> = {}): Config => ({ ...defaultConfig(), ...patch });
const run = (id: number, patch: Partial<Config> = {}, pinned = false): Run => ({
  id, config: cfg(patch), preset: null, query: '', losses: [], evals: [], stats: [], pinned, shown: true,
});
const pts = (...steps: number[]): LossPoint[] => steps.map((step) => ({ step, loss: 2 / step, penalty: null, lr: 0.001 }));

describe('runLabels', () => {
  it('names runs by the keys that differ, with URL keys and URL formatting', () => {
    expect(runLabels([run(1, { opt: 'sgd' }), run(2, { opt: 'adam' })])).toEqual(['opt=sgd', 'opt=adam']);
    expect(runLabels([run(1, { opt: 'sgd', lr: 0.01 }), run(2, { lr: 0.001 })])).toEqual([
      'opt=sgd lr=0.01',
      'opt=adam lr=0.001',
    ]);
    expect(runLabels([run(1, { layers: [32] }), run(2)])).toEqual(['layers=32', 'layers=128,64']);
  });

  it('ignores view fields and tells identical experiments apart by number', () => {
    expect(runLabels([run(3, { speed: 1 }), run(4)])).toEqual(['run 3', 'run 4']);
    expect(runLabels([run(1, { opt: 'sgd' }), run(2), run(5)])).toEqual(['opt=sgd', 'opt=adam (#2)', 'opt=adam (#5)']);
    expect(runLabels([{ ...run(1), preset: 'overfit' }])).toEqual(['overfit']);
  });
});

describe('capRuns', () => {
  it('drops the oldest unpinned run, never a pinned one or the open one', () => {
    const runs = [run(1, {}, true), run(2), run(3), run(4)];
    expect(capRuns(runs, 4, 3).map((r) => r.id)).toEqual([1, 3, 4]);
    expect(capRuns(runs, 2, 2).map((r) => r.id)).toEqual([1, 2]);
    expect(capRuns([run(1, {}, true), run(2, {}, true)], null, 1).map((r) => r.id)).toEqual([1, 2]);
  });
});

describe('feedRuns', () => {
  beforeEach(() => useRuns.getState().reset());
  const empty = { run: 1, config: cfg(), preset: null, losses: [] as LossPoint[], evals: [] as EvalPoint[] };

  it('opens a run at the first loss, follows its history, and starts another after a reset', () => {
    const a = pts(1, 2);
    feedRuns({ ...empty, losses: a }, empty);
    const b = [...a, ...pts(3)];
    const ev: EvalPoint[] = [{ step: 3, epoch: 1, set: 'test', full: true, loss: 0.5, accuracy: 0.9 }];
    feedRuns({ ...empty, losses: b, evals: ev }, { ...empty, losses: a });
    expect(useRuns.getState().runs).toHaveLength(1);
    expect(useRuns.getState().runs[0].losses.map((p) => p.step)).toEqual([1, 2, 3]);
    expect(useRuns.getState().runs[0].evals).toEqual(ev);
    // Reset: a new run id, the history empties, then a new run under a new config.
    const next = { ...empty, run: 2, config: cfg({ opt: 'sgd' }) };
    feedRuns(next, { ...empty, losses: b, evals: ev });
    feedRuns({ ...next, losses: pts(1) }, next);
    const runs = useRuns.getState().runs;
    expect(runs).toHaveLength(2);
    expect(runs[1].config.opt).toBe('sgd');
    expect(runs[1].query).toContain('opt=sgd');
    expect(runs[0].losses).toHaveLength(3);
  });

  it('never files a run that did not train, and never files one run under two ids', () => {
    // Five quick changes: runs 2..5 never report a loss; run 6 trains.
    for (let r = 2; r <= 5; r++) feedRuns({ ...empty, run: r, config: cfg({ lr: r / 1000 }) }, { ...empty, run: r - 1 });
    feedRuns({ ...empty, run: 6, config: cfg({ lr: 0.006 }), losses: pts(1) }, { ...empty, run: 5 });
    expect(useRuns.getState().runs.map((r) => [r.id, r.config.lr])).toEqual([[6, 0.006]]);
  });

  it('keeps at most 8 runs', () => {
    let prev = empty;
    for (let i = 0; i < 10; i++) {
      const run = i + 1;
      feedRuns({ ...empty, run }, prev);
      const next = { ...empty, run, losses: pts(1) };
      feedRuns(next, { ...empty, run });
      prev = next;
    }
    expect(useRuns.getState().runs).toHaveLength(8);
  });
});

describe('feedRunStats', () => {
  beforeEach(() => useRuns.getState().reset());
  const empty = { run: 1, config: cfg(), preset: null, losses: [] as LossPoint[], evals: [] as EvalPoint[] };
  const stat = (step: number, gradNorm: number): StatsPoint =>
    ({ step, layers: [{ layer: 0, gradNorm }] }) as unknown as StatsPoint;

  it('files layer statistics under the open run, and none while no run is open', () => {
    const h1 = [stat(1, 0.5)];
    feedRunStats({ history: h1 }, { history: [] }); // no run open yet: skipped
    expect(useRuns.getState().runs).toHaveLength(0);
    feedRuns({ ...empty, losses: pts(1) }, empty);
    const h2 = [...h1, stat(2, 0.4)];
    feedRunStats({ history: h2 }, { history: h1 });
    expect(useRuns.getState().runs[0].stats).toBe(h2);
    // Reset: losses empty (the run closes); the next run's first statistics must not land in the old run.
    feedRuns({ ...empty, run: 2 }, { ...empty, losses: pts(1) });
    feedRunStats({ history: [stat(1, 9)] }, { history: [] });
    expect(useRuns.getState().runs[0].stats).toBe(h2);
  });
});
