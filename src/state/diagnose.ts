// Reads the latest per-layer statistics and the loss history and says, in one plain sentence each, what is
// going wrong and what to try. Pure: the same numbers always give the same diagnoses (and tests can say so).
import type { ActivationFamily } from '../catalog/activations';
import type { EvalPoint, LayerStats } from '../wire/protocol';

export type DiagnosisId =
  | 'diverged' | 'vanishing' | 'exploding' | 'dead-relu' | 'saturation' | 'symmetry' | 'loss-flat' | 'high-bias' | 'high-variance';
export type Severity = 'error' | 'warn' | 'info';

export interface Diagnosis {
  id: DiagnosisId;
  severity: Severity;
  sentence: string;
  /** The card that explains it, as `registry/id` (e.g. `initializers/he-normal`). */
  card: string;
}

export type DiagnosisLayer = Pick<LayerStats, 'layer' | 'isOutput' | 'units' | 'gradNorm' | 'dead' | 'saturated' | 'diversity'>;

export interface DiagnoseInput {
  layers: readonly DiagnosisLayer[] | null;
  losses: readonly { step: number; loss: number }[];
  divergedAt: number | null;
  family: ActivationFamily;
  /** The optimizer in use: the divergence diagnosis links its card. */
  opt: string;
  /** The run's evaluations (train and test), for the recipe's bias/variance diagnosis. */
  evals?: readonly EvalPoint[];
}

/** Gradient norms this many times apart between the first and the output layer count as vanishing/exploding. */
export const GRAD_RATIO = 100;
/** Fraction of a layer's units dead or saturated that is flagged. */
export const UNIT_FRACTION = 0.5;
/** A layer whose units differ by less than this (relative) has not broken symmetry. */
export const SYMMETRY_EPS = 1e-6;
/** Steps of history before "the loss is not going down" can be judged. */
export const FLAT_MIN_STEPS = 300;
/**
 * A loss whose last fifth averages less than this fraction below its first fifth has barely moved. A working
 * rate takes MNIST's loss down by more than half within 300 steps; α = 10⁻⁵ with SGD, by 2–4 % over five
 * epochs of 5,000 images — a 3 % threshold called that run flat at step 300 and not at step 330, so the
 * diagnosis came and went.
 */
export const FLAT_MAX_FALL = 0.1;

const pct = (x: number) => `${Math.round(x * 100)} %`;
const layerName = (l: DiagnosisLayer) => (l.isOutput ? 'the output layer' : `layer ${l.layer + 1}`);

function worst(layers: readonly DiagnosisLayer[], key: 'dead' | 'saturated'): DiagnosisLayer | null {
  const hidden = layers.filter((l) => !l.isOutput && l[key] > UNIT_FRACTION);
  return hidden.length ? hidden.reduce((a, b) => (b[key] > a[key] ? b : a)) : null;
}

function layerDiagnoses(layers: readonly DiagnosisLayer[], family: ActivationFamily): Diagnosis[] {
  const out: Diagnosis[] = [];
  const first = layers[0];
  const last = layers[layers.length - 1];
  if (layers.length > 1 && last.gradNorm > 0 && Number.isFinite(first.gradNorm)) {
    const ratio = first.gradNorm / last.gradNorm;
    if (ratio < 1 / GRAD_RATIO) {
      out.push({
        id: 'vanishing',
        severity: 'warn',
        sentence:
          `Vanishing gradients: layer 1's gradient is ${(1 / ratio).toExponential(0)} times smaller than the output ` +
          `layer's, so the first layers barely learn. Try ReLU with He initialization, or batch norm.`,
        card: 'initializers/he-normal',
      });
    } else if (ratio > GRAD_RATIO) {
      out.push({
        id: 'exploding',
        severity: 'warn',
        sentence:
          `Exploding gradients: layer 1's gradient is ${ratio.toExponential(0)} times larger than the output layer's. ` +
          'Try smaller initial weights (He or Xavier) or a smaller learning rate.',
        card: 'initializers/xavier-normal',
      });
    }
  }
  const dead = family === 'relu' ? worst(layers, 'dead') : null;
  if (dead) {
    out.push({
      id: 'dead-relu',
      severity: 'warn',
      sentence:
        `Dead ReLUs: ${pct(dead.dead)} of ${layerName(dead)}'s units output 0 for every example and get no gradient. ` +
        'Try a smaller learning rate, He initialization or a leaky ReLU.',
      card: 'activations/relu',
    });
  }
  const sat = family === 'tanh' || family === 'sigmoid' ? worst(layers, 'saturated') : null;
  if (sat) {
    out.push({
      id: 'saturation',
      severity: 'warn',
      sentence:
        `Saturation: ${pct(sat.saturated)} of ${layerName(sat)}'s activations sit at the flat ends of the ${family}, ` +
        'where the gradient is almost 0. Try Var(w) = 1/n_in (LeCun normal, often called Xavier) or ReLU.',
      card: `activations/${family}`,
    });
  }
  const stuck = layers.find((l) => !l.isOutput && l.units > 1 && l.diversity < SYMMETRY_EPS);
  if (stuck) {
    out.push({
      id: 'symmetry',
      severity: 'warn',
      sentence:
        `Symmetry not broken: every unit of ${layerName(stuck)} has the same weights, so they all compute the ` +
        'same thing and the layer acts like one unit. Initialize the weights randomly.',
      card: 'initializers/zeros',
    });
  }
  return out;
}

