import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEngineLink, type ToEngine } from '../../../../src/state/engineLink';
import { selectFinderEtaMs, useLrFinder } from '../../../../src/state/search/lrFinderStore';
import { defaultConfig } from '../../../../src/state/schema';
import { LR_FINDER } from '../../../../src/wire/protocol';

let sent: ToEngine[] = [];
const pts = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ step: from + i, lr: 1e-6, loss: 2 }));

beforeEach(() => {
  sent = [];
  useLrFinder.getState().reset();
  useEngineLink.getState().connect((m) => sent.push(m));
});
afterEach(() => {
  useEngineLink.getState().reset();
  vi.restoreAllMocks();
});

describe('LR finder store', () => {
  it('asks the engine with the training config, keeps only its own answers, and estimates the time left', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
    useLrFinder.getState().start({ ...defaultConfig(), mode: 'lr-finder' }, 4);
    const id = useLrFinder.getState().id;
    expect(sent).toEqual([expect.objectContaining({ type: 'lr-finder', id, run: 4 })]);
    expect(selectFinderEtaMs(useLrFinder.getState())).toBeNull();
    now.mockReturnValue(3000);
    useLrFinder.getState().onPoints(id, pts(1, 8), false, null);
    useLrFinder.getState().onPoints(id - 1, pts(1, 8), false, null); // an older test's late answer
    expect(useLrFinder.getState().points).toHaveLength(8);
    // 8 updates in 2 s: the remaining 112 at the same pace.
    expect(selectFinderEtaMs(useLrFinder.getState())).toBeCloseTo((2000 / 8) * (LR_FINDER.steps - 8), 6);
    useLrFinder.getState().onPoints(id, [], true, 'diverged');
    expect(useLrFinder.getState()).toMatchObject({ phase: 'done', stopped: 'diverged' });
    expect(selectFinderEtaMs(useLrFinder.getState())).toBeNull();
  });
});
