import { describe, expect, it } from 'vitest';
import type { Run } from '../../../../src/state/runsStore';
import { defaultConfig } from '../../../../src/state/schema';
import { runsToCsv, runsToJson } from '../../../../src/ui/export/exportRuns';

const r: Run = {
  id: 7,
  config: { ...defaultConfig(), layers: [32, 16] },
  preset: null,
  query: 'layers=32,16&seed=1',
  losses: [1, 2].map((step) => ({ step, loss: 2 / step, penalty: null, lr: 0.001 })),
  evals: [{ step: 2, epoch: 1, set: 'test', full: true, loss: 0.4, accuracy: 0.91 }],
  stats: [],
  pinned: false,
  shown: true,
};

describe('runsToCsv', () => {
  it('writes one row per measurement, quoting labels with commas', () => {
    const csv = runsToCsv([r], ['layers=32,16'], 'http://x/');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('run,label,url,kind,step,loss,accuracy,lr');
    expect(lines[1]).toBe('7,"layers=32,16","http://x/?layers=32,16&seed=1",train,1,2,,0.001');
    expect(lines[3]).toBe('7,"layers=32,16","http://x/?layers=32,16&seed=1",test,2,0.4,0.91,');
    expect(lines).toHaveLength(4);
  });
});

describe('runsToJson', () => {
  it('carries each run\'s config and URL', () => {
    const [j] = JSON.parse(runsToJson([r], ['a'], 'http://x/'));
    expect(j.config.layers).toEqual([32, 16]);
    expect(j.url).toBe('http://x/?layers=32,16&seed=1');
    expect(j.evaluations[0]).toMatchObject({ kind: 'test', accuracy: 0.91 });
  });
});
