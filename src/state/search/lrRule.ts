// The learning-rate finder's reading of its curve: the loss smoothed as the Worker smooths it, where the
// smoothed loss is lowest, where it blew up, and the suggested rate with the rule that chose it.
import { LR_FINDER, type LrFinderPoint } from '../../wire/protocol';

export interface SmoothedPoint extends LrFinderPoint {
  smoothed: number;
}

/** Exponential moving average of the loss, debiased (the first points are not pulled towards 0). */
export function smoothLosses(points: readonly LrFinderPoint[], beta: number = LR_FINDER.smoothing): SmoothedPoint[] {
  let avg = 0;
  return points.map((p, i) => {
    avg = beta * avg + (1 - beta) * p.loss;
    return { ...p, smoothed: avg / (1 - Math.pow(beta, i + 1)) };
  });
}

/** In words, for the page: what the suggestion is. */
export const LR_RULE = 'one tenth of the learning rate at which the smoothed loss was lowest';

export interface LrSuggestion {
  /** The suggested rate (3 significant digits), null when the curve has no finite point. */
  lr: number | null;
  /** Where the smoothed loss was lowest. */
  minLr: number | null;
  minLoss: number | null;
  /** The first rate whose smoothed loss passed stopFactor × the minimum before it (or was not finite). */
  divergedLr: number | null;
}

/**
 * The rule: one tenth of the rate at the smoothed loss's minimum (before any divergence). At the minimum the
 * rate is already about to be too large; a tenth of it still learns fast and is safely below the cliff.
 */
export function suggestLr(points: readonly LrFinderPoint[], stopFactor: number = LR_FINDER.stopFactor): LrSuggestion {
  const s = smoothLosses(points);
  let best = -1;
  let divergedLr: number | null = null;
  for (let i = 0; i < s.length; i++) {
    const bad = !Number.isFinite(s[i].smoothed) || (best >= 0 && s[i].smoothed > stopFactor * s[best].smoothed);
    if (bad) {
      divergedLr = s[i].lr;
      break;
    }
    if (best < 0 || s[i].smoothed < s[best].smoothed) best = i;
  }
  if (best < 0) return { lr: null, minLr: null, minLoss: null, divergedLr };
  const lr = Number((s[best].lr / 10).toPrecision(3));
  return { lr, minLr: s[best].lr, minLoss: s[best].smoothed, divergedLr };
}

/**
 * The top of the chart's loss axis: a quarter above the highest smoothed loss before the divergence. The
 * blown-up losses past it (tens or NaN) would otherwise flatten the part of the curve the rule reads.
 */
export function lossAxisTop(points: readonly LrFinderPoint[]): number | null {
  const s = smoothLosses(points);
  const { divergedLr } = suggestLr(points);
  const upTo = divergedLr === null ? s : s.slice(0, s.findIndex((p) => p.lr === divergedLr));
  const finite = upTo.map((p) => p.smoothed).filter(Number.isFinite);
  return finite.length ? 1.25 * Math.max(...finite) : null;
}
