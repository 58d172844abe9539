// Drives a Trainer inside the Worker: the run/pause/step loop, the few-times-a-second asynchronous
// readback of the losses, evaluation at every epoch end and on pause, and divergence detection.
import type { Scalar, TF } from '../catalog/types';
import type { EngineConfig } from './config';
import type { Dataset } from './dataset';
import type { FromWorker, LossPoint } from './protocol';
import { EarlyStopWatch } from './earlyStop';
import { disposeCapture, Trainer, uploadSplit, type DeviceSplit, type StepCapture } from './trainer';

/** How long the loop enqueues steps before it lets messages (pause, reset) in. */
const SLICE_MS = 40;
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

export class Runner {
  private trainer: Trainer | null = null;
  /** Validation slice and best weights when early stopping is on (early-stop > 0). */
  private early: EarlyStopWatch | null = null;
  /** The test split on the device: [10000, 784] and [10000, 10]. */
  readonly test: DeviceSplit;
  private running = false;
  /** Bumped by every start/stop so a superseded loop exits. */
  private loopGen = 0;
  private pending: Pending[] = [];
  private inflight: Promise<void> = Promise.resolve();
  private stepsPerSec = 0;
  private lastRate = { time: 0, step: 0 };
  private lastExamplesPerSec = 0;
  private diverged = false;
  /** Bumped by every configure, so a readback of a discarded run is never reported. */
  private runId = 0;
  /** Receives a step's captured tensors (the statistics hook); must dispose them. */
  onCapture: (capture: StepCapture, trainer: Trainer) => void = (c) => disposeCapture(c);
  /** When true, the next step captures activations and gradients. */
  captureNext = false;

  constructor(
    private readonly tf: TF,
    readonly data: Dataset,
    private readonly post: (msg: FromWorker) => void,
  ) {
    this.test = uploadSplit(tf, data.test);
  }

  get current(): Trainer | null {
    return this.trainer;
  }

  configure(cfg: EngineConfig): void {
    this.stop();
    this.disposePending();
    this.trainer?.dispose();
    this.trainer = new Trainer(this.tf, this.data, cfg);
    this.early?.dispose();
    this.early = EarlyStopWatch.create(this.tf, this.data, cfg);
    this.runId++;
    this.diverged = false;
    // The first step of a new network always reports its layers (a learner's first Step shows them at once).
    this.captureNext = true;
    this.postStatus();
  }

  reset(): void {
    if (this.trainer) this.configure(this.trainer.cfg);
  }

  setSpeed(stepsPerSec: number): void {
    this.stepsPerSec = stepsPerSec;
  }

  train(): void {
    const t = this.trainer;
    if (!t || this.running || this.diverged || t.done || this.early?.stopped) return;
    this.running = true;
    this.lastRate = { time: performance.now(), step: t.step };
    this.postStatus();
    void this.loop(++this.loopGen).catch((e: unknown) => this.fail(e));
  }

  async pause(): Promise<void> {
    if (!this.running) return;
    this.stop();
    await this.flush();
    this.postStatus();
    await this.evaluate();
  }

  /** Runs `count` single steps while paused, then reports their losses. */
  async stepOnce(count: number): Promise<void> {
    const t = this.trainer;
    if (!t || this.running || this.diverged) return;
    this.lastRate = { time: performance.now(), step: t.step };
    for (let i = 0; i < count && !t.done; i++) this.doStep(t);
    await this.flush();
    this.postStatus();
  }

  dispose(): void {
    this.stop();
    this.disposePending();
    this.trainer?.dispose();
    this.trainer = null;
    this.early?.dispose();
    this.early = null;
    this.tf.dispose([this.test.x, this.test.y]);
  }

  private stop(): void {
    this.running = false;
    this.loopGen++;
  }

