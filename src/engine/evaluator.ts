// When and on what a run is evaluated. Two kinds of evaluation, each on the test images and on the
// training images in use (so the generalization gap can be charted):
// - quick: a fixed QUICK_EVAL_SIZE subset of each, often (the accuracy chart has points within seconds), with
//   its cadence set by a time budget so it never costs more than QUICK_BUDGET of the training time;
// - full: all 10,000 test images (and as many training images), at epoch ends, at the end of a run and on
//   pause — but at most once per FULL_EVERY_EXAMPLES trained, so tiny epochs (1,000 images) don't spend their
//   time evaluating.
import type { EngineConfig } from '../experiment/engineConfig';
import { QUICK_EVAL_SIZE, type EvalPoint } from '../wire/protocol';
import { trainingRange, type Dataset } from './dataset';
import { onDevice, type DeviceSets, type Prefix } from './deviceSets';
import type { EvalResult, Trainer } from './trainer';

/** The quick evaluations may take at most this fraction of the wall time spent training. */
export const QUICK_BUDGET = 0.04;
/** The first quick evaluation comes this soon after training starts, and they are never closer than this. */
export const QUICK_MIN_GAP_MS = 1000;
/** Full evaluations at epoch ends are skipped until this many examples were trained since the last one. */
export const FULL_EVERY_EXAMPLES = 10_000;

export class Evaluator {
  /** The training images this run's evaluations use (depend on train-size and early stopping): prefixes of
   * the shared sets, so building a run uploads nothing. */
  private readonly trainQuick: Prefix;
  private readonly trainFull: Prefix;
  private nextQuickAt = 0;
  private lastFullStep = -1;

  /** @param sets the evaluation sets on the device, shared across runs (not disposed here). */
  constructor(
    data: Dataset,
    cfg: Pick<EngineConfig, 'trainSize' | 'earlyStop'>,
    private readonly sets: DeviceSets,
  ) {
    const r = trainingRange(cfg, data.train.count);
    const numFull = Math.min(sets.trainFull.size, r.trainTo - r.trainFrom);
    this.trainFull = sets.trainPrefix(numFull);
    this.trainQuick = sets.trainPrefix(Math.min(QUICK_EVAL_SIZE, numFull));
  }

  /** Resolves once every image a full evaluation uses has arrived (the test set may still be streaming in). */
  whenFullPresent(): Promise<void> {
    return Promise.all([this.sets.testFull.whenPresent(), this.trainFull.set.whenPresent()]).then(() => undefined);
  }

  /** Training (re)starts at `now`: the first quick evaluation follows soon. */
  started(now: number): void {
    this.nextQuickAt = now + QUICK_MIN_GAP_MS;
  }

  quickDue(now: number): boolean {
    return now >= this.nextQuickAt;
  }

  /** An epoch ended (or the run did, when `force`): is a full evaluation worth its cost now? */
  fullDue(t: Trainer, force: boolean): boolean {
    if (t.step === this.lastFullStep) return false;
    return force || this.lastFullStep < 0 || (t.step - this.lastFullStep) * t.batch >= FULL_EVERY_EXAMPLES;
  }

  /** Quick evaluations so far and the wall time they took (the benchmark reports their share of the time). */
  quickCount = 0;
  quickMs = 0;

  /** Test and train subsets, one readback; schedules the next so evaluation stays within QUICK_BUDGET. */
  async quick(t: Trainer, now: () => number): Promise<EvalPoint[]> {
    const start = now();
    this.quickCount++;
    const step = t.step;
    const splits = [await onDevice({ set: this.sets.testQuick, n: this.sets.testQuick.size }), await onDevice(this.trainQuick)];
    // The first evaluation of a page uploads the shared subsets once: that is not a cost the cadence must repay
    // (at 4 % it would push the second accuracy point ~25 × the upload's time away — 12 s measured).
    const evalStart = now();
    const result = await t.evaluateSplits(splits);
    const end = now();
    this.quickMs += end - start;
    this.nextQuickAt = end + Math.max(QUICK_MIN_GAP_MS, (end - evalStart) / QUICK_BUDGET);
    return result ? points(t, step, false, result) : [];
  }

  /** All test images and as many training images, one readback (none if the run was replaced meanwhile). */
  async full(t: Trainer): Promise<EvalPoint[]> {
    const step = t.step;
    this.lastFullStep = step;
    const splits = [await onDevice({ set: this.sets.testFull, n: this.sets.testFull.size }), await onDevice(this.trainFull)];
    const result = await t.evaluateSplits(splits);
    return result ? points(t, step, true, result) : [];
  }
}

/** The points of the step the evaluation started at (a Step while it yielded does not relabel it). */
function points(t: Trainer, step: number, full: boolean, [test, train]: EvalResult[]): EvalPoint[] {
  const base = { step, epoch: step / t.stepsPerEpoch, full };
  return [
    { ...base, set: 'test', ...test },
    { ...base, set: 'train', ...train },
  ];
}
