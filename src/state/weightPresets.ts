// Presets about what the first layer learns, each pointing at the weight images. Spread into PRESETS.
import type { Preset } from './presetType';
import type { Config, PanelId } from './schema';

const imagesView = ['controls', 'weights', 'loss', 'accuracy'] as const satisfies readonly PanelId[];
// One hidden layer of 64: few enough images to see at once, and each run takes seconds.
const oneLayer: Partial<Config> = { layers: [64], epochs: 2 };

export const WEIGHT_PRESETS: readonly Preset[] = [
  {
    id: 'softmax-regression',
    group: 'What the net learns',
    label: 'No hidden layer: softmax regression',
    short: 'No hidden layer (softmax)',
    watch: 'Weight-images panel: the ten output columns become class templates — a blurred 0, 1, 2 … in red, with blue where other digits put ink. One epoch passes 90 % test accuracy.',
    config: { layers: [], epochs: 1 },
    panels: imagesView,
    teaches: [{ lecture: 'tbmi26-deep', topic: 'What does the net learn?' }],
  },
  {
    id: 'weights-symmetry',
    group: 'What the net learns',
    label: 'All weights equal: the units stay identical',
    short: 'Equal weights: symmetry',
    watch: 'Weight-images panel: every unit shows the same picture, step after step ("1 different image") — equal weights get equal gradients, so symmetry is never broken.',
    config: { ...oneLayer, init: 'constant', initValue: 0.01, act: 'tanh', opt: 'sgd', lr: 0.1 },
    panels: imagesView,
    teaches: [{ lecture: 'cis522-slides', topic: 'Zero initialization: the symmetry problem' }],
  },
  {
    id: 'weights-l1',
    group: 'What the net learns',
    label: 'L1 penalty: sparse first-layer weights',
    short: 'L1: sparse weights',
    watch: 'Weight-images panel: compare with the L2 preset — L1 leaves sparse, speckled images: after 600 steps about 70 % of the weights are white (the figure under the caption: within 5 % of 0 on the scale), against about 40 % with L2 and 16 % with neither.',
    config: { ...oneLayer, l1: 0.0005 },
    panels: imagesView,
    teaches: [{ lecture: 'recap-training', topic: 'L1 vs L2 regularization' }],
  },
  {
    id: 'weights-l2',
    group: 'What the net learns',
    label: 'L2 penalty: small, smooth first-layer weights',
    short: 'L2: smooth weights',
    watch: 'Weight-images panel: compare with the L1 preset — L2 shrinks every weight in proportion, so the images are smoother and fewer weights sit at 0: after 600 steps neighbouring pixels agree about 0.38 (0.16 with no penalty) and about 40 % of the weights are white (70 % with L1).',
    config: { ...oneLayer, l2: 0.005 },
    panels: imagesView,
    teaches: [{ lecture: 'recap-training', topic: 'L1 vs L2 regularization' }],
  },
  {
    id: 'weights-dropout',
    group: 'What the net learns',
    label: 'Dropout: smoother first-layer features',
    short: 'Dropout: smoother features',
    // Measured (weightPresets.test.ts): neighbour agreement 0.26 at step 1,800 (0.17 with dropout 0); the share
    // of white weights and the images' spread over the digit area barely change.
    watch: 'Weight-images panel: with dropout 0.5 every unit must be useful while others are dropped, and on these 1,000 training images its image comes out smoother: after 1,800 steps neighbouring pixels agree about 0.26 (the figure under the caption), against about 0.17 with dropout set to 0.',
    config: { layers: [64], trainSize: 1000, epochs: 120, dropout: 0.5 },
    panels: imagesView,
    teaches: [{ lecture: 'tbmi26-deep', topic: 'Dropout' }],
  },
  {
    id: 'weights-lr-high',
    group: 'What the net learns',
    label: 'Learning rate too high: lurching and dying features',
    short: 'LR too high: dying features',
    // Measured (weightPresets.test.ts): at step 300, 33 of 64 units frozen; the others move ~13 % of their norm
    // per 20 steps (3.3×), against ~4 % at α = 0.001 with 2 units frozen.
    watch: 'Weight-images panel: with α = 0.01 (10× the default) about half the units die within a few hundred steps and are flagged ❄ frozen, while the living ones lurch, changing about 3.5× as much between two images as at α = 0.001.',
    config: { ...oneLayer, lr: 0.01 },
    panels: imagesView,
    teaches: [{ lecture: 'recap-training', topic: 'Learning rate: too high' }],
  },
];
