// Optimization: learning rates, momentum, Adam, schedules and batch sizes.
import { curves } from './presetBases';
import type { Preset } from './presetType';

export const OPTIMIZER_PRESETS: readonly Preset[] = [
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
    short: 'LR decay vs constant',
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
];
