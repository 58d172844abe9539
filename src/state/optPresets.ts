// Presets of the optimization lab: optimizer paths on two-parameter surfaces (mode=paths) and the loss
// landscape of a deep net with and without batch norm (mode=landscape; their claim is checked by
// tests/unit/engine/landscapeBn.test.ts). Spread into PRESETS (presets.ts).
// Each path preset's note quotes what the lab's table lists for it (checked by tests/unit/state/optPresets).
import type { Preset } from './presetType';
import type { Config } from './schema';

const deep: Partial<Config> = {
  mode: 'landscape',
  layers: Array(8).fill(64) as number[],
  opt: 'sgd',
  lr: 0.05,
  epochs: 1,
  trainSize: 10000,
};

export const OPT_PRESETS: readonly Preset[] = [
  {
    id: 'paths-ravine-momentum',
    group: 'Optimizer lab',
    label: 'Ravine: momentum damps the zig-zag',
    short: 'Ravine: momentum',
    watch:
      'Paths panel: SGD (α = 0.09) bounces from wall to wall — its table row counts 15 reversals; momentum at the ' +
      'same effective rate (α(1−β) = 0.009, β = 0.9) reverses once and runs along the valley.',
    config: { mode: 'paths', surface: 'ravine', pathOpts: ['sgd', 'momentum'], lr: 0.09, momentum: 0.9, pathEff: true, pathSteps: 100, startX: -1.8, startY: 0.6 },
    teaches: [{ lecture: 'tbmi26-deep', topic: 'Momentum' }],
  },
  {
    id: 'paths-saddle',
    group: 'Optimizer lab',
    label: 'Saddle: plain SGD lingers, Adam leaves sooner',
    short: 'Saddle: SGD vs Adam',
    watch:
      'Paths panel: started just off the saddle, SGD creeps along the ridge and is listed leaving the saddle about ' +
      'four times later than Adam and momentum (column "Left saddle at").',
    config: { mode: 'paths', surface: 'saddle', pathOpts: ['sgd', 'momentum', 'adam'], lr: 0.02, pathSteps: 300, startX: -1.2, startY: 0.001 },
    teaches: [{ lecture: 'tbmi26-deep', topic: 'Saddle points, not local minima' }],
  },
  {
    id: 'paths-adam-scaling',
    group: 'Optimizer lab',
    label: 'Ravine: Adam rescales badly-scaled coordinates',
    short: 'Ravine: Adam rescales',
    watch:
      'Paths panel: y is 20× steeper than x, so SGD\'s first step is almost all y (x:y ≈ 0.15 in the table); Adam ' +
      'divides each coordinate by its own gradient size and its first step moves x and y equally (x:y = 1).',
    config: { mode: 'paths', surface: 'ravine', pathOpts: ['sgd', 'adam'], lr: 0.05, pathSteps: 100, startX: -1.8, startY: 0.6 },
    teaches: [{ lecture: 'tbmi26-deep', topic: 'Adam' }, { lecture: 'loss-summary', topic: 'Adam' }],
  },
  {
    id: 'landscape-deep-plain',
    group: 'Optimizer lab',
    label: 'Loss landscape: 8 × 64 ReLU net, no batch norm',
    short: 'Landscape: no batch norm',
    watch:
      'Landscape panel: train the epoch, press Compute, and read "rise at r = 0.5" (the mean loss on the ring ' +
      'half-way out minus the loss at θ). Then open the batch-norm twin (same net and seed): its rise is about a ' +
      'third lower — the loss costs less when every layer is moved at once.',
    config: { ...deep, bn: false },
  },
  {
    id: 'landscape-deep-bn',
    group: 'Optimizer lab',
    label: 'Loss landscape: 8 × 64 ReLU net with batch norm',
    short: 'Landscape: batch norm',
    watch:
      'Landscape panel: the same net with batch norm. Its "rise at r = 0.5" is about a third lower than without ' +
      '(measured ×0.6–0.7 over two seeds): batch norm damps the higher-order effects of updating all layers together.',
    config: { ...deep, bn: true },
    teaches: [{ lecture: 'tbmi26-deep', topic: 'Batch normalization' }],
  },
];
