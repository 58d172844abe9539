// What each number in the layer panel and the init lab means: shown on hover and keyboard focus. Teaching
// content is data: the UI only looks these up by the `data-stat` key it already writes.

export interface StatNote {
  /** What the number measures. */
  measures: string;
  /** The values it can take. */
  range: string;
  /** What a healthy value looks like, and what the bad ones mean. */
  healthy: string;
}

export const STAT_NOTES = {
  'act-var': {
    measures: 'Variance of this layer\'s activations over the batch and all its units.',
    range: '0 and up (tanh ≤ 1, sigmoid ≤ 1/4).',
    healthy: 'About the same order in every layer. Shrinking towards 0 layer by layer means a vanishing signal; growing, an exploding one.',
  },
  'grad-norm': {
    measures: 'Size ‖∂L/∂W‖ of the loss gradient for this layer\'s weights (Frobenius norm).',
    range: '0 and up.',
    healthy: 'Comparable across layers. Many times smaller in the first layers than the last: vanishing gradients; much larger: exploding.',
  },
  'update-ratio': {
    measures: 'How much the last step moved the weights, relative to their size: ‖ΔW‖ / ‖W‖.',
    range: '0 and up.',
    healthy: 'Around 1e-3 (a common rule of thumb). Far below, e.g. 1e-6, the layer hardly learns; near 0.1 or more, the learning rate is too high.',
  },
  dead: {
    measures: 'ReLU family: the fraction of units that output exactly 0 for every example in the batch, so they get no gradient.',
    range: '0 % to 100 %.',
    healthy: 'A few percent at most. Above half, the layer has mostly died (often a learning rate too high).',
  },
  saturated: {
    measures: 'tanh and sigmoid: the fraction of activations in the flat tails (|tanh| > 0.99; sigmoid below 0.01 or above 0.99).',
    range: '0 % to 100 %.',
    healthy: 'Low, a few percent. High saturation means near-zero gradients: weights too large at init, or a learning rate too high.',
  },
  diversity: {
    measures: 'How different the units\' incoming weight columns are: RMS distance from the first unit\'s column over the RMS column size, over √2.',
    range: '0 (all units identical) to about 1 (independent random columns).',
    healthy: 'Near 1 after a random init and it stays well above 0. Exactly 0 means the symmetry is unbroken: every unit computes the same thing.',
  },
  'near-zero': {
    measures: 'The fraction of this layer\'s weights below 5 % of its RMS weight in size.',
    range: '0 % to 100 % (a Gaussian layer: about 4 %).',
    healthy: 'About 4 % without L1. L1 pushes many weights to about 0, so the fraction climbs (a sparse layer); L2 shrinks all weights alike and leaves it near 4 %.',
  },
  'act-std': {
    measures: 'Standard deviation of this layer\'s activations for one batch through the freshly initialised net.',
    range: '0 and up (tanh ≤ 1).',
    healthy: 'About the same in every layer: the initializer matches the activation.',
  },
  'pre-var': {
    measures: 'Variance of the pre-activations z = Wa + b (after batch norm, when on), measured.',
    range: '0 and up.',
    healthy: 'Holding steady across layers; the theory line predicts it.',
  },
  theory: {
    measures: 'Predicted Var(z): n·Var(w)·E[a²] chained from the input, with E[f(z)²] of the activation by Gauss–Hermite quadrature.',
    range: '0 and up.',
    healthy: 'Close to the measured Var(pre): it predicts the average over weight draws, so one 500-wide draw strays by about 5–10 % per layer for ReLU-like units (about a quarter by layer 10).',
  },
} as const satisfies Record<string, StatNote>;

export type StatKey = keyof typeof STAT_NOTES;

/** One line for a tooltip or title. */
export const statNoteText = (key: StatKey) => {
  const n: StatNote = STAT_NOTES[key];
  return `${n.measures} Range: ${n.range} Healthy: ${n.healthy}`;
};
