// Early stopping: after each epoch, the loss on a validation slice carved from the training images
// (the last 10 % of those used, see trainingRange). The best weights so far are kept as device copies;
// after `patience` evaluations without a new best, training stops and those weights are put back.
import type { TF, Tensor, Variable } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import type { Mlp } from './mlp';
import type { EarlyStopInfo } from '../wire/protocol';
import { disposeSplit, trainingRange, uploadSplit, type Dataset, type DeviceSplit } from './dataset';
import type { Trainer } from './trainer';

/** Everything that defines the net's function: trainable variables and batch norm's moving averages. */
export function modelState(mlp: Mlp): Variable[] {
  const out: Variable[] = [];
  for (const l of [...mlp.hidden, mlp.out]) {
    out.push(l.W, l.b, ...l.actParams);
    if (l.bn) out.push(l.bn.gamma, l.bn.beta, l.bn.movingMean, l.bn.movingVar);
  }
  return out;
}

export class EarlyStopper {
  bestValLoss = Infinity;
  bestEpoch = 0;
  /** Evaluations since the last improvement. */
  waited = 0;
  stopped = false;
  /** Copies of modelState at the best epoch, same order and shapes. */
  private best: Tensor[] = [];

  constructor(
    private readonly tf: TF,
    readonly patience: number,
  ) {}

  /**
   * Records one validation loss. A new best (strictly lower) snapshots the weights; otherwise the wait grows,
   * and at `patience` the best weights are restored into `vars`. Returns true when training must stop.
   */
  observe(valLoss: number, epoch: number, vars: Variable[]): boolean {
    if (this.stopped) return true;
    if (valLoss < this.bestValLoss) {
      this.bestValLoss = valLoss;
      this.bestEpoch = epoch;
      this.waited = 0;
      this.tf.dispose(this.best);
      this.best = vars.map((v) => this.tf.keep(v.clone()));
      return false;
    }
    this.waited++;
    if (this.waited < this.patience) return false;
    this.stopped = true;
    vars.forEach((v, i) => v.assign(this.best[i]));
    return true;
  }

  dispose(): void {
    this.tf.dispose(this.best);
    this.best = [];
  }
}

/** The Runner's hook: owns the validation slice on the device and the stopper for one run. */
export class EarlyStopWatch {
  private readonly stopper: EarlyStopper;
  /** Set by dispose: a check still awaiting its readback must not touch the (disposed) run. */
  private disposed = false;

  private constructor(
    private readonly tf: TF,
    private readonly val: DeviceSplit,
    patience: number,
  ) {
    this.stopper = new EarlyStopper(tf, patience);
  }

  /** null when early stopping is off (patience 0). */
  static create(tf: TF, data: Dataset, cfg: EngineConfig): EarlyStopWatch | null {
    if (cfg.earlyStop <= 0) return null;
    const r = trainingRange(cfg, data.train.count);
    return new EarlyStopWatch(tf, uploadSplit(tf, data.train, r.valFrom, r.valTo), cfg.earlyStop);
  }

  get stopped(): boolean {
    return this.stopper.stopped;
  }

  /** Evaluates on the validation slice; returns the report when training must stop (weights already restored). */
  async check(t: Trainer): Promise<EarlyStopInfo | null> {
    if (this.stopper.stopped) return null;
    const result = await t.evaluate(this.val);
    if (this.disposed || !result) return null;
    const { loss } = result;
    const epoch = t.step / t.stepsPerEpoch;
    // A NaN loss never improves, so a diverging run also stops and rolls back.
    if (!this.stopper.observe(Number.isNaN(loss) ? Infinity : loss, epoch, modelState(t.mlp))) return null;
    return { epoch, bestEpoch: this.stopper.bestEpoch, bestValLoss: this.stopper.bestValLoss };
  }

  dispose(): void {
    this.disposed = true;
    this.stopper.dispose();
    disposeSplit(this.tf, this.val);
  }
}
