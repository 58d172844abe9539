// Wires the per-layer statistics into a Runner: every STATS_MS it asks the loop to capture the next step,
// turns the capture into LayerStats with one readback, and posts them. At most one readback in flight.
import type { TF } from '../catalog/types';
import { computeLayerStats } from './layerStats';
import type { FromWorker } from '../wire/protocol';
import type { Runner } from './runner';
import { disposeCapture, type StepCapture, type Trainer } from './trainer';

/** A few stats intervals per second: charts need no more, and each capture costs ~150 small GPU ops
 * (on software WebGL each op's dispatch costs about as much as its arithmetic). */
export const STATS_MS = 400;

export class StatsTap {
  private enabled = true;
  private busy = false;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly tf: TF,
    private readonly runner: Runner,
    private readonly post: (msg: FromWorker) => void,
  ) {
    runner.onCapture = (c, t, run) => this.onCapture(c, t, run);
    // A timer rather than a step count: the loop yields between 40 ms slices, so it fires about on time,
    // and a paused run's next single step gets captured too.
    this.timer = setInterval(() => {
      if (this.enabled && !this.busy) runner.captureNext = true;
    }, STATS_MS);
  }

  /** Statistics off lets the overhead be measured (and saves the GPU work on slow machines). */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.runner.captureNext = false;
  }

  dispose(): void {
    clearInterval(this.timer);
  }

  private onCapture(capture: StepCapture, trainer: Trainer, run: number): void {
    if (this.busy || !this.enabled) return disposeCapture(capture);
    this.busy = true;
    const step = trainer.step;
    computeLayerStats(this.tf, capture, trainer.mlp)
      .then((layers) => {
        // A new run while reading back: the numbers belong to a discarded network.
        if (this.runner.current === trainer) this.post({ type: 'layer-stats', run, step, layers });
      })
      .catch((e: unknown) => this.post({ type: 'error', run, message: `Layer statistics failed: ${String(e)}` }))
      .finally(() => {
        this.busy = false;
      });
  }
}
