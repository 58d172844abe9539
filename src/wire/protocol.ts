// The wire between the page and the training Worker: every message both ways and every shape constant both
// sides share. src/wire imports nothing from outside itself (lint-enforced), so neither side can drag the
// other's code in through it, and no import cycle can pass through it. Only plain numbers, strings and typed
// arrays cross. The optimizer lab's and the views' payload shapes live beside it (labShapes.ts,
// viewShapes.ts) and are re-exported here: importers name this module only.
import type { LandscapeResult, LrFinderPoint, OptPath, PathsSpec } from './labShapes';
import type { TestPredictions, UnitHeavy, UnitLight, NetworkView, WeightImages } from './viewShapes';

export { LR_FINDER } from './labShapes';
export type { LandscapeResult, LrFinderPoint, OptPath, PathsSpec } from './labShapes';
export { NUM_TOP_IMAGES } from './viewShapes';
export type { NetworkLayer, NetworkView, PredictedDigit, TestPredictions, UnitHeavy, UnitInspection, UnitLight, WeightImages } from './viewShapes';

/** Pixels per MNIST image (28 × 28). */
export const IMAGE_SIZE = 784;
/** Digit classes. */
export const NUM_CLASSES = 10;
/** Bins of every activation histogram. */
export const NUM_BINS = 30;
/** The output layer's "activation" is its logits: a fixed histogram range wide enough for a trained net. */
export const LOGIT_HIST_RANGE = [-10, 10] as const;
/** Images in the frequent evaluations (a fixed subset of the test set, and of the training images in use). */
export const QUICK_EVAL_SIZE = 1000;

export const BACKEND_CHOICES = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
export type InitLabData = 'mnist' | 'gaussian';

/**
 * Messages to the Worker. `C` is the engine's view of the experiment (derived from the schema in
 * experiment/engineConfig.ts); it is a parameter so this module stays import-free.
 * `run` is chosen by the page: every message the Worker sends about a run carries it back, and the page
 * drops anything whose run is not the current one.
 */
export type ToWorker<C> =
  /**
   * `renderer`: the WebGL renderer string the page probed for `backend=auto` (null: no WebGL), see
   * webglRenderer.ts; absent, the Worker probes on its own thread.
   * `sent`: on a cross-origin isolated page, a SharedArrayBuffer whose first Int32 the page increments after
   * posting each later message (every one but `init` and `prefetch`). The Worker compares it with the messages
   * it has taken, and ends a training slice at the next step when one is waiting (see engine/pendingMessages.ts).
   */
  | { type: 'init'; backend: BackendChoice; baseUrl: string; renderer?: string | null; sent?: SharedArrayBuffer }
  /** Sent by the page's first lines, before its own code has loaded: start streaming MNIST from `baseUrl` now. */
  | { type: 'prefetch'; baseUrl: string }
  /**
   * Builds a fresh network per entry, as run `run` (also what Reset sends, with new run ids). One entry is a
   * plain run; several are a race, trained step by step in turn. The first entry is the one statistics and
   * predictions speak for.
   */
  | { type: 'configure'; runs: { run: number; config: C }[] }
  | { type: 'train' }
  | { type: 'pause' }
  /** Exactly one update while paused. */
  | { type: 'step' }
  /** Steps per second; 0 runs at full speed. */
  | { type: 'set-speed'; stepsPerSec: number }
  /** Per-layer statistics on or off (off lets their overhead be measured). */
  | { type: 'set-stats'; enabled: boolean }
  /** Builds a throwaway net for this config and pushes one batch through it (the initialization lab). */
  | { type: 'init-lab'; id: number; config: C; data: InitLabData }
  /** Predictions of the current net: on the test set, or (with `image`, [784] in [0, 1]) on a drawn digit. */
  | { type: 'predict'; id: number; image?: Float32Array }
  /** The first layer's incoming weights as images (asked at most once a second while the panel is open). */
  | { type: 'weights'; id: number }
  /** The learning-rate range test on a throwaway copy of this config's net (the run's own net is untouched). */
  | { type: 'lr-finder'; id: number; run: number; config: C }
  | { type: 'lr-finder-cancel'; id: number }
  /** Optimizer paths on a two-parameter surface (the optimizer lab); not about a run. */
  | { type: 'paths'; id: number; spec: PathsSpec }
  /** The loss landscape around run `run`'s current weights, computed in chunks; yields to training. */
  | { type: 'landscape'; id: number; run: number; grid: number; span: number }
  /** Stops the landscape computation `id` (its answer then says `cancelled`). */
  | { type: 'landscape-cancel'; id: number }
  /**
   * One unit of the current net: `layer` 0-based over [hidden..., output], `unit` 0-based within it. Asked while
   * the inspector is open (at most about once a second), never per step.
   */
  /** `heavy`: also the test-batch statistics and the top images (see UnitHeavy); otherwise the light part only. */
  | { type: 'inspect-unit'; id: number; layer: number; unit: number; heavy: boolean }
  /** The network view's picture: the units shown per layer, their mean activations, the strongest edges. */
  | { type: 'network'; id: number };

