// The learning-rate range test (Smith, 2017) in the Worker: a fresh net of the page's config trains for a
// few dozen updates while the rate rises exponentially, update by update, from LR_FINDER.lrMin to lrMax.
// The losses are read back a chunk at a time (one stacked readback each) and the test stops as soon as the
// smoothed loss passes stopFactor × its minimum: past that point the rate only blows the net up.
import type { Scalar, TF } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import { LR_FINDER, type FromWorker, type LrFinderPoint } from '../wire/protocol';
import { whenAvailable, type Dataset } from './dataset';
import { Trainer } from './trainer';

/** Updates queued between readbacks: small, so a divergence is caught within a few steps of it. */
export const CHUNK = 8;

/** The rate of update `i` of `steps`: lrMin at the first, lrMax at the last, evenly spaced on a log axis. */
export function finderLr(i: number, steps: number, lrMin: number = LR_FINDER.lrMin, lrMax: number = LR_FINDER.lrMax): number {
  return lrMin * Math.pow(lrMax / lrMin, steps > 1 ? i / (steps - 1) : 0);
}

type Options = { steps: number; stopFactor: number; smoothing: number };
type Msg = Extract<FromWorker, { type: 'lr-finder' }>;

export class LrFinder {
  /** The job running now (one at a time: a new one cancels the old). */
  private job: { id: number; cancelled: boolean } | null = null;

  constructor(
    private readonly tf: TF,
    private readonly data: Dataset,
    private readonly post: (msg: Msg) => void,
  ) {}

  cancel(id: number): void {
    if (this.job?.id === id) this.job.cancelled = true;
  }

  /** Runs one test; posts its points chunk by chunk and a last message with `done`. */
  async run(id: number, run: number, cfg: EngineConfig, opts: Options = LR_FINDER): Promise<void> {
    if (this.job) this.job.cancelled = true;
    const job = { id, cancelled: false };
    this.job = job;
    const { tf } = this;
    const trainer = new Trainer(tf, this.data, cfg);
    let stopped: Msg['stopped'] = 'end';
    try {
      let avg = 0;
      let best = Infinity;
      let k = 0;
      for (let from = 0; from < opts.steps; from += CHUNK) {
        const lrs: number[] = [];
        const losses: Scalar[] = [];
        for (let i = from; i < Math.min(from + CHUNK, opts.steps); i++) {
          // While MNIST still streams in, a batch waits for its images (the order never depends on arrival).
          if (this.data.arrival) await whenAvailable(this.data, 'train', trainer.imagesForNextStep());
          if (job.cancelled) break;
          const r = trainer.trainStep(false, finderLr(i, opts.steps));
          r.penalty?.dispose();
          losses.push(r.loss);
          lrs.push(finderLr(i, opts.steps));
        }
        if (losses.length === 0) {
          stopped = 'cancelled';
          break;
        }
        const stacked = tf.stack(losses);
        tf.dispose(losses);
        const values = await stacked.data();
        stacked.dispose();
        if (job.cancelled) {
          stopped = 'cancelled';
          break;
        }
        const points: LrFinderPoint[] = [];
        for (let j = 0; j < lrs.length && stopped === 'end'; j++) {
          const loss = values[j];
          points.push({ step: from + j + 1, lr: lrs[j], loss });
          avg = opts.smoothing * avg + (1 - opts.smoothing) * loss;
          const smoothed = avg / (1 - Math.pow(opts.smoothing, ++k));
          if (!Number.isFinite(loss) || smoothed > opts.stopFactor * best) stopped = 'diverged';
          best = Math.min(best, smoothed);
        }
        this.post({ type: 'lr-finder', id, run, points, done: false, stopped: null });
        if (stopped !== 'end') break;
      }
    } finally {
      trainer.dispose();
      if (this.job === job) this.job = null;
    }
    this.post({ type: 'lr-finder', id, run, points: [], done: true, stopped });
  }
}
