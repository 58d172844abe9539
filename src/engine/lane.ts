// One run inside the Runner: its Trainer, its evaluations, early stopping, the losses waiting to be read
// back, and whether (and how) it ended. A race trains several lanes step by step in one loop; a plain run
// is a single lane. Everything a lane posts carries its run id.
import type { Scalar, TF } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import type { FromWorker, LossPoint, RunStatus } from '../wire/protocol';
import type { Dataset } from './dataset';
import type { DeviceSets } from './deviceSets';
import { EarlyStopWatch } from './earlyStop';
import { Evaluator } from './evaluator';
import { Trainer, type StepCapture } from './trainer';
import { WeightHistory } from './weightHistory';
import { markNow } from './marks';
import { Throughput } from './throughput';

interface Pending {
  step: number;
  lr: number;
  loss: Scalar;
  penalty: Scalar | null;
}

export type Ended = NonNullable<RunStatus['ended']>;
const now = () => performance.now();

export class Lane {
  readonly trainer: Trainer;
  private readonly early: EarlyStopWatch | null;
  readonly evaluator: Evaluator;
  /** θ₀ and sparse weight snapshots (at evaluations), for the loss landscape. */
  readonly history: WeightHistory;
  private pending: Pending[] = [];
  private readonly throughput: Throughput;
  /** The update whose loss was not finite, once the run diverged. */
  divergedAt: number | null = null;
  ended: RunStatus['ended'] = null;
  /** Set by dispose: readbacks still in flight must not post for a discarded run. */
  disposed = false;

  constructor(
    private readonly tf: TF,
    data: Dataset,
    readonly run: number,
    cfg: EngineConfig,
    private readonly sets: DeviceSets,
    private readonly post: (msg: FromWorker) => void,
  ) {    this.trainer = new Trainer(tf, data, cfg);
    this.early = EarlyStopWatch.create(tf, data, cfg);
    this.evaluator = new Evaluator(data, cfg, sets);
    this.history = new WeightHistory(tf, this.trainer.vars);
    this.throughput = new Throughput(this.trainer.batch);
  }

  get live(): boolean {
    return !this.disposed && this.ended === null;
  }

  /** The step about to run is the run's last: capture it, so the layer panel ends on the final step. */
  get lastStepNext(): boolean {
    const t = this.trainer;
    return t.step === t.stepsPerEpoch * t.cfg.epochs - 1;
  }

  startClock(): void {
    this.throughput.restart(now(), this.trainer.step);
    this.evaluator.started(now());
  }

  /** One update; its loss waits for the next flush. Returns the capture when asked for one. */
  step(capture: boolean): StepCapture | null {
    const r = this.trainer.trainStep(capture);
    this.pending.push({ step: this.trainer.step, lr: r.lr, loss: r.loss, penalty: r.penalty });
    return r.capture;
  }

  get atEpochEnd(): boolean {
    return this.trainer.step % this.trainer.stepsPerEpoch === 0;
  }

  /** One asynchronous readback of every loss since the last flush; ends the run on a NaN or ∞ loss. */
  async flush(running: boolean): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const hasPenalty = batch[0].penalty !== null;
    const stacked = this.tf.tidy(() =>
      this.tf.stack(batch.flatMap((p) => (hasPenalty && p.penalty ? [p.loss, p.penalty] : [p.loss]))),
    );
    this.tf.dispose(batch.flatMap((p) => (p.penalty ? [p.loss, p.penalty] : [p.loss])));
    const values = await stacked.data();
    stacked.dispose();
    if (this.disposed || this.divergedAt !== null) return;
    if (batch[0].step === 1) this.post(markNow('first-losses'));
    const width = hasPenalty ? 2 : 1;
    const points: LossPoint[] = batch.map((p, i) => ({
      step: p.step,
      lr: p.lr,
      loss: values[i * width],
      penalty: hasPenalty ? values[i * width + 1] : null,
    }));
    const examplesPerSec = this.throughput.done(now(), batch[batch.length - 1].step);
    const bad = points.findIndex((p) => !Number.isFinite(p.loss));
    if (bad >= 0) {
      this.divergedAt = points[bad].step;
      this.ended = 'diverged';
      this.post({ type: 'metrics', run: this.run, points: points.slice(0, bad), examplesPerSec });
      this.post({ type: 'diverged', run: this.run, step: this.divergedAt });
    } else {
      this.post({ type: 'metrics', run: this.run, points, examplesPerSec });
    }
    this.postStatus(running && this.ended === null);
  }

  /** Epoch end: early stopping, then a full evaluation when due. Returns true when the run has ended. */
  async epochEnd(): Promise<boolean> {
    const t = this.trainer;
    // Early stopping first, so a stop restores the best weights before the evaluation.
    const early = await this.early?.check(t);
    if (!this.live) return true;
    if (early) this.post({ type: 'early-stop', run: this.run, info: early });
    if (t.done || early) {
      await this.finish(early ? 'early-stop' : 'epochs');
      return true;
    }
    if (this.evaluator.fullDue(t, false)) {
      await this.evaluate(false);
      // Throughput is training speed: the evaluation's time does not count against it.
      this.throughput.restart(now(), t.step);
    }
    return false;
  }

  /** Ends the run: its final full evaluation first, then the status that says it ended, so a page that sees
   * the end already has the final numbers. */
  async finish(ended: Ended): Promise<void> {
    this.ended = ended;
    await this.evaluate(true);
    this.postStatus(false);
  }

  async evaluateQuick(): Promise<void> {
    if (!this.live) return;
    this.history.record(this.trainer.step, this.trainer.vars);
    const points = await this.evaluator.quick(this.trainer, now);
    if (!this.disposed) for (const point of points) this.post({ type: 'eval', run: this.run, point });
    this.throughput.restart(now(), this.trainer.step);
  }

  /** A full evaluation when due (always with `force`, unless this step was already evaluated). */
  async evaluate(force: boolean): Promise<void> {
    const t = this.trainer;
    // A full evaluation is on all test images: never on part of them while they stream in.
    await this.evaluator.whenFullPresent();
    if (this.disposed || this.divergedAt !== null || !this.evaluator.fullDue(t, force)) return;
    this.history.record(t.step, t.vars);
    const points = await this.evaluator.full(t);
    if (!this.disposed) for (const point of points) this.post({ type: 'eval', run: this.run, point });
  }

  postStatus(running: boolean): void {
    const t = this.trainer;
    // After a divergence the loop may have queued updates past the bad one: they mean nothing, so the
    // step reported is the one that diverged (the same number the notice and the charts use).
    const step = this.divergedAt ?? t.step;
    this.post({
      type: 'status',
      run: this.run,
      status: {
        running,
        step,
        epoch: step / t.stepsPerEpoch,
        stepsPerEpoch: t.stepsPerEpoch,
        epochs: t.cfg.epochs,
        batch: t.batch,
        numTensors: this.tf.memory().numTensors - this.sets.numTensors,
        sharedTensors: this.sets.numTensors,
        done: this.ended !== null,
        ended: this.ended,
      },
    });
  }

  dispose(): void {
    this.disposed = true;
    this.tf.dispose(this.pending.flatMap((p) => (p.penalty ? [p.loss, p.penalty] : [p.loss])));
    this.pending = [];
    this.trainer.dispose();
    this.early?.dispose();
    this.history.dispose();
  }
}