export interface LossPoint {
  /** The update this loss was measured on (1-based: the loss of the batch before update `step`). */
  step: number;
  loss: number;
  /** L1 + L2 penalty, when regularization is on. */
  penalty: number | null;
  lr: number;
}

export interface RunStatus {
  running: boolean;
  /** Updates done (after a divergence: the update whose loss was not finite). */
  step: number;
  epoch: number;
  stepsPerEpoch: number;
  epochs: number;
  /** The batch size in use (may be smaller than asked, when fewer training images are used). */
  batch: number;
  /** Live tfjs tensors in the engine apart from the shared evaluation images: flat while training, and back to
   * the same value after Reset (the leak check a learner can watch). */
  numTensors: number;
  /** Tensors holding the evaluation images, copied to the device once, on first use, and shared by every run. */
  sharedTensors: number;
  /** All epochs done, early stopping ended the run, or it diverged: Train cannot continue it. */
  done: boolean;
  /** Why the run ended, when it did. */
  ended: 'epochs' | 'early-stop' | 'diverged' | null;
}

/** One evaluation: on the test images or on the training images in use; on a fixed subset or all of them. */
export interface EvalPoint {
  step: number;
  epoch: number;
  set: 'test' | 'train';
  /** true: all 10,000 test images (epoch ends, pause); false: the fixed QUICK_EVAL_SIZE subset. */
  full: boolean;
  loss: number;
  accuracy: number;
}

/** What one layer looked like at one step. */
export interface LayerStats {
  /** 0-based; the last entry is the output layer. */
  layer: number;
  isOutput: boolean;
  units: number;
  preMean: number;
  preVar: number;
  actMean: number;
  actVar: number;
  /** Fraction of activation values per bin over `histRange` (values outside fall into the end bins). */
  hist: number[];
  histRange: readonly [number, number];
  /** ReLU family: fraction of units that output exactly 0 for the whole batch. 0 for other activations. */
  dead: number;
  /** tanh/sigmoid: fraction of activation values (unit × example) in the flat tails. 0 otherwise. */
  saturated: number;
  /** ‖∂L/∂W‖ (Frobenius) and the variance of its entries. */
  gradNorm: number;
  gradVar: number;
  /** ‖W‖ after the update. */
  weightNorm: number;
  /** ‖W_after − W_before‖ / ‖W_before‖ (0 when W_before is 0 and did not move). */
  updateRatio: number;
  /** How different the units' incoming weight columns are: 0 = all identical (symmetry unbroken),
   * ≈ 1 for independent random columns. */
  diversity: number;
  /** Fraction of weights with |w| below 5 % of the layer's RMS weight (L1 piles weights up there; L2 does not). */
  nearZero: number;
}

