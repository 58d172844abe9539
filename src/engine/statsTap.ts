// Wires the per-layer statistics into a Runner: it asks the loop to capture a step at most every STATS_MS,
// and further apart when a capture's own work would take more than STATS_SHARE of the time (software WebGL,
// where each of a capture's ~150 small kernels costs about as much to dispatch as to compute). Turns the
// capture into LayerStats with one readback, and posts them. At most one readback in flight.
import type { TF } from '../catalog/types';
import { computeLayerStats } from './layerStats';
import type { FromWorker } from '../wire/protocol';
import type { Runner } from './runner';
import { disposeCapture, type StepCapture, type Trainer } from './trainer';

/** The shortest spacing of two captures: a few per second, all the charts need. */
export const STATS_MS = 400;
/** The largest share of the Worker's time a capture's own work may take: beyond it, captures space out. */
export const STATS_SHARE = 0.04;
/** Weight of the newest capture in the running estimate of a capture's cost. */
const COST_WEIGHT = 0.3;

export class StatsTap {
  private enabled = true;
  private busy = false;
  private readonly timer: ReturnType<typeof setInterval>;
  /** When the last capture was taken, and a running estimate of one capture's cost on this thread (ms). */
  private lastAt = -Infinity;
  private costMs = 0;
  private captures = 0;

  constructor(
    private readonly tf: TF,
    private readonly runner: Runner,
    private readonly post: (msg: FromWorker) => void,
    /** The clock costs and spacing are measured with (tests pass their own). */
    private readonly now: () => number = () => performance.now(),
  ) {
    runner.onCapture = (c, t, run) => this.onCapture(c, t, run);
    // A timer rather than a step count: the loop yields between short slices, so it fires about on time,
    // and a paused run's next single step gets captured too.
    this.timer = setInterval(() => {
      if (this.enabled && !this.busy && this.now() - this.lastAt >= this.spacingMs) runner.captureNext = true;
    }, STATS_MS / 4);
  }

  /** Time between two captures: STATS_MS, or longer when a capture costs more than STATS_SHARE of it. */
  get spacingMs(): number {
    return Math.max(STATS_MS, this.costMs / STATS_SHARE);
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
    const start = this.now();
    // Everything up to the readback runs now, on this thread: building the statistics' kernels (and, on
    // WebAssembly and the CPU, computing them). That is the cost the spacing answers to.
    const reading = computeLayerStats(this.tf, capture, trainer.mlp);
    const cost = this.now() - start;
    // The first capture also compiles the statistics' kernels (WebGL shaders): not counted. Later spikes (a
    // new net's shapes, a garbage collection) count at most twice the estimate, so one cannot stall the rest.
    if (this.captures === 1) this.costMs = cost;
    else if (this.captures > 1) this.costMs = (1 - COST_WEIGHT) * this.costMs + COST_WEIGHT * Math.min(cost, 2 * this.costMs);
    this.captures++;
    this.lastAt = this.now();
    reading
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
