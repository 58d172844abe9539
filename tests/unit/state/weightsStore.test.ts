import { afterEach, describe, expect, it } from 'vitest';
import { useEngineLink } from '../../../src/state/engineLink';
import { FROZEN_TOLERANCE, unchangedUnits, useWeights } from '../../../src/state/weightsStore';
import type { WeightImages } from '../../../src/wire/protocol';

const images = (rows: number[][], maxAbs = 1): WeightImages => ({
  layer: 'hidden',
  units: rows.length,
  values: Float32Array.from(rows.flatMap((r) => Array.from({ length: 784 }, (_, p) => r[p % r.length]))),
  maxAbs,
});

describe('weights store', () => {
  afterEach(() => {
    useWeights.getState().reset();
    useEngineLink.getState().reset();
  });

  it('keeps at most one request in flight and none before the engine is ready', () => {
    const sent: unknown[] = [];
    useEngineLink.getState().connect((m) => sent.push(m));
    useWeights.getState().request();
    expect(sent).toEqual([]);
    useWeights.getState().onEngineReady();
    useWeights.getState().request();
    useWeights.getState().request();
    expect(sent).toEqual([{ type: 'weights', id: 1 }]);
    useWeights.getState().onWeights(1, 5, images([[0.5]]));
    useWeights.getState().request();
    expect(sent).toHaveLength(2);
    // An answer to a request that was dropped (a new run) is ignored.
    useWeights.getState().clearRun();
    useWeights.getState().onWeights(2, 9, images([[0.7]]));
    expect(useWeights.getState().latest).toBeNull();
  });

  it('flags units whose weights stopped moving between readbacks at different steps', () => {
    useEngineLink.getState().connect(() => {});
    const s = useWeights.getState;
    s().onEngineReady();
    s().request();
    s().onWeights(1, 10, images([[0.5, -1], [0.2, 0.3]]));
    expect(s().frozen).toBeNull();
    s().request();
    // Unit 0 moved by less than the tolerance, unit 1 clearly moved.
    s().onWeights(2, 20, images([[0.5 + FROZEN_TOLERANCE / 2, -1], [0.25, 0.3]]));
    expect(s().frozen).toEqual([true, false]);
  });

  it('compares units row by row', () => {
    expect(unchangedUnits(images([[1], [2]]), images([[1], [3]]))).toEqual([true, false]);
    expect(unchangedUnits(images([[1]]), images([[1], [1]]))).toBeNull();
    expect(unchangedUnits(images([[Number.NaN]]), images([[Number.NaN]]))).toEqual([false]);
  });
});