/** How much lower the loss's last fifth averages than its first fifth (0.25: a quarter lower); null before
 * FLAT_MIN_STEPS steps of history. */
export function lossFall(losses: readonly { step: number; loss: number }[]): number | null {
  if (losses.length < 10 || losses[losses.length - 1].step - losses[0].step < FLAT_MIN_STEPS) return null;
  const k = Math.max(1, Math.floor(losses.length / 5));
  const mean = (a: readonly { loss: number }[]) => a.reduce((s, p) => s + p.loss, 0) / a.length;
  return 1 - mean(losses.slice(-k)) / mean(losses.slice(0, k));
}

const isFlat = (fall: number | null): fall is number => fall !== null && fall < FLAT_MAX_FALL;

/** True when the loss has barely moved: less than FLAT_MAX_FALL lower over its history (see lossFall). */
export function lossIsFlat(losses: readonly { step: number; loss: number }[]): boolean {
  return isFlat(lossFall(losses));
}

/** The recipe (recap lecture): training error above this after RECIPE_MIN_STEPS is high bias… */
export const HIGH_BIAS_ERROR = 0.1;
/** …and test accuracy this far below training accuracy is high variance. */
export const HIGH_VARIANCE_GAP = 0.05;
/** Steps before bias can be judged (every net is wrong often at first)… */
export const RECIPE_MIN_STEPS = 300;
/** …and before a gap can (a gap this early is already overfitting: tiny training sets get there fast). */
export const GAP_MIN_STEPS = 100;

/** The latest train and test evaluations made together (same step, same size; a full pair wins at a tie). */
function latestPair(evals: readonly EvalPoint[]): { train: EvalPoint; test: EvalPoint } | null {
  let best: { train: EvalPoint; test: EvalPoint } | null = null;
  for (const train of evals) {
    if (train.set !== 'train') continue;
    const test = evals.find((e) => e.set === 'test' && e.step === train.step && e.full === train.full);
    if (!test) continue;
    if (!best || train.step > best.train.step || (train.step === best.train.step && train.full)) best = { train, test };
  }
  return best;
}

/** High bias (both errors high) or high variance (a large gap), from the latest train and test evaluations. */
export function recipeDiagnosis(evals: readonly EvalPoint[]): Diagnosis | null {
  const pair = latestPair(evals);
  if (!pair || pair.train.step < GAP_MIN_STEPS) return null;
  const { train, test } = pair;
  const gap = train.accuracy - test.accuracy;
  const pctOf = (x: number) => `${(x * 100).toFixed(1)} %`;
  if (1 - train.accuracy > HIGH_BIAS_ERROR) {
    if (train.step < RECIPE_MIN_STEPS) return null;
    return {
      id: 'high-bias',
      severity: 'info',
      sentence:
        `High bias: even on its training images the net is wrong ${pctOf(1 - train.accuracy)} of the time ` +
        `(test ${pctOf(1 - test.accuracy)}). It underfits: try a bigger network, longer training or a better optimizer.`,
      card: 'optimizers/adam',
    };
  }
  if (gap > HIGH_VARIANCE_GAP) {
    return {
      id: 'high-variance',
      severity: 'info',
      sentence:
        `High variance: training accuracy ${pctOf(train.accuracy)} but test accuracy ${pctOf(test.accuracy)}, a gap of ` +
        `${(gap * 100).toFixed(1)} points. It overfits: more data, regularization (L2, dropout) or early stopping.`,
      // No catalogue card for regularization yet: the sentence says what to try.
      card: 'none',
    };
  }
  return null;
}

/** Layer diagnoses that already explain a loss that does not fall: "raise the learning rate" would mislead. */
const EXPLAINS_FLAT_LOSS: readonly DiagnosisId[] = ['symmetry', 'dead-relu', 'saturation', 'vanishing', 'exploding'];

function flatSentence(lastStep: number, fall: number): string {
  const moved = fall <= 0 ? 'has not come down at all' : `has come down by only ${(100 * fall).toFixed(1)} %`;
  return (
    `The loss has barely moved: over ${lastStep} steps it ${moved} (its last fifth against its first). ` +
    'The learning rate may be too low; try 10× larger.'
  );
}

export function diagnose({ layers, losses, divergedAt, family, opt, evals = [] }: DiagnoseInput): Diagnosis[] {
  const out: Diagnosis[] = [];
  if (divergedAt !== null) {
    out.push({
      id: 'diverged',
      severity: 'error',
      sentence: `Diverged at step ${divergedAt}: the loss became NaN or infinite. Try a smaller learning rate.`,
      card: `optimizers/${opt}`,
    });
  }
  if (layers && layers.length > 0) out.push(...layerDiagnoses(layers, family));
  const explained = out.some((d) => EXPLAINS_FLAT_LOSS.includes(d.id));
  const recipe = divergedAt === null ? recipeDiagnosis(evals) : null;
  if (recipe) out.push(recipe);
  // The fall is measured once: it decides the diagnosis and is stated in its sentence.
  const fall = divergedAt === null && !explained ? lossFall(losses) : null;
  if (isFlat(fall)) {
    out.push({
      id: 'loss-flat',
      severity: 'info',
      sentence: flatSentence(losses[losses.length - 1].step, fall),
      card: `optimizers/${opt}`,
    });
  }
  return out;
}
