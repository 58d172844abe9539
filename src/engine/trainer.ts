// One experiment's training state: the MLP, its optimizer slots, the seeded batch order and the step count.
// A custom loop (tf.variableGrads + hand-written updates) rather than LayersModel.fit, so a step can also
// hand out each layer's activations and gradients for the statistics, from the same forward/backward pass.
import { lossById, type Loss } from '../catalog/losses';
import { optimizerById, type Optimizer } from '../catalog/optimizers';
import { scheduleById, type ScheduleParams } from '../catalog/schedules';
import type { Scalar, TF, Tensor, Tensor1D, Tensor2D, Variable } from '../catalog/types';
import type { EngineConfig } from '../experiment/engineConfig';
import { epochOrder, fillBatch, IMAGE_SIZE, NUM_CLASSES, trainingRange, type Dataset, type DeviceSplit, type EvalSplit } from './dataset';
import { BN_MOMENTUM, buildMlp, disposeMlp, disposeWeights, newVariable, forward, snapshotMlp, trainableVariables, weightMatrices, type Mlp, type MlpWeights } from './mlp';
import { deriveSeed } from './rng';
import { everySlice } from './yieldToEvents';
import { takeRows } from './rows';
import { forwardMacs, rowsPerSlice } from './sliceRows';

export interface EvalResult {
  loss: number;
  accuracy: number;
}

/** Tensors a step hands out when asked to capture (the caller disposes them all, e.g. via disposeCapture). */
export interface StepCapture {
  /** Per layer (hidden..., output): pre-activation [batch, preWidth] and activation [batch, units]. */
  pre: Tensor2D[];
  act: Tensor2D[];
  /** Per layer: gradient of W [nIn, preWidth], W before the update and W after it. */
  gradW: Tensor2D[];
  weightBefore: Tensor2D[];
}

export interface StepResult {
  /** Mean data loss of the batch (scalar); the caller disposes it. */
  loss: Scalar;
  /** L1 + L2 penalty (scalar) when regularization is on, else null; the caller disposes it. */
  penalty: Scalar | null;
  capture: StepCapture | null;
  /** The learning rate this update used (from the schedule). */
  lr: number;
}

export function disposeCapture(c: StepCapture | null): void {
  if (!c) return;
  for (const t of [...c.pre, ...c.act, ...c.gradW, ...c.weightBefore]) t.dispose();
}

export class Trainer {
  readonly mlp: Mlp;
  readonly vars: Variable[];
  /** Updates done so far. */
  step = 0;
  readonly stepsPerEpoch: number;
  readonly batch: number;
  private readonly loss: Loss;
  private readonly optimizer: Optimizer;
  private readonly slots: Variable[][];
  private readonly numTrainUsed: number;
  private order: Uint32Array = new Uint32Array(0);
  /** The epoch `order` was drawn for (−1: none yet). */
  private orderEpoch = -1;
  private readonly xBuf: Float32Array;
  private readonly yBuf: Float32Array;
  /** Set by dispose: an evaluation that yielded must not touch the freed weights. */
  private disposed = false;

  constructor(
    private readonly tf: TF,
    private readonly data: Dataset,
    readonly cfg: EngineConfig,
  ) {
    this.mlp = buildMlp(tf, cfg);
    this.vars = trainableVariables(this.mlp);
    this.loss = lossById[cfg.loss];
    this.optimizer = optimizerById[cfg.opt];
    const init = this.optimizer.slotInit ?? 0;
    this.slots = this.vars.map((v) =>
      this.optimizer.slots.map(() => newVariable(tf, () => tf.fill(v.shape, init), false)),
    );
    const range = trainingRange(cfg, data.train.count);
    this.numTrainUsed = range.trainTo - range.trainFrom;
    // A batch larger than the data would give zero steps per epoch: clamp it so training still happens.
    this.batch = Math.max(1, Math.min(cfg.batch, this.numTrainUsed));
    // Shapes stay fixed: the last partial batch of an epoch is dropped.
    this.stepsPerEpoch = Math.floor(this.numTrainUsed / this.batch);
    this.xBuf = new Float32Array(this.batch * IMAGE_SIZE);
    this.yBuf = new Float32Array(this.batch * NUM_CLASSES);
  }

  get epoch(): number {
    return Math.floor(this.step / this.stepsPerEpoch);
  }

  get done(): boolean {
    return this.step >= this.stepsPerEpoch * this.cfg.epochs;
  }

  scheduleParams(): ScheduleParams {
    const c = this.cfg;
    return { ...c, stepsPerEpoch: this.stepsPerEpoch };
  }

