// Losses: the lecture's comparisons of squared error, hinge and cross-entropy.
import { curves } from './presetBases';
import type { Preset } from './presetType';

export const LOSS_PRESETS: readonly Preset[] = [
  {
    id: 'hinge-vs-ce',
    group: 'Losses',
    label: 'Multiclass hinge vs cross-entropy',
    short: 'Hinge vs cross-entropy',
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
    short: 'MSE vs cross-entropy',
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
];
