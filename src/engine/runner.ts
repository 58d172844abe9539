// Drives the runs inside the Worker: the run/pause/step loop over one or more lanes (a race trains its
// variants step by step, interleaved, on the same seed and so the same batches), the few-times-a-second
// readback of the losses, the evaluations and divergence. Each lane's messages carry the run id the page
// chose in `configure`, so the page can drop the words of a replaced run.
import type { TF } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import type { FromWorker } from '../wire/protocol';
import { imagesToBuild, numAvailable, whenAvailable, type Dataset, type DeviceSplit } from './dataset';
import { DeviceSets } from './deviceSets';
import { Lane } from './lane';
import { disposeCapture, type StepCapture, type Trainer } from './trainer';
import { SLICE_MS, yieldToEvents } from './yieldToEvents';
import { markNow } from './marks';

/** How often losses are read back: a few times per second, never per step. */
export const FLUSH_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();

export class Runner {
  private lanes: Lane[] = [];
  /** The evaluation images on the device, uploaded once (on first use) and shared by every run. */
  readonly sets: DeviceSets;
  private running = false;
  /** Bumped by every start/stop so a superseded loop exits. */
  private loopGen = 0;
  private inflight: Promise<void> = Promise.resolve();
  private stepsPerSec = 0;
  /** Receives a step's captured tensors (the statistics hook, fed by the first lane); must dispose them. */
  onCapture: (capture: StepCapture, trainer: Trainer, run: number) => void = (c) => disposeCapture(c);
  /** When true, the first lane's next step captures activations and gradients. */
  captureNext = false;
  /** True while a page message waits for this Worker: the current slice ends after its step (worker.ts). */
  messageWaiting: () => boolean = () => false;

  constructor(
    private readonly tf: TF,
    readonly data: Dataset,
    private readonly post: (msg: FromWorker) => void,
  ) {
    this.sets = new DeviceSets(tf, data);
  }

  /** The test split on the device, [10000, 784] and [10000, 10] — its quick subset while the rest streams in. */
  get test(): DeviceSplit {
    return this.sets.testNow;
  }

  /** Resolves once `test` holds every test image (at once unless they are still streaming in). */
  get testReady(): Promise<void> {
    return this.sets.testFull.whenPresent();
  }

  /** Resolves once the training images the runs need to be built have arrived (see imagesToBuild). */
  whenDataFor(runs: readonly { config: EngineConfig }[]): Promise<void> {
    return whenAvailable(this.data, 'train', Math.max(0, ...runs.map((r) => imagesToBuild(r.config, this.data))));
  }

  /** The first lane's network (the one predictions and statistics speak for). */
  get current(): Trainer | null {
    return this.lanes[0]?.trainer ?? null;
  }

  /** The lane training run `run`, if any. */
  lane(run: number): Lane | undefined {
    return this.lanes.find((l) => l.run === run);
  }

