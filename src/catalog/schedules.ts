// Learning-rate schedules: α as a function of the step. `stepsPerEpoch` converts the epoch-based settings.
import { indexById, type CatalogEntry } from './types';

export interface ScheduleParams {
  /** α₀, the configured learning rate. */
  lr: number;
  /** `step`: factor applied every `decayEvery` epochs. */
  decay: number;
  decayEvery: number;
  /** `linear`: α_τ as a fraction of α₀ (1 % by default). */
  lrEnd: number;
  /** `linear`/`cosine`: τ in epochs; 0 means the whole run. */
  tau: number;
  epochs: number;
  stepsPerEpoch: number;
}

export interface Schedule extends CatalogEntry {
  /** α at update `k` (counting from 0). Plain numbers: the schedule runs on the CPU once per step. */
  rate: (k: number, p: ScheduleParams) => number;
}

/** τ in steps; at least one step so the formulas never divide by zero. */
export function tauSteps(p: ScheduleParams): number {
  return Math.max(1, Math.round((p.tau > 0 ? p.tau : p.epochs) * p.stepsPerEpoch));
}

export const SCHEDULES = [
  {
    id: 'constant',
    label: 'Constant',
    formula: '\\alpha_k = \\alpha_0',
    note: 'The same step size throughout. Simple, but SGD then keeps bouncing around the minimum at the end.',
    lecture: 'Optimizers',
    rate: (_k, p) => p.lr,
  },
  {
    id: 'step',
    label: 'Step decay',
    formula: '\\alpha_k = \\alpha_0 \\cdot d^{\\lfloor \\text{epoch} / E \\rfloor}',
    note:
      'Multiplies the rate by the decay factor every few epochs: large early steps to travel, small late steps ' +
      'to settle. The classic ImageNet recipe; the staircase shows in the loss curve.',
    lecture: 'Optimizers',
    rate: (k, p) => p.lr * p.decay ** Math.floor(k / (p.stepsPerEpoch * Math.max(1, p.decayEvery))),
  },
  {
    id: 'linear',
    label: 'Linear decay',
    formula: '\\alpha_k = (1 - k/\\tau)\\,\\alpha_0 + (k/\\tau)\\,\\alpha_\\tau,\\ \\text{constant after } \\tau',
    note:
      'Decays linearly to α_τ (1 % of α₀ by default) over τ steps, then holds. The schedule of the Deep Learning ' +
      'book: SGD needs a decaying rate to converge, because the minibatch noise never vanishes.',
    lecture: 'Optimizers',
    rate: (k, p) => {
      const frac = Math.min(1, k / tauSteps(p));
      return (1 - frac) * p.lr + frac * p.lr * p.lrEnd;
    },
  },
  {
    id: 'cosine',
    label: 'Cosine decay',
    formula: '\\alpha_k = \\alpha_\\tau + \\tfrac{1}{2}(\\alpha_0 - \\alpha_\\tau)(1 + \\cos(\\pi k / \\tau))',
    note:
      'Follows half a cosine from α₀ down to α_τ: it stays high for longer than linear decay, then settles ' +
      'smoothly. Popular for training to a fixed budget.',
    lecture: 'Optimizers',
    rate: (k, p) => {
      const frac = Math.min(1, k / tauSteps(p));
      const end = p.lr * p.lrEnd;
      return end + 0.5 * (p.lr - end) * (1 + Math.cos(Math.PI * frac));
    },
  },
] as const satisfies readonly Schedule[];

export type ScheduleId = (typeof SCHEDULES)[number]['id'];
export const SCHEDULE_IDS = SCHEDULES.map((s) => s.id) as [ScheduleId, ...ScheduleId[]];
export const scheduleById: Readonly<Record<ScheduleId, Schedule>> = indexById<Schedule & { id: ScheduleId }>(SCHEDULES);
