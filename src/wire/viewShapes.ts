// The shapes of what the page asks of the current net to look at it (predictions, weight images, the unit
// inspector, the network view). Part of the wire: imports nothing (see protocol.ts).

export interface PredictedDigit {
  /** Index into the test set. */
  index: number;
  label: number;
  predicted: number;
  /** Softmax probability of the predicted class. */
  confidence: number;
  /** [784] pixel bytes, row-major 28 × 28, white on black. */
  pixels: Uint8Array;
}

export interface TestPredictions {
  grid: PredictedDigit[];
  /** Wrong predictions, most confident first. */
  mistakes: PredictedDigit[];
  /** [10 × 10] row-major counts: row = true label, column = predicted label. */
  confusion: number[];
  numTest: number;
}

/** The first weight layer's units as images: the first hidden layer, or the output layer when there is none. */
export interface WeightImages {
  /** 'output': no hidden layer, so these are the ten class templates. */
  layer: 'hidden' | 'output';
  units: number;
  /** [units × 784]: row u is unit u's incoming weights, row-major 28 × 28. */
  values: Float32Array;
  /** max |w| over the layer: the one symmetric colour scale [−maxAbs, maxAbs]. */
  maxAbs: number;
}

/** Images the inspector shows per unit: those that excite it most. */
export const NUM_TOP_IMAGES = 9;

/** One unit seen from every side (see engine/unitInspect.ts). */
/** The light part of a unit inspection, refreshed about once a second while training: one column of W and
 * one gradient on a fixed batch of GRAD_BATCH training images (about one training step's work). */
export interface UnitLight {
  /** 0-based over [hidden..., output]. */
  layer: number;
  isOutput: boolean;
  unit: number;
  /** Units in this layer. */
  units: number;
  /** [fanIn]: the unit's incoming weights (for maxout, its first piece's), input order (pixels for layer 0). */
  incoming: Float32Array;
  bias: number;
  /** ‖∂L/∂w‖ of this unit's incoming weights and bias on a fixed batch of training images. */
  gradNorm: number;
}

/** The heavy part, only on demand (a new unit, a paused net, the refresh button): statistics on a test
 * batch and the top images over the whole test split (a forward pass over every test image). */
export interface UnitHeavy {
  /** Fraction of the test batch's activations per bin over `histRange` (the batch's own min and max). */
  hist: number[];
  histRange: readonly [number, number];
  /** Images in the test batch the histogram, mean and dead/saturated figures are measured on. */
  batchSize: number;
  mean: number;
  /** ReLU family: the unit outputs exactly 0 on every image of the batch. */
  dead: boolean;
  /** tanh/sigmoid: fraction of the batch's activations in the flat tails. */
  saturated: number;
  /** The NUM_TOP_IMAGES test images with the highest activation, highest first (pixels as in PredictedDigit). */
  top: { index: number; label: number; activation: number; pixels: Uint8Array }[];
  numTest: number;
  /** Training steps when the work started and ended (it gives way to training between chunks, so while
   * training runs the chunks may see a few different steps; equal when paused). */
  steps: readonly [number, number];
}

export type UnitInspection = UnitLight & UnitHeavy;

/** One column of the network view (the input is not a column: its edges are the weight images). */
export interface NetworkLayer {
  units: number;
  /** The units drawn: all of them, or the most active (largest mean |activation|) when the layer is wide. */
  shown: number[];
  /** Mean activation of each shown unit on the test batch. */
  mean: number[];
}

/** The network view's data: columns of units and, between adjacent columns, the strongest weights. */
export interface NetworkView {
  layers: NetworkLayer[];
  /** edges[l] joins layers[l] to layers[l + 1]: unit ids (not positions) and the signed weight. */
  edges: { from: number; to: number; weight: number }[][];
  /** Images the mean activations are measured on. */
  batchSize: number;
}
