// Initialization lecture: zero, too small, too large and the scaled initializers.
import { deepTanh, layersView } from './presetBases';
import type { Preset } from './presetType';

export const INIT_PRESETS: readonly Preset[] = [
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
    short: '10 × 500 tanh, Xavier',
    watch: 'Layer panels: the activation spread stays about the same in every layer — Var(w) = 1/fan-in.',
    config: { ...deepTanh, init: 'lecun-normal' },
    panels: layersView,

    teaches: [{ lecture: 'recap-training', topic: 'Xavier initialization' }, { lecture: 'cis522-notes', topic: 'Xavier initialization' }],
  },
  {
    id: 'xavier-relu',
    group: 'Initialization',
    label: '10 × 500 ReLU, "Xavier" (Var = 1/n)',
    short: '10 × 500 ReLU, Xavier',
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
];
