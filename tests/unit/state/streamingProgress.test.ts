// Training starts on a first slice of MNIST, so the data's progress keeps arriving after `ready`: the page
// stays ready (a running test or lecturer script must not see it fall back to loading), and keeps the
// figures for the status bar; a fatal data error late in the stream is still fatal.
import { beforeEach, describe, expect, it } from 'vitest';
import { useEngineLink } from '../../../src/state/engineLink';
import { routeMessage } from '../../../src/state/router';
import { useLab } from '../../../src/state/store';

beforeEach(() => {
  useLab.getState().resetStore();
  useEngineLink.getState().connect(() => {});
});

describe('progress after ready', () => {
  it('loads, becomes ready on the first slice, and stays ready while the rest streams in', () => {
    routeMessage({ type: 'progress', loaded: 1e6, total: 11e6, file: 'train-images.idx.gz' });
    expect(useLab.getState().phase).toBe('loading');
    routeMessage({ type: 'ready', backend: 'cpu', reason: 'test', numTrain: 60000, numTest: 10000 });
    routeMessage({ type: 'progress', loaded: 5e6, total: 11e6, file: 'train-images.idx.gz' });
    expect(useLab.getState().phase).toBe('ready');
    expect(useLab.getState().load).toEqual({ loaded: 5e6, total: 11e6 });
  });

  it('a corrupted file found late is fatal, and later progress does not undo it', () => {
    routeMessage({ type: 'ready', backend: 'cpu', reason: 'test', numTrain: 60000, numTest: 10000 });
    routeMessage({ type: 'fatal', message: 'Data file train-images.idx.gz is corrupted (checksum mismatch).' });
    routeMessage({ type: 'progress', loaded: 11e6, total: 11e6, file: 'test-images.idx.gz' });
    expect(useLab.getState().phase).toBe('fatal');
  });
});
