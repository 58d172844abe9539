// Drives one Trainer inside the Worker: the run/pause/step loop, the few-times-a-second asynchronous
// readback of the losses, the evaluations (see evaluator.ts) and divergence detection. Every message it
// posts carries the run id the page chose in `configure`, so the page can drop the words of a replaced run.
import type { Scalar, TF } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import { QUICK_EVAL_SIZE, type FromWorker, type LossPoint, type RunStatus } from '../wire/protocol';
import { uploadSplit, type Dataset, type DeviceSplit } from './dataset';
import { EarlyStopWatch } from './earlyStop';
import { Evaluator } from './evaluator';
import { disposeCapture, Trainer, type StepCapture } from './trainer';

/** How long the loop enqueues steps before it lets messages (pause, a new config) in: well under the 100 ms
 * a pause may take. */
export const SLICE_MS = 30;
/** How often losses are read back: a few times per second, never per step. */
export const FLUSH_MS = 250;

interface Pending {
  step: number;
  lr: number;
  loss: Scalar;
  penalty: Scalar | null;
}

/** Lets queued messages run without the ≥4 ms clamp nested setTimeout gets. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();

export class Runner {
  private trainer: Trainer | null = null;
  /** Validation slice and best weights when early stopping is on (early-stop > 0). */
  private early: EarlyStopWatch | null = null;
  private evaluator: Evaluator | null = null;
  /** The test split on the device: [10000, 784] and [10000, 10]; and its first QUICK_EVAL_SIZE images. */
  readonly test: DeviceSplit;
  private readonly testQuick: DeviceSplit;
  private running = false;
  /** Bumped by every start/stop so a superseded loop exits. */
  private loopGen = 0;
  private pending: Pending[] = [];
  private inflight: Promise<void> = Promise.resolve();
  private stepsPerSec = 0;
  private lastRate = { time: 0, step: 0 };
  private lastExamplesPerSec = 0;
  /** The update whose loss was not finite, once the run diverged. */
  private divergedAt: number | null = null;
  private ended: RunStatus['ended'] = null;
  /** The page's id of the current run (0: none yet). */
  runId = 0;
  /** Receives a step's captured tensors (the statistics hook); must dispose them. */
  onCapture: (capture: StepCapture, trainer: Trainer, run: number) => void = (c) => disposeCapture(c);
  /** When true, the next step captures activations and gradients. */
  captureNext = false;

  constructor(
    private readonly tf: TF,
    readonly data: Dataset,
    private readonly post: (msg: FromWorker) => void,
  ) {
    this.test = uploadSplit(tf, data.test);
    this.testQuick = uploadSplit(tf, data.test, 0, Math.min(QUICK_EVAL_SIZE, data.test.count));
  }

  get current(): Trainer | null {
    return this.trainer;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Builds a fresh network for `cfg` as run `run` (also how the page resets a run). */
  configure(run: number, cfg: EngineConfig): void {
    this.stop();
    this.disposeRun();
    this.runId = run;
    this.trainer = new Trainer(this.tf, this.data, cfg);
    this.early = EarlyStopWatch.create(this.tf, this.data, cfg);
    this.evaluator = new Evaluator(this.tf, this.data, cfg, this.test, this.testQuick);
    this.divergedAt = null;
    this.ended = null;
    this.lastExamplesPerSec = 0;
    // The first step of a new network always reports its layers (a learner's first Step shows them at once).
    this.captureNext = true;
    this.postStatus();
  }

  setSpeed(stepsPerSec: number): void {
    this.stepsPerSec = stepsPerSec;
  }

  train(): void {
    const t = this.trainer;
    if (!t || this.running || this.ended) return;
    this.running = true;
    this.lastRate = { time: now(), step: t.step };
    this.evaluator?.started(now());
    if (t.step === 0) this.post({ type: 'warming', run: this.runId });
    this.postStatus();
    void this.loop(++this.loopGen).catch((e: unknown) => this.fail(e));
  }

  /** Stops at once (the status says so before any readback), then reports the losses and evaluates. */
  async pause(): Promise<void> {
    if (!this.running) return;
    this.stop();
    this.postStatus();
    const run = this.runId;
    await this.flush();
    if (run === this.runId) await this.evaluate(true);
  }

  /** Exactly one update while paused, then its loss. */
  async step(): Promise<void> {
    const t = this.trainer;
    if (!t || this.running || this.ended) return;
    this.lastRate = { time: now(), step: t.step };
    this.doStep(t);
    await this.flush();
    if (t.done && !this.ended) await this.finish('epochs');
    this.postStatus();
  }

  dispose(): void {
    this.stop();
    this.disposeRun();
    this.tf.dispose([this.test.x, this.test.y, this.testQuick.x, this.testQuick.y]);
  }

  private disposeRun(): void {
    this.disposePending();
    this.trainer?.dispose();
    this.trainer = null;
    this.early?.dispose();
    this.early = null;
    this.evaluator?.dispose();
    this.evaluator = null;
  }

  private stop(): void {
    this.running = false;
    this.loopGen++;
  }

  private async loop(gen: number): Promise<void> {
    const t = this.trainer!;
    const live = () => this.running && gen === this.loopGen;
    let lastFlush = now();
    while (live()) {
      const sliceStart = now();
      do {
        // The last update of the run is always captured, so the layer panel ends on the final step.
        if (t.step === t.stepsPerEpoch * t.cfg.epochs - 1) this.captureNext = true;
        this.doStep(t);
        if (t.step % t.stepsPerEpoch === 0 && !(await this.epochEnd(t, gen))) return;
      } while (this.stepsPerSec === 0 && now() - sliceStart < SLICE_MS && live());
      if (!live()) return;
      if (now() - lastFlush >= FLUSH_MS || this.stepsPerSec > 0) {
        // Keep at most one readback in flight, so the GPU queue never runs far ahead of the page.
        await this.inflight;
        this.inflight = this.flush();
        lastFlush = now();
      }
      if (live() && this.evaluator?.quickDue(now())) {
        await this.inflight;
        if (!live()) return;
        await this.evaluateQuick(t);
        this.lastRate = { time: now(), step: t.step };
      }
      await (this.stepsPerSec > 0 ? sleep(1000 / this.stepsPerSec) : yieldToEvents());
    }
  }

  /** Epoch end: losses, early stopping, a full evaluation when due. Returns false when the loop must exit. */
  private async epochEnd(t: Trainer, gen: number): Promise<boolean> {
    await this.flush();
    if (gen !== this.loopGen) return false;
    // Early stopping first, so a stop restores the best weights before the evaluation.
    const early = await this.early?.check(t);
    if (gen !== this.loopGen) return false;
    if (early) this.post({ type: 'early-stop', run: this.runId, info: early });
    if (t.done || early) {
      await this.finish(early ? 'early-stop' : 'epochs');
      return false;
    }
    if (this.evaluator?.fullDue(t, false)) {
      await this.evaluate(false);
      // Throughput is training speed: the evaluation's time does not count against it.
      this.lastRate = { time: now(), step: t.step };
    }
    return gen === this.loopGen;
  }

  private async finish(ended: NonNullable<RunStatus['ended']>): Promise<void> {
    this.stop();
    this.ended = ended;
    this.postStatus();
    await this.evaluate(true);
  }

  private doStep(t: Trainer): void {
    const capture = this.captureNext;
    this.captureNext = false;
    const r = t.trainStep(capture);
    this.pending.push({ step: t.step, lr: r.lr, loss: r.loss, penalty: r.penalty });
    if (r.capture) this.onCapture(r.capture, t, this.runId);
  }

  /** One asynchronous readback of every loss since the last flush; stops the run on a NaN or ∞ loss. */
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0 || !this.trainer) return;
    const t = this.trainer;
    const run = this.runId;
    const hasPenalty = batch[0].penalty !== null;
    const stacked = this.tf.tidy(() =>
      this.tf.stack(batch.flatMap((p) => (hasPenalty && p.penalty ? [p.loss, p.penalty] : [p.loss]))),
    );
    this.tf.dispose(batch.flatMap((p) => (p.penalty ? [p.loss, p.penalty] : [p.loss])));
    const values = await stacked.data();
    stacked.dispose();
    if (run !== this.runId || this.divergedAt !== null) return;
    const width = hasPenalty ? 2 : 1;
    const points: LossPoint[] = batch.map((p, i) => ({
      step: p.step,
      lr: p.lr,
      loss: values[i * width],
      penalty: hasPenalty ? values[i * width + 1] : null,
    }));
    const examplesPerSec = this.measureRate(batch[batch.length - 1].step, t.batch);
    const bad = points.findIndex((p) => !Number.isFinite(p.loss));
    if (bad >= 0) {
      this.divergedAt = points[bad].step;
      this.ended = 'diverged';
      this.stop();
      this.post({ type: 'metrics', run, points: points.slice(0, bad), examplesPerSec });
      this.post({ type: 'diverged', run, step: this.divergedAt });
      this.postStatus();
      return;
    }
    this.post({ type: 'metrics', run, points, examplesPerSec });
    this.postStatus();
  }

  /** Examples per second since the last measurement, counting only steps a readback proved finished. */
  private measureRate(doneStep: number, batch: number): number {
    const t = now();
    const steps = doneStep - this.lastRate.step;
    const seconds = (t - this.lastRate.time) / 1000;
    // Intervals without steps (an evaluation, a pause) keep the last figure rather than report 0.
    if (steps > 0 && seconds > 0) this.lastExamplesPerSec = (steps * batch) / seconds;
    this.lastRate = { time: t, step: doneStep };
    return this.lastExamplesPerSec;
  }

  private async evaluateQuick(t: Trainer): Promise<void> {
    const ev = this.evaluator;
    if (!ev || this.divergedAt !== null) return;
    const run = this.runId;
    const points = await ev.quick(t, now);
    if (run === this.runId) for (const point of points) this.post({ type: 'eval', run, point });
  }

  /** A full evaluation when due (always with `force`, unless this step was already evaluated). */
  private async evaluate(force: boolean): Promise<void> {
    const t = this.trainer;
    const ev = this.evaluator;
    if (!t || !ev || this.divergedAt !== null || !ev.fullDue(t, force)) return;
    const run = this.runId;
    const points = await ev.full(t);
    if (run === this.runId) for (const point of points) this.post({ type: 'eval', run, point });
  }

  private disposePending(): void {
    this.tf.dispose(this.pending.flatMap((p) => (p.penalty ? [p.loss, p.penalty] : [p.loss])));
    this.pending = [];
  }

  private postStatus(): void {
    const t = this.trainer;
    if (!t) return;
    // After a divergence the loop may have queued updates past the bad one: they mean nothing, so the
    // step reported is the one that diverged (the same number the notice and the charts use).
    const step = this.divergedAt ?? t.step;
    this.post({
      type: 'status',
      run: this.runId,
      status: {
        running: this.running,
        step,
        epoch: step / t.stepsPerEpoch,
        stepsPerEpoch: t.stepsPerEpoch,
        epochs: t.cfg.epochs,
        batch: t.batch,
        numTensors: this.tf.memory().numTensors,
        done: this.ended !== null,
        ended: this.ended,
      },
    });
  }

  private fail(e: unknown): void {
    this.stop();
    this.post({ type: 'error', run: this.runId, message: e instanceof Error ? e.message : String(e) });
    this.postStatus();
  }
}
