// The views' share of the Worker's time. The weight images, the unit inspector and the network view do
// fixed work per refresh (a forward pass on a test batch, one gradient, a readback), so on a slow or busy
// machine — where training itself is slow — the same refresh rate would take a larger share of the time.
// While training runs, every view job waits its turn: after a job of `ms`, the next may start only once
// training has had ms·(1 − share)/share to itself, so the views take at most `share` of the time whatever
// the machine; refreshes simply come less often where work is slow. A long job (the top images over the
// whole test set) books its time chunk by chunk through `pace`. When training is paused nothing waits.
import { yieldToEvents } from './yieldToEvents';

/** The views' share of the Worker's time while training runs (issue 13: throughput drop ≤ 5 %). */
export const VIEW_SHARE = 0.03;
/** The share for what a learner has just asked for (a unit picked, Refresh clicked): they are waiting on it,
 * so training gives way to it far more — at 3 % the top images of a unit would take half a minute to come. */
export const ASKED_SHARE = 0.5;
/** The views, each with its own budget (see viewBudgets). */
export const VIEW_KINDS = ['weights', 'unit', 'network'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

/** Longest single wait, so a pause (which stops the waiting) is noticed soon. */
const POLL_MS = 100;

/** Called by a long job between its chunks: books the chunk, yields, waits its turn. */
export type Pace = () => Promise<void>;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class ViewBudget {
  private nextAt = 0;

  constructor(
    private readonly share: number,
    /** True while training runs (only then do the views wait). */
    private readonly training: () => boolean,
    private readonly now: () => number = () => performance.now(),
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {}

  /** Resolves once the views may work: at once when training is not running. */
  async turn(): Promise<void> {
    for (;;) {
      const left = this.nextAt - this.now();
      if (!this.training() || left <= 0) return;
      await this.wait(Math.min(left, POLL_MS));
    }
  }

  /** Books `ms` of view work — only while training runs: work done on a paused net took nothing from it
   * (booking it would hold the first refreshes of the next run back for minutes). */
  spent(ms: number, share = this.share): void {
    if (!this.training()) return;
    this.nextAt = Math.max(this.nextAt, this.now()) + (ms * (1 - share)) / share;
  }

  /** One view job when its turn comes, its time booked at `share` (chunk by chunk when it calls `pace`). */
  async run<T>(job: (pace: Pace) => Promise<T>, share = this.share): Promise<T> {
    await this.turn();
    let mark = this.now();
    const pace: Pace = async () => {
      this.spent(this.now() - mark, share);
      await yieldToEvents();
      await this.turn();
      mark = this.now();
    };
    try {
      return await job(pace);
    } finally {
      this.spent(this.now() - mark, share);
    }
  }
}

/**
 * One budget per view, VIEW_SHARE split evenly. With one budget for all three, the weight images (a transpose
 * and a readback: a few ms) waited behind the bookings of the network view's forward pass and the inspector's
 * gradient (each about a training step), and on a loaded machine refreshed once in 10–15 s (bench, 2026-11-24).
 * Apart, each refreshes as often as its own cost allows, and together they still take at most VIEW_SHARE.
 */
export function viewBudgets(
  training: () => boolean,
  now?: () => number,
  wait?: (ms: number) => Promise<void>,
): Record<ViewKind, ViewBudget> {
  const one = () => new ViewBudget(VIEW_SHARE / VIEW_KINDS.length, training, now, wait);
  return { weights: one(), unit: one(), network: one() };
}