  private async loop(gen: number): Promise<void> {
    const t = this.trainer!;
    let lastFlush = performance.now();
    while (this.running && gen === this.loopGen) {
      const sliceStart = performance.now();
      do {
        this.doStep(t);
        if (t.step % t.stepsPerEpoch === 0) {
          // Epoch end: report its losses, then evaluate on the 10,000 test images.
          await this.flush();
          if (gen !== this.loopGen) return;
          // Early stopping first, so a stop restores the best weights before the test evaluation.
          const early = await this.early?.check(t);
          if (gen !== this.loopGen) return;
          if (early) this.post(early);
          await this.evaluate();
          // Throughput is training speed: the evaluation's time does not count against it.
          this.lastRate = { time: performance.now(), step: t.step };
          if (t.done || early) {
            this.running = false;
            this.postStatus();
            return;
          }
        }
      } while (this.stepsPerSec === 0 && performance.now() - sliceStart < SLICE_MS && gen === this.loopGen);
      if (performance.now() - lastFlush >= FLUSH_MS || this.stepsPerSec > 0) {
        // Keep at most one readback in flight, so the GPU queue never runs far ahead of the page.
        await this.inflight;
        this.inflight = this.flush();
        lastFlush = performance.now();
      }
      await (this.stepsPerSec > 0 ? sleep(1000 / this.stepsPerSec) : yieldToEvents());
    }
  }

  private doStep(t: Trainer): void {
    const capture = this.captureNext;
    this.captureNext = false;
    const r = t.trainStep(capture);
    this.pending.push({ step: t.step, lr: r.lr, loss: r.loss, penalty: r.penalty });
    if (r.capture) this.onCapture(r.capture, t);
  }

  /** One asynchronous readback of every loss since the last flush; stops the run on a NaN or ∞ loss. */
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0 || !this.trainer) return;
    const t = this.trainer;
    const runId = this.runId;
    const hasPenalty = batch[0].penalty !== null;
    const stacked = this.tf.tidy(() =>
      this.tf.stack(batch.flatMap((p) => (hasPenalty && p.penalty ? [p.loss, p.penalty] : [p.loss]))),
    );
    this.tf.dispose(batch.flatMap((p) => (p.penalty ? [p.loss, p.penalty] : [p.loss])));
    const values = await stacked.data();
    stacked.dispose();
    if (runId !== this.runId) return;
    const width = hasPenalty ? 2 : 1;
    const points: LossPoint[] = batch.map((p, i) => ({
      step: p.step,
      lr: p.lr,
      loss: values[i * width],
      penalty: hasPenalty ? values[i * width + 1] : null,
    }));
    const now = performance.now();
    // Count only the steps this readback proves finished: on WebGL the loop may have queued more since.
    const doneStep = batch[batch.length - 1].step;
    const steps = doneStep - this.lastRate.step;
    const seconds = (now - this.lastRate.time) / 1000;
    // Intervals without steps (an evaluation, a pause) keep the last figure rather than report 0.
    const examplesPerSec = steps > 0 && seconds > 0 ? (steps * t.batch) / seconds : this.lastExamplesPerSec;
    this.lastExamplesPerSec = examplesPerSec;
    this.lastRate = { time: now, step: doneStep };
    const bad = points.find((p) => !Number.isFinite(p.loss));
    if (bad) {
      this.diverged = true;
      this.stop();
      this.post({ type: 'metrics', points: points.slice(0, points.indexOf(bad)), examplesPerSec });
      this.post({ type: 'diverged', step: bad.step });
      this.postStatus();
      return;
    }
    this.post({ type: 'metrics', points, examplesPerSec });
    this.postStatus();
  }

  private async evaluate(): Promise<void> {
    const t = this.trainer;
    if (!t || this.diverged) return;
    const runId = this.runId;
    const r = await t.evaluate(this.test);
    if (runId !== this.runId) return;
    this.post({ type: 'eval', step: t.step, epoch: t.step / t.stepsPerEpoch, testLoss: r.loss, testAccuracy: r.accuracy });
  }

  private disposePending(): void {
    this.tf.dispose(this.pending.flatMap((p) => (p.penalty ? [p.loss, p.penalty] : [p.loss])));
    this.pending = [];
  }

  private postStatus(): void {
    const t = this.trainer;
    if (!t) return;
    this.post({
      type: 'status',
      status: {
        running: this.running,
        step: t.step,
        epoch: t.step / t.stepsPerEpoch,
        stepsPerEpoch: t.stepsPerEpoch,
        epochs: t.cfg.epochs,
        batch: t.batch,
        numTensors: this.tf.memory().numTensors,
        done: t.done,
      },
    });
  }

  private fail(e: unknown): void {
    this.stop();
    this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    this.postStatus();
  }
}
