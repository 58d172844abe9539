// Gradients and activations: vanishing gradients, dead and leaky ReLUs, saturation.
import { deep8, layersView } from './presetBases';
import type { Preset } from './presetType';

export const ACTIVATION_PRESETS: readonly Preset[] = [
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
    short: 'Dead ReLUs (high LR)',
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
];