  /** α for the next update, from the schedule. */
  currentLr(): number {
    return scheduleById[this.cfg.sched].rate(this.step, this.scheduleParams());
  }

  /** The indices of the next batch's images (seeded order, reshuffled every epoch: see epochOrder). */
  nextBatchIndices(): Uint32Array {
    const pos = this.step % this.stepsPerEpoch;
    if (this.orderEpoch !== this.epoch) {
      this.order = epochOrder(this.numTrainUsed, this.cfg.seed, this.epoch);
      this.orderEpoch = this.epoch;
    }
    return this.order.subarray(pos * this.batch, (pos + 1) * this.batch);
  }

  /** How many of the first training images must be present for the next step (1 + its largest index). */
  imagesForNextStep(): number {
    return this.nextBatchIndices().reduce((m, i) => Math.max(m, i + 1), 0);
  }

  /** Loads the next batch into the reused CPU buffers. */
  private nextBatch(): { x: Tensor2D; y: Tensor2D } {
    fillBatch(this.data.train, this.nextBatchIndices(), 0, this.batch, this.xBuf, this.yBuf);
    return {
      x: this.tf.tensor2d(this.xBuf, [this.batch, IMAGE_SIZE]),
      y: this.tf.tensor2d(this.yBuf, [this.batch, NUM_CLASSES]),
    };
  }

  /** L1/L2 penalty on the weight matrices, or null when both coefficients are 0. */
  private penalty(): Scalar | null {
    const { tf, cfg } = this;
    if (cfg.l1 === 0 && cfg.l2 === 0) return null;
    const terms: Scalar[] = [];
    for (const W of weightMatrices(this.mlp)) {
      if (cfg.l2 > 0) terms.push(tf.mul(tf.sum(tf.square(W)), cfg.l2) as Scalar);
      if (cfg.l1 > 0) terms.push(tf.mul(tf.sum(tf.abs(W)), cfg.l1) as Scalar);
    }
    return tf.addN(terms) as Scalar;
  }

  /**
   * One update on the next batch. With `capture`, also returns every layer's pre-activations,
   * activations, weight gradients and pre-update weights from this very pass (no second forward).
   * `lr` overrides the schedule's rate for this update (the learning-rate finder sweeps it).
   */
  trainStep(capture = false, lr?: number): StepResult {
    const { tf } = this;
    const { x, y } = this.nextBatch();
    const moments: { layer: number; mean: Tensor1D; variance: Tensor1D }[] = [];
    const cap: StepCapture | null = capture ? { pre: [], act: [], gradW: [], weightBefore: [] } : null;
    // Filled inside the gradient function; tf.keep lets them outlive its tidy scope.
    const out: { loss?: Scalar; penalty: Scalar | null } = { penalty: null };
    const { grads, value } = tf.variableGrads(() => {
      const logits = forward(tf, this.mlp, x, {
        training: true,
        dropoutRate: this.cfg.dropout,
        dropoutSeed: deriveSeed(this.cfg.seed, 2_000_000 + this.step),
        onBatchMoments: (layer, mean, variance) =>
          moments.push({ layer, mean: tf.keep(mean), variance: tf.keep(variance) }),
        onLayer: cap
          ? (_layer, pre, act) => {
              cap.pre.push(tf.keep(pre));
              cap.act.push(pre === act ? tf.keep(act.clone()) : tf.keep(act));
            }
          : undefined,
      });
      const dataLoss = tf.keep(this.loss.apply(tf, logits, y));
      const penalty = this.penalty();
      out.loss = dataLoss;
      out.penalty = penalty ? tf.keep(penalty) : null;
      return penalty ? tf.add(dataLoss, penalty) : dataLoss.clone();
    }, this.vars);
    value.dispose();
    if (cap) {
      for (const l of [...this.mlp.hidden, this.mlp.out]) {
        cap.gradW.push(grads[l.W.name].clone() as Tensor2D);
        cap.weightBefore.push(l.W.clone() as Tensor2D);
      }
    }
    const h = {
      lr: lr ?? this.currentLr(),
      momentum: this.cfg.momentum,
      beta1: this.cfg.beta1,
      beta2: this.cfg.beta2,
      eps: this.cfg.eps,
      t: this.step + 1,
    };
    tf.tidy(() => {
      // One scalar tensor per hyperparameter for the whole step (disposed with this tidy).
      const scalars = new Map<string, Tensor>();
      const scalar = (name: string, value: number) => {
        let t = scalars.get(name);
        if (!t) scalars.set(name, (t = tf.scalar(value)));
        return t;
      };
      this.vars.forEach((v, i) => this.optimizer.update(tf, v, grads[v.name], this.slots[i], { ...h, scalar }));
      for (const { layer, mean, variance } of moments) {
        const bn = this.mlp.hidden[layer].bn!;
        bn.movingMean.assign(tf.add(tf.mul(bn.movingMean, BN_MOMENTUM), tf.mul(mean, 1 - BN_MOMENTUM)));
        bn.movingVar.assign(tf.add(tf.mul(bn.movingVar, BN_MOMENTUM), tf.mul(variance, 1 - BN_MOMENTUM)));
      }
    });
    tf.dispose([x, y, ...Object.values(grads), ...moments.flatMap((m) => [m.mean, m.variance])]);
    this.step++;
    return { loss: out.loss!, penalty: out.penalty, capture: cap, lr: h.lr };
  }

