// Learning-rate schedules at chosen steps: α₀ = 0.1, 100 steps per epoch, 10 epochs (τ = 1,000 steps).
import { describe, expect, it } from 'vitest';
import { scheduleById, type ScheduleParams } from '../../../src/catalog/schedules';

const P: ScheduleParams = { lr: 0.1, decay: 0.5, decayEvery: 2, lrEnd: 0.01, tau: 0, epochs: 10, stepsPerEpoch: 100 };
const rate = (id: keyof typeof scheduleById, k: number, over: Partial<ScheduleParams> = {}) =>
  scheduleById[id].rate(k, { ...P, ...over });

describe('schedules', () => {
  it('constant keeps α₀', () => {
    for (const k of [0, 537, 5000]) expect(rate('constant', k)).toBe(0.1);
  });

  it('step halves α every 2 epochs (200 steps)', () => {
    expect(rate('step', 199)).toBeCloseTo(0.1, 12);
    expect(rate('step', 200)).toBeCloseTo(0.05, 12);
    expect(rate('step', 450)).toBeCloseTo(0.025, 12);
  });

  it('linear goes from α₀ to α_τ = 1 % of α₀ over τ, then holds', () => {
    expect(rate('linear', 0)).toBeCloseTo(0.1, 12);
    // (1 − ½)·0.1 + ½·0.001
    expect(rate('linear', 500)).toBeCloseTo(0.0505, 12);
    expect(rate('linear', 1000)).toBeCloseTo(0.001, 12);
    expect(rate('linear', 2500)).toBeCloseTo(0.001, 12);
    // τ = 5 epochs = 500 steps: halfway at 250.
    expect(rate('linear', 250, { tau: 5 })).toBeCloseTo(0.0505, 12);
  });

  it('cosine starts at α₀, passes the midpoint at τ/2, ends at α_τ', () => {
    expect(rate('cosine', 0)).toBeCloseTo(0.1, 12);
    // 0.001 + ½·0.099·(1 + cos(π/2))
    expect(rate('cosine', 500)).toBeCloseTo(0.0505, 12);
    // 0.001 + ½·0.099·(1 + cos(π/4)) = 0.001 + 0.0495·1.7071068
    expect(rate('cosine', 250)).toBeCloseTo(0.0855018, 6);
    expect(rate('cosine', 1000)).toBeCloseTo(0.001, 12);
    expect(rate('cosine', 3000)).toBeCloseTo(0.001, 12);
  });
});
