import { afterEach, describe, expect, it } from 'vitest';
import { useEngineLink } from '../../../src/state/engineLink';
import { extendGradHistory, heavyDue, MAX_GRAD_POINTS, useInspector } from '../../../src/state/inspectorStore';
import { useNetwork } from '../../../src/state/networkStore';
import { formatUnitRef, moveUnitRef, parseUnitRef } from '../../../src/state/unitRef';
import { decodeQuery, encodeQuery } from '../../../src/state/urlCodec';
import { toEngineConfig } from '../../../src/experiment/engineConfig';
import type { UnitHeavy, UnitLight } from '../../../src/wire/protocol';

const answer = (gradNorm: number, layer = 1, unit = 2): UnitLight => ({
  layer, isOutput: false, unit, units: 16, incoming: new Float32Array(32), bias: 0, gradNorm,
});
const heavyAt = (step: number): UnitHeavy => ({
  hist: [], histRange: [0, 1], batchSize: 1000, mean: 0, dead: false, saturated: 0, top: [], numTest: 10000, steps: [step, step],
});

describe('unit references', () => {
  it('reads and writes L<layer>:<unit> (1-based layer, 0-based unit) and rejects anything else', () => {
    expect(parseUnitRef('L2:17')).toEqual({ layer: 1, unit: 17 });
    expect(formatUnitRef({ layer: 1, unit: 17 })).toBe('L2:17');
    for (const bad of ['', 'L0:1', '2:17', 'L2-17', 'L2:', 'l2:1', 'L2:1x']) expect(parseUnitRef(bad)).toBeNull();
  });

  it('is a URL key of its own, page-only, with a message naming the form when malformed', () => {
    expect(decodeQuery('?unit=L3:5').config.unit).toBe('L3:5');
    expect(encodeQuery(decodeQuery('?unit=L3:5').config)).toContain('unit=L3%3A5');
    const bad = decodeQuery('?unit=L99:5');
    expect(bad.config.unit).toBe('');
    expect(bad.rejected[0].reason).toMatch(/L<layer>:<unit>/);
    expect('unit' in toEngineConfig(decodeQuery('?unit=L1:0').config)).toBe(false);
  });

  it('arrow keys move within a layer and across layers, clamped to the widths', () => {
    const widths = [4, 2, 10];
    expect(moveUnitRef({ layer: 0, unit: 3 }, widths, 'ArrowDown')).toEqual({ layer: 0, unit: 3 });
    expect(moveUnitRef({ layer: 0, unit: 3 }, widths, 'ArrowRight')).toEqual({ layer: 1, unit: 1 });
    expect(moveUnitRef({ layer: 2, unit: 0 }, widths, 'ArrowRight')).toEqual({ layer: 2, unit: 0 });
    expect(moveUnitRef({ layer: 1, unit: 1 }, widths, 'ArrowUp')).toEqual({ layer: 1, unit: 0 });
  });
});

