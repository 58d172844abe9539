// The Worker's side of the `landscape` request: finds the run's lane, uploads the fixed image subset (the
// first QUICK_EVAL_SIZE training images in use — the very images of the quick "train" evaluation, so the
// centre of the map can be checked against it), runs the computation with progress, and honours cancels.
import type { TF } from '../catalog/types';
import { QUICK_EVAL_SIZE, type FromWorker } from '../wire/protocol';
import { disposeSplit, trainingRange, uploadSplit } from './dataset';
import { computeLandscape } from './landscape';
import type { Runner } from './runner';

export class LandscapeJobs {
  private readonly cancelled = new Set<number>();

  cancel(id: number): void {
    this.cancelled.add(id);
  }

  async answer(
    tf: TF,
    msg: { id: number; run: number; grid: number; span: number },
    runner: Runner,
    post: (m: FromWorker) => void,
  ): Promise<FromWorker> {
    const lane = runner.lane(msg.run);
    if (!lane || this.cancelled.has(msg.id)) return this.end(msg, null);
    const t = lane.trainer;
    const r = trainingRange(t.cfg, runner.data.train.count);
    const subset = uploadSplit(tf, runner.data.train, r.trainFrom, r.trainFrom + Math.min(QUICK_EVAL_SIZE, r.trainTo - r.trainFrom));
    try {
      const result = await computeLandscape(tf, t, lane.disposed ? null : lane.history, subset, {
        grid: msg.grid,
        span: msg.span,
        cancelled: () => this.cancelled.has(msg.id),
        onProgress: (done, total, etaMs) => post({ type: 'landscape-progress', id: msg.id, run: msg.run, done, total, etaMs }),
      });
      return this.end(msg, result);
    } finally {
      disposeSplit(tf, subset);
    }
  }

  private end(msg: { id: number; run: number }, result: Extract<FromWorker, { type: 'landscape' }>['result']): FromWorker {
    const cancelled = this.cancelled.delete(msg.id);
    return { type: 'landscape', id: msg.id, run: msg.run, result: cancelled ? null : result, cancelled };
  }
}
