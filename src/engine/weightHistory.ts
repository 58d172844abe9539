// A lane's weights over time, for the loss landscape: a copy of the initial weights (the start of the line
// θ₀ → θ) and sparse snapshots of the trainable variables (taken at evaluations), thinned to at most
// MAX_SNAPSHOTS so memory stays bounded on long runs (the default net: ~110k floats per snapshot).
import type { TF, Tensor, Variable } from '../catalog/types';

export const MAX_SNAPSHOTS = 32;

export interface Snapshot {
  step: number;
  /** One tensor per trainable variable, same order and shapes as Trainer.vars. */
  weights: Tensor[];
}

export class WeightHistory {
  /** θ₀: the weights as built, before any update. */
  readonly initial: Tensor[];
  private snaps: Snapshot[] = [];

  constructor(
    private readonly tf: TF,
    vars: readonly Variable[],
  ) {
    this.initial = vars.map((v) => tf.clone(v));
  }

  /** Keeps a copy of the weights at `step` (once per step); drops every other middle snapshot when full. */
  record(step: number, vars: readonly Variable[]): void {
    if (this.snaps.length && this.snaps[this.snaps.length - 1].step === step) return;
    this.snaps.push({ step, weights: vars.map((v) => this.tf.clone(v)) });
    if (this.snaps.length > MAX_SNAPSHOTS) {
      const keep = this.snaps.filter((_, i) => i % 2 === 0 || i === this.snaps.length - 1);
      this.snaps.filter((s) => !keep.includes(s)).forEach((s) => this.tf.dispose(s.weights));
      this.snaps = keep;
    }
  }

  /** The trajectory: θ₀ at step 0, then every snapshot kept. */
  get trajectory(): Snapshot[] {
    return [{ step: 0, weights: this.initial }, ...this.snaps.filter((s) => s.step > 0)];
  }

  dispose(): void {
    this.tf.dispose(this.initial);
    this.snaps.forEach((s) => this.tf.dispose(s.weights));
    this.snaps = [];
  }
}