describe('inspector store', () => {
  afterEach(() => {
    useInspector.getState().reset();
    useNetwork.getState().reset();
    useEngineLink.getState().reset();
  });

  it('asks only when the engine is ready, one request at a time, and ignores stale answers', () => {
    const sent: unknown[] = [];
    useEngineLink.getState().connect((m) => sent.push(m));
    expect(useInspector.getState().request({ layer: 1, unit: 2 }, true)).toBe(false);
    useInspector.getState().onEngineReady();
    expect(useInspector.getState().request({ layer: 1, unit: 2 }, true)).toBe(true);
    expect(useInspector.getState().request({ layer: 1, unit: 3 }, true)).toBe(false);
    expect(sent).toEqual([{ type: 'inspect-unit', id: 1, layer: 1, unit: 2, heavy: true }]);
    useInspector.getState().onUnit(7, 10, answer(1), heavyAt(10));
    expect(useInspector.getState().latest).toBeNull();
    useInspector.getState().onUnit(1, 10, answer(1), heavyAt(10));
    expect(useInspector.getState().latest).toMatchObject({ step: 10, ref: { layer: 1, unit: 2 } });
    expect(useInspector.getState().gradHistory).toEqual([{ step: 10, gradNorm: 1 }]);
  });

  it('builds the gradient curve per unit: a new step adds a point, another unit or an earlier step restarts it', () => {
    let h = extendGradHistory([], true, 5, answer(1));
    h = extendGradHistory(h, true, 5, answer(9)); // same step: unchanged
    h = extendGradHistory(h, true, 9, answer(2));
    expect(h).toEqual([{ step: 5, gradNorm: 1 }, { step: 9, gradNorm: 2 }]);
    expect(extendGradHistory(h, false, 12, answer(3))).toEqual([{ step: 12, gradNorm: 3 }]);
    expect(extendGradHistory(h, true, 0, answer(4))).toEqual([{ step: 0, gradNorm: 4 }]);
    expect(extendGradHistory(h, true, 20, null)).toBe(h);
    let long: typeof h = [];
    for (let s = 0; s < MAX_GRAD_POINTS + 20; s++) long = extendGradHistory(long, true, s, answer(s));
    expect(long).toHaveLength(MAX_GRAD_POINTS);
    expect(long[0].step).toBe(20);
  });

  it('a new run clears the answers; the network store keeps one request in flight too', () => {
    const sent: unknown[] = [];
    useEngineLink.getState().connect((m) => sent.push(m));
    useInspector.getState().onEngineReady();
    useInspector.getState().request({ layer: 0, unit: 0 }, true);
    useInspector.getState().onUnit(1, 3, answer(1, 0, 0), heavyAt(3));
    useInspector.getState().clearRun();
    expect(useInspector.getState()).toMatchObject({ latest: null, heavy: null, gradHistory: [], inflight: null });
    useNetwork.getState().onEngineReady();
    useNetwork.getState().request();
    useNetwork.getState().request();
    expect(sent.filter((m) => (m as { type: string }).type === 'network')).toHaveLength(1);
    useNetwork.getState().onNetwork(5, 4, { layers: [], edges: [], batchSize: 256 }); // not the one asked
    expect(useNetwork.getState().latest).toBeNull();
    useNetwork.getState().onNetwork(1, 4, { layers: [], edges: [], batchSize: 256 });
    expect(useNetwork.getState().latest).toMatchObject({ step: 4 });
  });

  it('asks for the heavy part only for a new unit, a paused net that moved on, or the refresh button', () => {
    const ref = { layer: 1, unit: 2 };
    const st = useInspector.getState;
    useEngineLink.getState().connect(() => {});
    st().onEngineReady();
    expect(heavyDue(st(), ref, 10, true)).toBe(true); // nothing yet
    st().request(ref, true);
    st().onUnit(1, 10, answer(1), heavyAt(10));
    // Training: light refreshes only, however far the step moves.
    expect(heavyDue(st(), ref, 500, true)).toBe(false);
    st().request(ref, false);
    st().onUnit(2, 500, answer(2), null);
    expect(st().heavy?.part.steps).toEqual([10, 10]); // kept from the heavy answer
    expect(st().gradHistory.map((p) => p.step)).toEqual([10, 500]);
    // Another unit, or a paused net at a new step: heavy once, then not again at that step.
    expect(heavyDue(st(), { layer: 1, unit: 3 }, 500, true)).toBe(true);
    expect(heavyDue(st(), ref, 500, false)).toBe(true);
    st().request(ref, true);
    st().onUnit(3, 500, answer(2), heavyAt(500));
    expect(heavyDue(st(), ref, 500, false)).toBe(false);
    // The refresh button: heavy at the next request, even while training; a light answer does not clear it.
    st().wantHeavy();
    expect(heavyDue(st(), ref, 600, true)).toBe(true);
    st().request(ref, false);
    st().onUnit(4, 600, answer(3), null);
    expect(st().heavyWanted).toBe(true);
    st().request(ref, true);
    st().onUnit(5, 600, answer(3), heavyAt(600));
    expect(st().heavyWanted).toBe(false);
  });
});
