// The cards' plot data, computed from the registries' plain-number references (no tfjs on the page).
import type { Activation } from '../../catalog/activations';
import type { Loss } from '../../catalog/losses';
import type { Schedule, ScheduleParams } from '../../catalog/schedules';

const range = (from: number, to: number, n: number) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));

/** f and f′ over [−4, 4]. */
export function activationPlot(a: Activation): { x: number; f: number; df: number }[] {
  return range(-4, 4, 81).map((x) => ({ x, f: a.ref(x), df: a.refGrad(x) }));
}

/**
 * Loss of one ten-class example as its true-class score s moves over [−4, 4], the other scores fixed:
 * one rival class at 1, the eight others at 0. Where s passes 1 the answer turns right.
 */
export const LOSS_OTHERS = [1, 0, 0, 0, 0, 0, 0, 0, 0];
export function lossPlot(l: Loss): { s: number; loss: number }[] {
  return range(-4, 4, 81).map((s) => ({ s, loss: l.ref([s, ...LOSS_OTHERS], 0) }));
}

/** α over the whole run (in epochs), for the current settings. */
export function schedulePlot(s: Schedule, p: ScheduleParams): { epoch: number; lr: number }[] {
  const total = Math.max(1, p.epochs * p.stepsPerEpoch);
  return range(0, total, 101).map((k) => ({ epoch: k / p.stepsPerEpoch, lr: s.rate(Math.round(k), p) }));
}
