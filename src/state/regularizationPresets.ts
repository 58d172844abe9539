// Regularization and the training recipe: overfitting, L2/L1, dropout, early stopping, bias vs variance.
import { overfitBase, curves } from './presetBases';
import type { Preset } from './presetType';

export const REGULARIZATION_PRESETS: readonly Preset[] = [
  {
    id: 'overfit',
    group: 'Regularization',
    label: '1,000 images, wide net, no regularization',
    short: 'Overfit: 1,000 images',
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
    short: 'Same, early stopping',
    watch: 'Loss chart and banner: training stops once the validation loss has not improved for 5 epochs; the best weights come back.',
    config: { ...overfitBase, earlyStop: 5 },
    panels: curves,
    teaches: [{ lecture: 'recap-training', topic: 'Basic recipe: early stopping' }, { lecture: 'tbmi26-deep', topic: 'Regularization' }],
  },
  {
    id: 'underfit',
    group: 'Regularization',
    label: 'Too small, too short: 4 hidden units, one epoch of plain SGD',
    short: 'Underfit: 4 units, 1 epoch',
    watch: 'Loss and accuracy charts: train and test errors are both high and close together — high bias. A bigger net, longer training or a better optimizer helps; more data would not.',
    config: { layers: [4], opt: 'sgd', lr: 0.01, epochs: 1 },
    panels: curves,
    teaches: [{ lecture: 'recap-training', topic: 'Basic recipe: high bias' }],
  },
];