  /** The first lane's run id (0: none yet). */
  get runId(): number {
    return this.lanes[0]?.run ?? 0;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Builds fresh networks: one lane per run (one for a plain run, one per variant for a race). */
  configure(runs: readonly { run: number; config: EngineConfig }[]): void {
    this.stop();
    this.disposeLanes();
    this.lanes = runs.map((r) => new Lane(this.tf, this.data, r.run, r.config, this.sets, this.post));
    // The first step of a new network always reports its layers (a learner's first Step shows them at once).
    this.captureNext = true;
    this.postStatus();
    this.post(markNow('run-built'));
  }

  setSpeed(stepsPerSec: number): void {
    this.stepsPerSec = stepsPerSec;
  }

  train(): void {
    const live = this.lanes.filter((l) => l.live);
    if (this.running || live.length === 0) return;
    this.running = true;
    for (const l of live) {
      l.startClock();
      if (l.trainer.step === 0) this.post({ type: 'warming', run: l.run });
    }
    this.postStatus();
    void this.loop(++this.loopGen).catch((e: unknown) => this.fail(e));
  }

  /** Stops at once (the status says so before any readback), then reports the losses and evaluates. */
  async pause(): Promise<void> {
    if (!this.running) return;
    this.stop();
    this.postStatus();
    const lanes = this.lanes;
    await Promise.all(lanes.map((l) => l.flush(false)));
    await Promise.all(lanes.map((l) => l.evaluate(true)));
  }

  /** Exactly one update of every live lane while paused, then its loss. */
  async step(): Promise<void> {
    const live = this.lanes.filter((l) => l.live);
    if (this.running || live.length === 0) return;
    // A learner stepping through a run wants to see each step's layers: every single step is captured.
    this.captureNext = true;
    if (!live.every((l) => this.hasImagesFor(l))) {
      await this.imagesFor(live);
      if (this.running || live.some((l) => !this.lanes.includes(l))) return;
    }
    for (const l of live) {
      l.startClock();
      this.stepLane(l);
    }
    await Promise.all(live.map((l) => l.flush(false)));
    for (const l of live) if (l.trainer.done && l.live) await l.finish('epochs');
    this.postStatus();
  }

  dispose(): void {
    this.stop();
    this.disposeLanes();
    this.sets.dispose();
  }

  private disposeLanes(): void {
    this.lanes.forEach((l) => l.dispose());
    this.lanes = [];
  }

  private stop(): void {
    this.running = false;
    this.loopGen++;
  }

  private stepLane(l: Lane): void {
    const first = l === this.lanes[0];
    if (first && l.lastStepNext) this.captureNext = true;
    const capture = first && this.captureNext;
    if (capture) this.captureNext = false;
    const c = l.step(capture);
    if (c) this.onCapture(c, l.trainer, l.run);
  }

  /** The next batch of lane `l` is all present (always, unless the data is still streaming in). */
  private hasImagesFor(l: Lane): boolean {
    return !this.data.arrival || l.trainer.imagesForNextStep() <= numAvailable(this.data, 'train');
  }

  /** Waits until the next batch of every lane has arrived (the batch order never depends on arrival). */
  private async imagesFor(lanes: Lane[]): Promise<void> {
    if (!this.data.arrival) return;
    await whenAvailable(this.data, 'train', Math.max(0, ...lanes.map((l) => l.trainer.imagesForNextStep())));
  }

  private async loop(gen: number): Promise<void> {
    const lanes = this.lanes;
    const live = () => this.running && gen === this.loopGen;
    // A new run's first step is reported at once (the learner is waiting for it), not a FLUSH_MS later:
    // its first slice is that one step, flushed straight away.
    let fresh = lanes.some((l) => l.trainer.step === 0);
    let lastFlush = fresh ? -Infinity : now();
    while (live()) {
      const sliceStart = now();
      do {
        // Interleaved: every live lane one step, so each variant gets a fair share of the time.
        for (const l of lanes) {
          if (!l.live || !live()) continue;
          if (!this.hasImagesFor(l)) {
            // Streaming: this batch holds images not yet arrived. Report what was done, then wait (briefly).
            await this.inflight;
            await Promise.all(lanes.map((x) => x.flush(live())));
            await this.imagesFor([l]);
            if (!l.live || !live()) continue;
          }
          this.stepLane(l);
          if (l.atEpochEnd) {
            await l.flush(true);
            if (l.live) await l.epochEnd();
          }
        }
        if (!lanes.some((l) => l.live)) return this.allEnded(gen);
      } while (!fresh && this.stepsPerSec === 0 && now() - sliceStart < SLICE_MS && live() && !this.messageWaiting());
      fresh = false;
      if (!live()) return;
      if (now() - lastFlush >= FLUSH_MS || this.stepsPerSec > 0) {
        // Keep at most one readback in flight, so the GPU queue never runs far ahead of the page.
        await this.inflight;
        this.inflight = Promise.all(lanes.map((l) => l.flush(live()))).then(() => undefined);
        lastFlush = now();
      }
      // A waiting message (a new setting, Pause) goes first; a due quick evaluation runs after the next slice.
      const due = this.messageWaiting() ? [] : lanes.filter((l) => l.live && l.evaluator.quickDue(now()));
      if (due.length && live()) {
        await this.inflight;
        for (const l of due) if (live()) await l.evaluateQuick();
      }
      if (!lanes.some((l) => l.live)) return this.allEnded(gen);
      await (this.stepsPerSec > 0 ? sleep(1000 / this.stepsPerSec) : yieldToEvents());
    }
  }

  /** Every lane has ended (its epochs, early stopping or divergence): the loop stops. */
  private allEnded(gen: number): void {
    if (gen !== this.loopGen) return;
    this.stop();
    this.postStatus();
  }

  private postStatus(): void {
    for (const l of this.lanes) l.postStatus(this.running && l.live);
  }

  private fail(e: unknown): void {
    this.stop();
    this.post({ type: 'error', run: this.runId, message: e instanceof Error ? e.message : String(e) });
    this.postStatus();
  }
}
