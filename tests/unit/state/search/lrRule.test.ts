import { describe, expect, it } from 'vitest';
import { lossAxisTop, smoothLosses, suggestLr } from '../../../../src/state/search/lrRule';

/** A synthetic range test: flat at 2.3, falling to a minimum of 0.3 at lr = 1e-2 (log-parabola), then blowing up. */
function curve(): { step: number; lr: number; loss: number }[] {
  return Array.from({ length: 121 }, (_, i) => {
    const lr = 1e-6 * Math.pow(1e7, i / 120);
    const x = Math.log10(lr);
    const loss = x < -4 ? 2.3 : x <= -2 ? 2.3 - 2 * ((x + 4) / 2) ** 2 * 0.5 * 2 : 0.3 + 40 * (x + 2) ** 2;
    return { step: i + 1, lr, loss };
  });
}

describe('learning-rate finder rule', () => {
  it('smooths with a debiased moving average (a constant stays constant)', () => {
    const s = smoothLosses([1, 1, 1].map((loss, i) => ({ step: i + 1, lr: 1, loss })));
    expect(s.map((p) => p.smoothed)).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 12)));
  });
  it('suggests one tenth of the rate at the smoothed minimum, and marks where it diverged', () => {
    const pts = curve();
    const s = suggestLr(pts);
    const smoothed = smoothLosses(pts);
    // The minimum of the smoothed curve, found independently, before the first divergence.
    const cut = s.divergedLr === null ? smoothed.length : smoothed.findIndex((p) => p.lr === s.divergedLr);
    const min = smoothed.slice(0, cut).reduce((a, b) => (b.smoothed < a.smoothed ? b : a));
    expect(s.minLr).toBe(min.lr);
    expect(s.lr).toBeCloseTo(min.lr / 10, 12 - Math.round(Math.log10(min.lr / 10)) - 10);
    // The smoothed minimum lags the true one (lr = 1e-2) a little, never by more than a decade.
    expect(s.minLr!).toBeGreaterThan(1e-2);
    expect(s.minLr!).toBeLessThan(1e-1);
    expect(s.divergedLr).not.toBeNull();
    expect(s.divergedLr!).toBeGreaterThan(s.minLr!);
    const at = smoothed.find((p) => p.lr === s.divergedLr)!;
    expect(at.smoothed).toBeGreaterThan(4 * min.smoothed);
  });
  it('a non-finite loss is a divergence; no finite point gives no suggestion', () => {
    const pts = curve().slice(0, 60);
    pts.push({ step: 61, lr: 1, loss: Number.NaN });
    expect(suggestLr(pts).divergedLr).toBe(1);
    expect(suggestLr([{ step: 1, lr: 1, loss: Number.POSITIVE_INFINITY }]).lr).toBeNull();
  });
});

describe('the finder chart\'s loss axis', () => {
  it('tops out a quarter above the highest smoothed loss before the divergence, not at the blown-up losses', () => {
    const pts = curve();
    const s = suggestLr(pts);
    const before = smoothLosses(pts).filter((p) => p.lr < s.divergedLr!);
    expect(lossAxisTop(pts)).toBeCloseTo(1.25 * Math.max(...before.map((p) => p.smoothed)), 10);
    expect(lossAxisTop(pts)!).toBeLessThan(Math.max(...pts.map((p) => p.loss)));
    expect(lossAxisTop([])).toBeNull();
  });
});