export interface InitLabLayer {
  layer: number;
  fanIn: number;
  units: number;
  preVar: number;
  actMean: number;
  actVar: number;
  /**
   * Predicted Var(pre-activation) = n·Var(w)·E[a²] (+ the E[w]² term of constant init; batch norm → ≈ 1),
   * chained from the input's measured moments (see engine/initTheory.ts).
   */
  theoryPreVar: number;
  /** Predicted Var(activation): E[f(z)²] − E[f(z)]² by Gauss–Hermite quadrature on the activation's reference. */
  theoryActVar: number;
  hist: number[];
  histRange: readonly [number, number];
  dead: number;
  saturated: number;
}

export interface InitLabResult {
  /** E[x²] of the input batch (≈ 1 for both standardised MNIST and unit Gaussians). */
  inputSecondMoment: number;
  /** E[x] of the input batch. */
  inputMean: number;
  layers: InitLabLayer[];
}

export interface EarlyStopInfo {
  epoch: number;
  bestEpoch: number;
  bestValLoss: number;
}

export type FromWorker =
  | { type: 'progress'; loaded: number; total: number; file: string }
  | { type: 'ready'; backend: string; reason: string; numTrain: number; numTest: number }
  /** The engine cannot go on (data missing or corrupted, backend failure). */
  | { type: 'fatal'; message: string }
  /** Shader compilation or other warm-up before the first step of a run. */
  | { type: 'warming'; run: number }
  | { type: 'status'; run: number; status: RunStatus }
  | { type: 'metrics'; run: number; points: LossPoint[]; examplesPerSec: number }
  | { type: 'eval'; run: number; point: EvalPoint }
  | { type: 'diverged'; run: number; step: number }
  /** Every layer's statistics at one step (a few times per second while training). */
  | { type: 'layer-stats'; run: number; step: number; layers: LayerStats[] }
  | { type: 'init-lab-result'; id: number; result: InitLabResult }
  | { type: 'predictions'; id: number; run: number; step: number; result: TestPredictions }
  | { type: 'image-probs'; id: number; run: number; probs: number[] }
  /** Answer to `weights`: null images when no net is built yet. */
  | { type: 'weights'; id: number; run: number; step: number; images: WeightImages | null }
  /** Answer to `inspect-unit`: null when no net is built or the unit does not exist; `heavy` null unless
   * asked for (or when a new run replaced the net while it was being computed). */
  | { type: 'unit'; id: number; run: number; step: number; result: UnitLight | null; heavy: UnitHeavy | null }
  /** Answer to `network`: null when no net is built yet. */
  | { type: 'network'; id: number; run: number; step: number; result: NetworkView | null }
  /** Early stopping ended the run at `epoch` and restored the weights of `bestEpoch` (best validation loss). */
  | { type: 'early-stop'; run: number; info: EarlyStopInfo }
  | { type: 'paths-progress'; id: number; done: number; total: number }
  | { type: 'paths'; id: number; paths: OptPath[] }
  | { type: 'landscape-progress'; id: number; run: number; done: number; total: number; etaMs: number }
  /** null result: no net, or cancelled (then `cancelled` is true). */
  | { type: 'landscape'; id: number; run: number; result: LandscapeResult | null; cancelled: boolean }
  /** Points of a learning-rate finder as they come (several per message); `done` with why it ended. */
  | { type: 'lr-finder'; id: number; run: number; points: LrFinderPoint[]; done: boolean; stopped: 'diverged' | 'end' | 'cancelled' | null }
  | { type: 'error'; run: number | null; message: string }
  /**
   * A start-up milestone in the Worker (backend ready, first data slice, run built, first losses), for the
   * page's performance timeline: `at` is epoch milliseconds (performance.timeOrigin + now), since the Worker's
   * clock starts elsewhere than the page's. Not about a run's numbers, so never dropped.
   */
  | { type: 'mark'; name: string; at: number }
  /**
   * Messages the engine posted in one synchronous run (a metrics message and the status after it; a run's train
   * and test evaluations), sent as one: the page routes them, in order, in one task, so React renders once.
   */
  | { type: 'batch'; msgs: FromWorker[] };

export type FromWorkerType = FromWorker['type'];