  /** Predicted logits for a set of images (inference: no dropout, BN moving averages). [n, 784] → [n, 10].
   * `weights`: a snapshot of this net (see snapshot) instead of its live variables. */
  predict(x: Tensor2D, weights: MlpWeights = this.mlp): Tensor2D {
    return forward(this.tf, weights, x, { training: false, dropoutRate: 0, dropoutSeed: 0 });
  }

  /** This step's weights, unchanged by later steps (free with disposeWeights). */
  snapshot(): MlpWeights {
    return snapshotMlp(this.tf, this.mlp);
  }

  /** True once dispose ran: work that yielded checks it before touching the weights again. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Images per forward-only chunk ([rows, 784] in, [rows, 10] out): about one SLICE_MS on this backend. */
  get evalRows(): number {
    return rowsPerSlice(forwardMacs(weightMatrices(this.mlp).map((w) => w.shape)), this.tf.getBackend());
  }

  /** Mean loss and accuracy over a split already on the device (one readback); null if the net was disposed
   * while it ran. */
  async evaluate(split: DeviceSplit, chunk = this.evalRows): Promise<EvalResult | null> {
    return (await this.evaluateSplits([split], chunk))?.[0] ?? null;
  }

  /**
   * Mean loss and accuracy over each split, in chunks so memory stays bounded. The running sums live on the
   * device ([2] per split: loss sum, correct count) and are read back once, stacked, however many splits.
   * On a synchronous backend (CPU, WASM) each chunk runs as it is enqueued, so 20,000 images through a deep
   * net can take seconds: chunks are sized to about one SLICE_MS of this net on this backend (sliceRows.ts),
   * the loop yields every SLICE_MS to let pause or a new run in, and gives up (null) if that disposed this
   * network. Every chunk reads the weights of the step it was called at (a snapshot taken before any await):
   * a Step handled while it yields does not change the answer.
   */
  async evaluateSplits(splits: EvalSplit[], chunk = this.evalRows): Promise<EvalResult[] | null> {
    const { tf } = this;
    // The sets may have been awaited (streaming in) while a new run replaced this one.
    if (this.disposed) return null;
    const weights = this.snapshot();
    const sums: Tensor[] = [];
    const pace = everySlice();
    for (const split of splits) {
      const n = split.n ?? split.count;
      let acc: Tensor = tf.zeros([2]);
      for (let from = 0; from < n; from += chunk) {
        await pace();
        if (this.disposed) {
          tf.dispose([acc, ...sums]);
          disposeWeights(weights);
          return null;
        }
        const next = tf.tidy(() => {
          const size = Math.min(chunk, n - from);
          const { x, y } = takeRows(tf, split, from, size);
          const logits = this.predict(x, weights);
          const lossSum = tf.mul(this.loss.apply(tf, logits, y), size);
          const correct = tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), tf.argMax(y, 1)), 'float32'));
          return tf.add(acc, tf.stack([lossSum, correct]));
        });
        acc.dispose();
        acc = next;
      }
      sums.push(acc);
    }
    disposeWeights(weights);
    const totals = tf.stack(sums);
    tf.dispose(sums);
    const v = await totals.data();
    totals.dispose();
    if (this.disposed) return null;
    return splits.map((split, i) => {
      const n = split.n ?? split.count;
      return { loss: v[2 * i] / n, accuracy: v[2 * i + 1] / n };
    });
  }

  dispose(): void {
    this.disposed = true;
    disposeMlp(this.mlp);
    this.slots.flat().forEach((v) => v.dispose());
  }
}
