// Presets of the optimization lab's search: a learning-rate sweep, and grid against random search on the
// same budget (Bergstra & Bengio, 2012). Spread into PRESETS (presets.ts).
import type { Preset } from './presetType';

export const SEARCH_PRESETS: readonly Preset[] = [
  {
    id: 'search-lr',
    group: 'Search',
    label: 'Learning-rate sweep: 6 runs, 1e-4 … 1',
    short: 'Learning-rate sweep',
    watch: 'Search panel: accuracy rises with the learning rate, peaks, then collapses once steps overshoot; open the best row to train it.',
    config: { mode: 'search', search: 'grid', hp1: 'lr', hp1Range: [1e-4, 1], budgetRuns: 6, budgetSize: 2000, searchEpochs: 1, opt: 'sgd', layers: [32] },
    teaches: [{ lecture: 'recap-training', topic: 'Hyperparameter tuning: grid search' }],
  },
  {
    id: 'grid-vs-random',
    group: 'Search',
    label: 'Grid vs random search (Bergstra & Bengio)',
    short: 'Grid vs random search',
    watch:
      'Search panel: 9 runs each, varying the learning rate (matters) and the bias init (hardly matters). The grid tries 3 learning rates, random search 9 — and finds the better run.',
    config: {
      mode: 'search',
      search: 'both',
      hp1: 'lr',
      hp1Range: [1e-4, 1],
      hp2: 'bias-init',
      hp2Range: [-0.1, 0.1],
      budgetRuns: 9,
      budgetSize: 2000,
      searchEpochs: 1,
      opt: 'sgd',
      layers: [32],
    },
    teaches: [
      { lecture: 'recap-training', topic: 'Hyperparameter tuning: grid search' },
      { lecture: 'recap-training', topic: 'Hyperparameter tuning: random search' },
    ],
  },
];
