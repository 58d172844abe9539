import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_MS, Throughput } from '../../../src/engine/throughput';

describe('Throughput', () => {
  it('gives the first step its figure at once, warm-up included', () => {
    const meter = new Throughput(64);
    meter.restart(0, 0);
    // One step of 64 examples proved done after 400 ms: 160 examples/s.
    expect(meter.done(400, 1)).toBeCloseTo(160, 6);
  });

  it('does not spike when two readbacks resolve back to back', () => {
    const meter = new Throughput(64);
    meter.restart(0, 0);
    meter.done(100, 1);
    // 99 steps in 1,000 ms: 6,336 examples/s.
    expect(meter.done(1100, 100)).toBeCloseTo(6336, 6);
    // The epoch end's own readback, 1 ms behind: 20 more steps would read as 1,280,000 examples/s.
    expect(meter.done(1101, 120)).toBeCloseTo(6336, 6);
    // Those 20 steps count towards the next figure: 120 steps since t = 1,100 ms, over 1,000 ms.
    expect(meter.done(2100, 220)).toBeCloseTo((120 * 64 * 1000) / 1000, 6);
  });

  it('keeps its figure over intervals without steps, and a restart leaves the pause out', () => {
    const meter = new Throughput(10);
    meter.restart(0, 0);
    expect(meter.done(1000, 50)).toBeCloseTo(500, 6);
    expect(meter.done(5000, 50)).toBeCloseTo(500, 6);
    // Paused for a minute, then trained 50 steps in a second.
    meter.restart(65_000, 50);
    expect(meter.done(65_000 + MIN_WINDOW_MS * 2, 100)).toBeCloseTo(500, 6);
  });
});
