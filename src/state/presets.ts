// Named experiments: each preset is a partial config over the defaults. `?preset=ID` loads one and explicit
// keys in the same URL override it. The `watch` note tells the learner which chart shows the effect.
import { LAB_PRESETS } from './labPresets';
import { SEARCH_PRESETS } from './searchPresets';
import type { Preset } from './presetType';
import { WEIGHT_PRESETS } from './weightPresets';
import type { Config, PanelId } from './schema';

export type { Preset };

// Shared bases, so the pairs a lecture contrasts differ only in the field the lecture is about.
const deepTanh: Partial<Config> = { act: 'tanh', layers: Array(10).fill(500) as number[], opt: 'sgd', lr: 0.01, epochs: 1 };
const deep8: Partial<Config> = { layers: Array(8).fill(64) as number[], opt: 'sgd', lr: 0.1, epochs: 2 };
const overfitBase: Partial<Config> = { trainSize: 1000, layers: [512, 512], epochs: 100, batch: 32, opt: 'adam', lr: 0.001 };
// The comparison panel shows a race's overlaid runs, so curve-centred presets keep it.
const curves = ['controls', 'loss', 'accuracy', 'runs'] as const satisfies readonly PanelId[];
const layersView = ['controls', 'layers', 'diagnoses', 'loss'] as const satisfies readonly PanelId[];

