// Lesson: regularization and the training recipe — bias against variance, then L2, L1, dropout, early stopping and
// batch norm. The accuracy chart draws train and test accuracy, so the gap between them is the overfitting.
// Lectures: recap lecture 7 (recipe, L1 vs L2, early stopping), TBMI26 (regularization, dropout, batch norm).
import type { Lesson } from './schema';

// Few images and a wide net overfit in a few hundred steps.
const tiny = 'train-size=200&layers=64';

export const REGULARIZATION_LESSON: Lesson = {
  id: 'regularization',
  title: 'Regularization and the recipe',
  summary: 'Telling high bias from high variance on the accuracy chart, and what L2, L1, dropout, early stopping and batch norm do about variance.',
  steps: [
    {
      title: 'High bias: too small a model',
      text:
        'Four hidden units and one epoch of plain SGD. A model this small cannot fit even its training images. The accuracy ' +
        'chart draws test accuracy and train accuracy (on the images in use) as two lines.',
      open: 'preset=underfit&train-size=5000',
      question: {
        prompt: 'How will the train and test accuracy lines compare?',
        options: ['Train far above test', 'Both low and close together', 'Test above train'],
        answer: 1,
        checks: [{ kind: 'accuracy-gap', op: 'lt', value: 0.05, steps: 70 }],
        shows: 'After the epoch the accuracy chart shows train and test accuracy within 5 points of each other.',
      },
      outcome:
        'When train and test errors are both high and close, the model is the problem (high bias): a bigger net, longer ' +
        'training or a better optimizer helps; more data does not.',
      highlight: 'accuracy',
      teaches: [{ lecture: 'recap-training', topic: 'Basic recipe: high bias' }],
    },
    {
      title: 'High variance: memorizing 200 images',
      text:
        'Now the opposite: a 64-unit net and only 200 training images, trained by Adam for many epochs. It has far more ' +
        'weights than images.',
      open: `preset=overfit&${tiny}`,
      question: {
        prompt: 'Once train accuracy is near 100 %, where will test accuracy be?',
        options: ['Also near 100 %', 'Clearly lower: a gap of more than 10 points', 'Near chance, 10 %'],
        answer: 1,
        checks: [{ kind: 'accuracy-gap', op: 'gt', value: 0.1, steps: 300 }],
        shows: 'After 300 steps the accuracy chart shows train accuracy more than 10 points above test accuracy.',
      },
      outcome:
        'The net memorizes its 200 images, noise and all, and stops improving on new ones: train accuracy goes to 100 % while ' +
        'test accuracy stalls well below. That gap is the variance; the recipe’s answers are more data or regularization.',
      highlight: 'accuracy',
      teaches: [
        { lecture: 'recap-training', topic: 'Basic recipe: high variance' },
        { lecture: 'tbmi26-deep', topic: 'Regularization' },
      ],
    },
    {
      title: 'L2: keep the weights small',
      text:
        'L2 regularization adds λ times the sum of squared weights to the loss. Its gradient 2λw shrinks every weight towards 0 ' +
        'in proportion to its size ("weight decay"), so no single weight can grow large to fit one image.',
      formula: 'L_{\\text{reg}} = L + \\lambda \\sum_i w_i^2',
      open: 'preset=overfit-l2&train-size=200&layers=64',
      question: {
        prompt: 'Compared with the unregularized run, what happens to the test loss late in training?',
        options: ['It rises just as much', 'It rises less or levels off', 'It becomes NaN'],
      },
      outcome:
        'The penalty trades a little training fit for smaller weights and a smoother function, which narrows the gap. Compare ' +
        'with the previous run in the Runs panel.',
      highlight: 'loss',
      teaches: [{ lecture: 'recap-training', topic: 'L2 regularization' }],
    },
    {
      title: 'L1: many weights exactly zero',
      text:
        'L1 adds λ times the sum of absolute weights. Its gradient λ·sign(w) is the same size for small and large weights, so ' +
        'it pushes small weights all the way to 0: L1 makes weights sparse, L2 only makes them small.',
      formula: 'L_{\\text{reg}} = L + \\lambda \\sum_i |w_i|',
      open: 'preset=overfit-l1&train-size=200&layers=64',
      question: {
        prompt: 'Which regularizer leaves more weights at (nearly) zero?',
        options: ['L1', 'L2', 'Neither'],
      },
      outcome:
        'The layer panel’s "weights ≈ 0" row grows under L1: a constant pull towards 0 wins wherever the loss does not need a ' +
        'weight. L2’s pull fades as a weight gets small, so it rarely reaches 0.',
      highlight: 'layers',
      teaches: [{ lecture: 'recap-training', topic: 'L1 vs L2 regularization' }],
    },
    {
      title: 'Dropout',
      text:
        'Dropout switches off each hidden unit with probability p at every training step (and rescales the rest), so no unit ' +
        'can rely on particular partners. At test time all units are used. Here p = 0.5.',
      open: 'preset=overfit-dropout&train-size=200&layers=64',
      question: {
        prompt: 'What does dropout do to the training accuracy curve?',
        options: ['It rises faster', 'It rises more slowly and noisily', 'Nothing'],
      },
      outcome:
        'Training gets harder — every step trains a different thinned net — so train accuracy rises more slowly, while the gap ' +
        'to test accuracy narrows. It acts like averaging many nets.',
      highlight: 'accuracy',
      teaches: [{ lecture: 'tbmi26-deep', topic: 'Dropout' }],
    },
    {
      title: 'Early stopping',
      text:
        'Keep a validation set aside, evaluate it every epoch, and stop once its loss has not improved for a few epochs (the ' +
        'patience); then restore the best weights. Training time becomes a regularizer.',
      open: 'preset=overfit-early-stop&train-size=200&layers=64',
      question: {
        prompt: 'When will this run stop?',
        options: ['After all 100 epochs', 'A few epochs after the validation loss stops improving', 'At the first epoch'],
      },
      outcome:
        'The banner names the best epoch and the weights come back from there: the run ends near the bottom of the validation ' +
        'loss curve, before the net memorizes more.',
      highlight: 'loss',
      teaches: [{ lecture: 'recap-training', topic: 'Basic recipe: early stopping' }],
    },
    {
      title: 'Batch normalization',
      text:
        'Batch norm standardizes each unit over the minibatch, then rescales it with a learned γ and β. Every layer then sees ' +
        'inputs of a steady scale, whatever the layers before it do. This is the deep sigmoid net that barely trained in the ' +
        'activations lesson, with batch norm.',
      formula: '\\hat z = \\frac{z - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}, \\qquad y = \\gamma \\hat z + \\beta',
      open: 'preset=batchnorm-deep-sigmoid',
      question: {
        prompt: 'Will the deep sigmoid net train now?',
        options: ['Yes, the loss falls', 'No, it stays stuck as before'],
      },
      outcome:
        'Standardized inputs keep the sigmoids in their steep middle part, so the gradient survives the trip back and the loss ' +
        'falls. Batch norm also regularizes a little, because each example’s normalization depends on its batch.',
      highlight: 'loss',
      teaches: [{ lecture: 'tbmi26-deep', topic: 'Batch normalization' }],
    },
  ],
};
