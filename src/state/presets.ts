// Named experiments: each preset is a partial config over the defaults. `?preset=ID` loads one and explicit
// keys in the same URL override it. The `watch` note tells the learner which chart shows the effect.
import type { Config, PanelId } from './schema';

export interface Preset {
  id: string;
  group: string;
  label: string;
  /** What to look at, in one or two sentences. */
  watch: string;
  config: Partial<Config>;
  /** Panels that matter in lecturer mode; all panels when absent. */
  panels?: readonly PanelId[];
  /** A race: these overrides of `config` run one after another on the same seed, overlaid in the comparison. */
  race?: readonly Partial<Config>[];
}

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
  },
  // Initialization lecture
  {
    id: 'zero-init',
    group: 'Initialization',
    label: 'All weights zero',
    watch: 'Layer panels: every unit of a layer has the same activation; the accuracy chart stays near 11 %.',
    config: { init: 'zeros', act: 'tanh', opt: 'sgd', lr: 0.1, epochs: 1 },
    panels: ['controls', 'layers', 'accuracy'],
  },
  {
    id: 'small-random-tanh',
    group: 'Initialization',
    label: '10 × 500 tanh, N(0, 0.01)',
    watch: 'Layer panels: activation histograms shrink to a spike at 0 layer by layer — the signal collapses.',
    config: { ...deepTanh, init: 'normal-0.01' },
    panels: layersView,
  },
  {
    id: 'large-random-tanh',
    group: 'Initialization',
    label: '10 × 500 tanh, N(0, 1)',
    watch: 'Layer panels: activations pile up at −1 and +1 (saturated), so the gradients vanish.',
    config: { ...deepTanh, init: 'normal-1' },
    panels: layersView,
  },
  {
    id: 'xavier-tanh',
    group: 'Initialization',
    label: '10 × 500 tanh, "Xavier" (Var = 1/n)',
    watch: 'Layer panels: the activation spread stays about the same in every layer — Var(w) = 1/fan-in.',
    config: { ...deepTanh, init: 'lecun-normal' },
    panels: layersView,
  },
  {
    id: 'xavier-relu',
    group: 'Initialization',
    label: '10 × 500 ReLU, "Xavier" (Var = 1/n)',
    watch: 'Layer panels: with ReLU the activation variance halves at each layer, so deep layers fade.',
    config: { ...deepTanh, act: 'relu', init: 'lecun-normal' },
    panels: layersView,
  },
  {
    id: 'he-relu',
    group: 'Initialization',
    label: '10 × 500 ReLU, He',
    watch: 'Layer panels: He doubles the variance (2/fan-in) to undo ReLU’s halving; the spread holds.',
    config: { ...deepTanh, act: 'relu', init: 'he-normal' },
    panels: layersView,
  },
  // Gradients and activations
  {
    id: 'sigmoid-vanishing',
    group: 'Gradients',
    label: '8 × 64 sigmoid',
    watch: 'Layer panels: gradient norms shrink by ~4× per layer towards the input; the loss chart barely moves.',
    config: { ...deep8, act: 'sigmoid', init: 'xavier-normal' },
    panels: layersView,
  },
  {
    id: 'relu-deep',
    group: 'Gradients',
    label: '8 × 64 ReLU',
    watch: 'Layer panels: gradient norms stay comparable across layers; the loss chart falls quickly.',
    config: { ...deep8, act: 'relu', init: 'he-normal' },
    panels: layersView,
  },
  {
    id: 'batchnorm-deep-sigmoid',
    group: 'Gradients',
    label: '8 × 64 sigmoid + batch norm',
    watch: 'Loss chart: with batch norm the deep sigmoid net trains; compare with sigmoid-vanishing.',
    config: { ...deep8, act: 'sigmoid', init: 'xavier-normal', bn: true },
    panels: layersView,
  },
  {
    id: 'dead-relu',
    group: 'Gradients',
    label: 'Dead ReLUs (learning rate too high)',
    // Measured: within a few hundred steps ~90 % of layer 1 and ~80 % of layer 2 never fire again.
    watch: 'Diagnoses and layer panels: large early steps push most units to output 0 for every input; they never recover.',
    config: { act: 'relu', opt: 'adam', lr: 0.05, epochs: 2 },
    panels: layersView,
  },
  {
    id: 'leaky-relu-fix',
    group: 'Gradients',
    label: 'Same, with leaky ReLU',
    watch: 'Diagnoses and layer panels: leaky units keep a small gradient, so none die; accuracy recovers.',
    config: { act: 'leaky-relu', opt: 'adam', lr: 0.05, epochs: 2 },
    panels: layersView,
  },
  // Losses
  {
    id: 'hinge-vs-ce',
    group: 'Losses',
    label: 'Multiclass hinge vs cross-entropy',
    watch: 'Comparison charts: hinge loss reaches 0 once margins hold and stops improving; cross-entropy keeps pushing.',
    config: { loss: 'hinge', epochs: 2 },
    race: [{ loss: 'hinge' }, { loss: 'cross-entropy' }],
    panels: curves,
  },
  {
    id: 'softmax-twice',
    group: 'Losses',
    label: 'The double-softmax bug',
    watch: 'Loss chart: the loss cannot fall below ~1.46 because probabilities are squashed twice; learning crawls.',
    config: { loss: 'softmax-twice', epochs: 2 },
    panels: curves,
  },
  {
    id: 'mse-vs-ce',
    group: 'Losses',
    label: 'MSE vs cross-entropy for classification',
    watch: 'Comparison charts: MSE on softmax outputs learns more slowly — its gradient vanishes when wrong and confident.',
    config: { loss: 'mse', opt: 'sgd', lr: 0.1, epochs: 2 },
    race: [{ loss: 'mse' }, { loss: 'cross-entropy' }],
    panels: curves,
  },
  // Optimization
  {
    id: 'lr-too-high',
    group: 'Optimization',
    label: 'Learning rate too high',
    watch: 'Loss chart: the loss jumps up and becomes NaN within a few steps (a "Diverged" notice appears).',
    config: { opt: 'sgd', lr: 5, epochs: 1 },
    panels: curves,
  },
  {
    id: 'lr-too-low',
    group: 'Optimization',
    label: 'Learning rate too low',
    watch: 'Loss chart: the loss crawls down almost linearly; after an epoch accuracy is still poor.',
    config: { opt: 'sgd', lr: 0.00001, epochs: 1 },
    panels: curves,
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
  },
  {
    id: 'lr-decay',
    group: 'Optimization',
    label: 'Linear decay to 1 % vs constant',
    watch: 'Comparison charts: with decay the loss settles lower in the last epochs instead of bouncing.',
    config: { opt: 'sgd', lr: 0.1, sched: 'linear', lrEnd: 0.01, epochs: 3 },
    race: [{ sched: 'linear' }, { sched: 'constant' }],
    panels: curves,
  },
  {
    id: 'batch-size',
    group: 'Optimization',
    label: 'Batch size 1 vs 32 vs 256',
    watch: 'Comparison charts: single examples give a noisy loss, 256 a smooth but slow one per example seen.',
    config: { opt: 'sgd', lr: 0.01, batch: 32, trainSize: 5000, epochs: 1 },
    race: [{ batch: 1 }, { batch: 32 }, { batch: 256 }],
    panels: curves,
  },
  // Regularization
  {
    id: 'overfit',
    group: 'Regularization',
    label: '1,000 images, wide net, no regularization',
    watch: 'Loss and accuracy charts: train loss goes to ~0 while test loss turns up — the generalization gap.',
    config: { ...overfitBase },
    panels: curves,
  },
  {
    id: 'overfit-dropout',
    group: 'Regularization',
    label: 'Same, with dropout 0.5',
    watch: 'Loss chart: the gap between train and test loss narrows compared with overfit.',
    config: { ...overfitBase, dropout: 0.5 },
    panels: curves,
  },
  {
    id: 'overfit-l2',
    group: 'Regularization',
    label: 'Same, with L2 = 0.001',
    watch: 'Loss chart: test loss stops rising; the penalty term keeps weights small.',
    config: { ...overfitBase, l2: 0.001 },
    panels: curves,
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