export const PRESETS: readonly Preset[] = [
  {
    id: 'default',
    group: 'Basics',
    label: 'Default MLP (ReLU, He, Adam)',
    watch: 'Accuracy chart: test accuracy passes 95 % within the first epoch.',
    config: {},

    teaches: [{ lecture: 'tbmi26-deep', topic: 'MNIST example' }],
  },
  // Initialization lecture
  {
    id: 'zero-init',
    group: 'Initialization',
    label: 'All weights zero',
    watch: 'Layer panels: every unit of a layer has the same activation; the accuracy chart stays near 11 %. Weight images: every unit shows the same (blank) picture.',
    config: { init: 'zeros', act: 'tanh', opt: 'sgd', lr: 0.1, epochs: 1 },
    panels: ['controls', 'layers', 'accuracy', 'weights'],

    teaches: [{ lecture: 'cis522-slides', topic: 'Zero initialization: the symmetry problem' }, { lecture: 'tbmi26-deep', topic: 'Initialization must break symmetry' }],
  },
  {
    id: 'small-random-tanh',
    group: 'Initialization',
    label: '10 × 500 tanh, N(0, 0.01²)',
    watch: 'Layer panels: activation histograms shrink to a spike at 0 layer by layer — the signal collapses.',
    config: { ...deepTanh, init: 'normal-0.01' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'Weight initialization: small random numbers' }],
  },
  {
    id: 'large-random-tanh',
    group: 'Initialization',
    label: '10 × 500 tanh, N(0, 1)',
    watch: 'Layer panels: activations pile up at −1 and +1 (saturated), so the gradients vanish.',
    config: { ...deepTanh, init: 'normal-1' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'Weight initialization: big random numbers' }],
  },
  {
    id: 'xavier-tanh',
    group: 'Initialization',
    label: '10 × 500 tanh, "Xavier" (Var = 1/n)',
    watch: 'Layer panels: the activation spread stays about the same in every layer — Var(w) = 1/fan-in.',
    config: { ...deepTanh, init: 'lecun-normal' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'Xavier initialization' }, { lecture: 'cis522-notes', topic: 'Xavier initialization' }],
  },
  {
    id: 'xavier-relu',
    group: 'Initialization',
    label: '10 × 500 ReLU, "Xavier" (Var = 1/n)',
    watch: 'Layer panels: with ReLU the activation variance halves at each layer, so deep layers fade.',
    config: { ...deepTanh, act: 'relu', init: 'lecun-normal' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'Xavier initialization with ReLU' }],
  },
  {
    id: 'he-relu',
    group: 'Initialization',
    label: '10 × 500 ReLU, He',
    watch: 'Layer panels: He doubles the variance (2/fan-in) to undo ReLU’s halving; the spread holds.',
    config: { ...deepTanh, act: 'relu', init: 'he-normal' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'He initialization' }, { lecture: 'cis522-notes', topic: 'He initialization' }],
  },
  ...LAB_PRESETS,
  ...WEIGHT_PRESETS,
  ...SEARCH_PRESETS,
  // Gradients and activations
  {
    id: 'sigmoid-vanishing',
    group: 'Gradients',
    label: '8 × 64 sigmoid',
    // σ′ ≤ 1/4 bounds the shrinkage from the activation alone; Xavier's weights (not the ×4 variant) do not make up for it.
    watch: 'Layer panels: gradient norms shrink layer by layer towards the input; the loss chart barely moves.',
    config: { ...deep8, act: 'sigmoid', init: 'xavier-normal' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'Sigmoid activation: vanishing gradients' }, { lecture: 'cis522-notes', topic: 'Sigmoid and tanh saturate' }],
  },
  {
    id: 'relu-deep',
    group: 'Gradients',
    label: '8 × 64 ReLU',
    watch: 'Layer panels: gradient norms stay comparable across layers; the loss chart falls quickly.',
    config: { ...deep8, act: 'relu', init: 'he-normal' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'ReLU activation' }, { lecture: 'cis522-notes', topic: 'ReLU' }],
  },
  {
    id: 'batchnorm-deep-sigmoid',
    group: 'Gradients',
    label: '8 × 64 sigmoid + batch norm',
    watch: 'Loss chart: with batch norm the deep sigmoid net trains; compare with sigmoid-vanishing.',
    config: { ...deep8, act: 'sigmoid', init: 'xavier-normal', bn: true },
    panels: layersView,

    teaches: [{ lecture: 'tbmi26-deep', topic: 'Batch normalization' }],
  },
  {
    id: 'dead-relu',
    group: 'Gradients',
    label: 'Dead ReLUs (learning rate too high)',
    // Measured: within a few hundred steps ~90 % of layer 1 and ~80 % of layer 2 never fire again.
    watch: 'Diagnoses and layer panels: large early steps push most units to output 0 for every input; they never recover. Weight images: the dead units’ pictures stop changing and are flagged ❄ frozen.',
    config: { act: 'relu', opt: 'adam', lr: 0.05, epochs: 2 },
    panels: [...layersView, 'weights'],

    teaches: [{ lecture: 'recap-training', topic: 'ReLU: dead units' }],
  },
  {
    id: 'leaky-relu-fix',
    group: 'Gradients',
    label: 'Same, with leaky ReLU',
    watch: 'Diagnoses and layer panels: leaky units keep a small gradient, so none die; accuracy recovers.',
    config: { act: 'leaky-relu', opt: 'adam', lr: 0.05, epochs: 2 },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'Leaky ReLU' }, { lecture: 'loss-summary', topic: 'PReLU and leaky ReLU' }],
  },
  // Losses
  {
    id: 'hinge-vs-ce',
    group: 'Losses',
    label: 'Multiclass hinge vs cross-entropy',
    // The two losses live on different scales (a sum of margins vs a log-probability), so the note points at
    // accuracy, the quantity both runs share; the loss workbench shows the margins example by example.
    watch:
      'Comparison charts: compare the accuracy curves, not the losses (a sum of margins and a log-probability are ' +
      'on different scales). Hinge stops once every margin of 1 holds; cross-entropy keeps widening them.',
    config: { loss: 'hinge', epochs: 2 },
    race: [{ loss: 'hinge' }, { loss: 'cross-entropy' }],
    panels: curves,

    teaches: [{ lecture: 'recap-training', topic: 'Hinge vs cross-entropy' }],
  },
  {
    id: 'softmax-twice',
    group: 'Losses',
    label: 'The double-softmax bug',
    watch: 'Loss chart: the loss cannot fall below ~1.46 because probabilities are squashed twice; learning crawls.',
    config: { loss: 'softmax-twice', epochs: 2 },
    panels: curves,

    teaches: [{ lecture: 'recap-training', topic: 'Softmax and cross-entropy' }],
  },
  {
    id: 'mse-vs-ce',
    group: 'Losses',
    label: 'MSE vs cross-entropy for classification',
    // Fair rates: MSE's mean over K = 10 classes and its factor 2 scale its gradient by 2/K = 1/5, so it gets 5×
    // the learning rate; what is left is the softmax slope p(1 − p) that cross-entropy's log cancels.
    // Measured (tfjs CPU, seed 1, 2,000 test images): after 150/300/600 steps MSE-softmax at 0.5 reaches
    // 78/81/90 % and cross-entropy at 0.1 89/92/94 % (MSE-softmax at 0.1: 51/66/77 %).
    watch:
      'Comparison charts: MSE on the softmax probabilities learns more slowly even at 5× the learning rate (which ' +
      'undoes its 2/K scale): its gradient carries p(1 − p), which vanishes when a wrong class wins confidently.',
    config: { loss: 'mse-softmax', opt: 'sgd', lr: 0.5, epochs: 2 },
    race: [
      { loss: 'mse-softmax', lr: 0.5 },
      { loss: 'cross-entropy', lr: 0.1 },
    ],
    panels: curves,

    teaches: [{ lecture: 'tbmi26-deep', topic: 'Sigmoid and cross-entropy balance each other' }, { lecture: 'cis522-notes', topic: 'Losses from maximum likelihood' }],
  },
  // Optimization
  {
    id: 'lr-too-high',
    group: 'Optimization',
    label: 'Learning rate too high',
    watch: 'Loss chart: the loss jumps up and becomes NaN within a few steps (a "Diverged" notice appears).',
    config: { opt: 'sgd', lr: 5, epochs: 1 },
    panels: curves,

    teaches: [{ lecture: 'recap-training', topic: 'Learning rate: too high' }],
  },
  {
    id: 'lr-too-low',
    group: 'Optimization',
    label: 'Learning rate too low',
    watch: 'Loss chart: the loss crawls down almost linearly; after an epoch accuracy is still poor.',
    config: { opt: 'sgd', lr: 0.00001, epochs: 1 },
    panels: curves,

    teaches: [{ lecture: 'recap-training', topic: 'Learning rate: too low' }],
  },
  {
    id: 'optimizer-race',
    group: 'Optimization',
    label: 'SGD vs momentum vs Adam',
    watch: 'Comparison charts: same seed and batches; momentum beats plain SGD, Adam is fastest early on.',
    config: { opt: 'sgd', lr: 0.01, epochs: 1 },
    race: [
      { opt: 'sgd', lr: 0.01 },
      { opt: 'momentum', lr: 0.01 },
      { opt: 'adam', lr: 0.001 },
    ],
    panels: curves,

    teaches: [{ lecture: 'tbmi26-deep', topic: 'Momentum and Adam' }, { lecture: 'loss-summary', topic: 'Adam' }],
  },
  {
    id: 'lr-decay',
    group: 'Optimization',
    label: 'Linear decay to 1 % vs constant',
    watch: 'Comparison charts: with decay the loss settles lower in the last epochs instead of bouncing.',
    config: { opt: 'sgd', lr: 0.1, sched: 'linear', lrEnd: 0.01, epochs: 3 },
    race: [{ sched: 'linear' }, { sched: 'constant' }],
    panels: curves,

    teaches: [{ lecture: 'tbmi26-deep', topic: 'Learning-rate decay' }],
  },
  {
    id: 'batch-size',
    group: 'Optimization',
    label: 'Batch size 1 vs 32 vs 256',
    watch: 'Comparison charts: single examples give a noisy loss, 256 a smooth but slow one per example seen.',
    config: { opt: 'sgd', lr: 0.01, batch: 32, trainSize: 5000, epochs: 1 },
    race: [{ batch: 1 }, { batch: 32 }, { batch: 256 }],
    panels: curves,

    teaches: [{ lecture: 'tbmi26-deep', topic: 'Minibatches' }],
  },
  // Regularization
  {
    id: 'overfit',
    group: 'Regularization',
    label: '1,000 images, wide net, no regularization',
    watch: 'Loss and accuracy charts: train loss goes to ~0 while test loss turns up — the generalization gap.',
    config: { ...overfitBase },
    panels: curves,

    teaches: [{ lecture: 'recap-training', topic: 'Basic recipe: high variance' }, { lecture: 'tbmi26-deep', topic: 'Regularization' }],
  },
  {
    id: 'overfit-dropout',
    group: 'Regularization',
    label: 'Same, with dropout 0.5',
    watch: 'Loss chart: the gap between train and test loss narrows compared with overfit.',
    config: { ...overfitBase, dropout: 0.5 },
    panels: curves,

    teaches: [{ lecture: 'tbmi26-deep', topic: 'Dropout' }],
  },
  {
    id: 'overfit-l2',
    group: 'Regularization',
    label: 'Same, with L2 = 0.001',
    watch: 'Loss chart: test loss stops rising; the penalty term keeps weights small.',
    config: { ...overfitBase, l2: 0.001 },
    panels: curves,

    teaches: [{ lecture: 'recap-training', topic: 'L2 regularization' }],
  },
  {
    id: 'overfit-l1',
    group: 'Regularization',
    label: 'Same, with L1 = 0.0001',
    watch: 'Loss chart: like L2 the penalty narrows the gap, but L1 pulls many weights to exactly 0 (sparse weights).',
    config: { ...overfitBase, l1: 0.0001 },
    panels: curves,
    teaches: [{ lecture: 'recap-training', topic: 'L1 vs L2 regularization' }],
  },
  {
    id: 'overfit-early-stop',
    group: 'Regularization',
    label: 'Same, with early stopping (patience 5)',
    watch: 'Loss chart and banner: training stops once the validation loss has not improved for 5 epochs; the best weights come back.',
    config: { ...overfitBase, earlyStop: 5 },
    panels: curves,
    teaches: [{ lecture: 'recap-training', topic: 'Basic recipe: early stopping' }, { lecture: 'tbmi26-deep', topic: 'Regularization' }],
  },
  {
    id: 'underfit',
    group: 'Regularization',
    label: 'Too small, too short: 4 hidden units, one epoch of plain SGD',
    watch: 'Loss and accuracy charts: train and test errors are both high and close together — high bias. A bigger net, longer training or a better optimizer helps; more data would not.',
    config: { layers: [4], opt: 'sgd', lr: 0.01, epochs: 1 },
    panels: curves,
    teaches: [{ lecture: 'recap-training', topic: 'Basic recipe: high bias' }],
  },
];

export const presetById: Readonly<Record<string, Preset>> = Object.fromEntries(PRESETS.map((p) => [p.id, p]));

/** Preset groups in first-appearance order, each with its presets. */
export function presetGroups(): { group: string; presets: Preset[] }[] {
  const out: { group: string; presets: Preset[] }[] = [];
  for (const p of PRESETS) {
    const g = out.find((x) => x.group === p.group);
    if (g) g.presets.push(p);
    else out.push({ group: p.group, presets: [p] });
  }
  return out;
}

/** The next (+1) or previous (−1) preset in the same group, wrapping around; null without a preset. */
export function neighbourPreset(id: string | null, dir: 1 | -1): string | null {
  const p = id ? presetById[id] : undefined;
  if (!p) return null;
  const members = PRESETS.filter((x) => x.group === p.group);
  const i = members.indexOf(p);
  return members[(i + dir + members.length) % members.length].id;
}
