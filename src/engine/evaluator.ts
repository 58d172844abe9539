// When and on what a run is evaluated. Two kinds of evaluation, each on the test images and on the
// training images in use (so the generalization gap can be charted):
// - quick: a fixed QUICK_EVAL_SIZE subset of each, often (the accuracy chart has points within seconds), with
//   its cadence set by a time budget so it never costs more than QUICK_BUDGET of the training time;
// - full: all 10,000 test images (and as many training images), at epoch ends, at the end of a run and on
//   pause — but at most once per FULL_EVERY_EXAMPLES trained, so tiny epochs (1,000 images) don't spend their
//   time evaluating.
import type { TF } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import { QUICK_EVAL_SIZE, type EvalPoint } from '../wire/protocol';
import { trainingRange, uploadSplit, type Dataset, type DeviceSplit } from './dataset';
import type { EvalResult, Trainer } from './trainer';

/** The quick evaluations may take at most this fraction of the wall time spent training. */
export const QUICK_BUDGET = 0.04;
/** The first quick evaluation comes this soon after training starts, and they are never closer than this. */
export const QUICK_MIN_GAP_MS = 1000;
/** Full evaluations at epoch ends are skipped until this many examples were trained since the last one. */
export const FULL_EVERY_EXAMPLES = 10_000;

export class Evaluator {
  /** Fixed subsets of the training images this run trains on (depend on train-size and early stopping). */
  private readonly trainQuick: DeviceSplit;
  private readonly trainFull: DeviceSplit;
  private nextQuickAt = 0;
  private lastFullStep = -1;

  /**
   * @param testFull all test images on the device [10000, 784] (shared across runs; not disposed here).
   * @param testQuick the first QUICK_EVAL_SIZE of them (shared too).
   */
  constructor(
    private readonly tf: TF,
    data: Dataset,
    cfg: Pick<EngineConfig, 'trainSize' | 'earlyStop'>,
    private readonly testFull: DeviceSplit,
    private readonly testQuick: DeviceSplit,
  ) {
    const r = trainingRange(cfg, data.train.count);
    const numFull = Math.min(testFull.x.shape[0], r.trainTo - r.trainFrom);
    this.trainFull = uploadSplit(tf, data.train, r.trainFrom, r.trainFrom + numFull);
    this.trainQuick = uploadSplit(tf, data.train, r.trainFrom, r.trainFrom + Math.min(QUICK_EVAL_SIZE, numFull));
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

  /** Test and train subsets, one readback; schedules the next so evaluation stays within QUICK_BUDGET. */
  async quick(t: Trainer, now: () => number): Promise<EvalPoint[]> {
    const start = now();
    const step = t.step;
    const result = await t.evaluateSplits([this.testQuick, this.trainQuick]);
    const took = now() - start;
    this.nextQuickAt = now() + Math.max(QUICK_MIN_GAP_MS, took / QUICK_BUDGET);
    return result ? points(t, step, false, result) : [];
  }

  /** All test images and as many training images, one readback (none if the run was replaced meanwhile). */
  async full(t: Trainer): Promise<EvalPoint[]> {
    const step = t.step;
    this.lastFullStep = step;
    const result = await t.evaluateSplits([this.testFull, this.trainFull]);
    return result ? points(t, step, true, result) : [];
  }

  dispose(): void {
    this.tf.dispose([this.trainQuick.x, this.trainQuick.y, this.trainFull.x, this.trainFull.y]);
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
