// Presets that open a page other than training: the init lab as the initialization lecture runs it, and the
// loss workbench. Spread into PRESETS (presets.ts) where the groups belong.
import type { Preset } from './presetType';
import type { Config } from './schema';

// The lecture's net: 10 × 500, one forward pass of unit-Gaussian inputs, no training.
const initLab: Partial<Config> = { layers: Array(10).fill(500) as number[], mode: 'init-lab', data: 'gaussian' };

export const LAB_PRESETS: readonly Preset[] = [
  {
    id: 'init-lab-tanh-small',
    group: 'Init lab',
    label: 'Init lab: 10 × 500 tanh, N(0, 0.01²)',
    short: 'Init lab: tanh, N(0, 0.01²)',
    watch: 'Init-lab panel: the standard deviation drops about 5× per layer (0.01·√500 ≈ 0.22) until every layer outputs ~0.',
    config: { ...initLab, act: 'tanh', init: 'normal-0.01' },
    teaches: [{ lecture: 'recap-training', topic: 'Weight initialization: small random numbers' }],
  },
  {
    id: 'init-lab-tanh-large',
    group: 'Init lab',
    label: 'Init lab: 10 × 500 tanh, N(0, 1)',
    short: 'Init lab: tanh, N(0, 1)',
    watch: 'Init-lab panel: every layer\'s histogram piles up at −1 and +1; the theory line levels off with it (saturation).',
    config: { ...initLab, act: 'tanh', init: 'normal-1' },
    teaches: [{ lecture: 'recap-training', topic: 'Weight initialization: big random numbers' }],
  },
  {
    id: 'init-lab-tanh-lecun',
    group: 'Init lab',
    label: 'Init lab: 10 × 500 tanh, Var = 1/n',
    short: 'Init lab: tanh, Var = 1/n',
    watch: 'Init-lab panel: the spread shrinks slowly but stays of the same order through all 10 layers.',
    config: { ...initLab, act: 'tanh', init: 'lecun-normal' },
    teaches: [{ lecture: 'recap-training', topic: 'Xavier initialization' }],
  },
  {
    id: 'init-lab-relu-lecun',
    group: 'Init lab',
    label: 'Init lab: 10 × 500 ReLU, Var = 1/n',
    short: 'Init lab: ReLU, Var = 1/n',
    watch: 'Init-lab panel: the pre-activation variance halves at every layer; by layer 10 it is ~1/500 of layer 1.',
    config: { ...initLab, act: 'relu', init: 'lecun-normal' },
    teaches: [{ lecture: 'recap-training', topic: 'Xavier initialization with ReLU' }],
  },
  {
    id: 'init-lab-relu-he',
    group: 'Init lab',
    label: 'Init lab: 10 × 500 ReLU, He (Var = 2/n)',
    short: 'Init lab: ReLU, He',
    watch: 'Init-lab panel: the variance holds steady across all 10 layers — He undoes ReLU\'s halving of E[a²].',
    config: { ...initLab, act: 'relu', init: 'he-normal' },
    teaches: [{ lecture: 'recap-training', topic: 'He initialization' }, { lecture: 'cis522-notes', topic: 'He initialization' }],
  },
  // Worked examples
  {
    id: 'loss-workbench',
    group: 'Losses',
    label: 'Loss workbench: the lectures\' tables',
    short: 'Loss workbench',
    watch: 'Workbench panel: edit a score and every loss, probability and gradient updates; hinge\'s gradient is exactly 0 once margins hold.',
    config: { mode: 'workbench' },
    teaches: [
      { lecture: 'recap-training', topic: 'Softmax and cross-entropy: worked example' },
      { lecture: 'recap-training', topic: 'Hinge loss: worked example' },
      { lecture: 'recap-training', topic: 'Hinge vs cross-entropy' },
      { lecture: 'recap-training', topic: 'Naive losses: L2 vs L1' },
      { lecture: 'tbmi26-deep', topic: 'Sigmoid and cross-entropy balance each other' },
      { lecture: 'cis522-notes', topic: 'Losses from maximum likelihood' },
      { lecture: 'loss-summary', topic: 'Survey of loss functions' },
    ],
  },
];
