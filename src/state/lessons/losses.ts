// Lesson: losses from maximum likelihood, worked on the loss workbench (mode=workbench), then on MNIST.
// Lectures: CIS 522 notes (losses from maximum likelihood), recap lecture 7 (softmax, hinge, L1 vs L2),
// TBMI26 (sigmoid and cross-entropy), loss summary.
import type { Lesson } from './schema';

export const LOSSES_LESSON: Lesson = {
  id: 'losses',
  title: 'Losses from maximum likelihood',
  summary: 'Where squared error, absolute error and cross-entropy come from, and what hinge loss does differently — with the lectures’ worked examples.',
  steps: [
    {
      title: 'A loss is a negative log-likelihood',
      text:
        'Treat the network as a model of p(y | x). Choosing the weights that make the training labels most probable means ' +
        'maximizing the product of p(yᵢ | xᵢ), which is the same as minimizing the sum of −log p(yᵢ | xᵢ). Each noise model ' +
        'for y gives its own loss. The loss workbench opens with the lectures’ examples.',
      formula: '\\hat\\theta = \\arg\\max_\\theta \\prod_i p(y_i \\mid x_i; \\theta) = \\arg\\min_\\theta \\sum_i -\\log p(y_i \\mid x_i; \\theta)',
      open: 'mode=workbench',
      question: {
        prompt: 'If y is the prediction plus Gaussian noise, which loss does maximum likelihood give?',
        options: ['Squared error', 'Absolute error', 'Hinge loss'],
      },
      outcome:
        'The Gaussian density is proportional to exp(−(y − f)² / 2σ²), so its negative log is (y − f)² / 2σ² plus a constant: ' +
        'squared error. With Laplace noise, density (1/2b)·exp(−|y − f| / b), the same steps give absolute error.',
      highlight: 'workbench',
      teaches: [{ lecture: 'cis522-notes', topic: 'Losses from maximum likelihood' }],
    },
    {
      title: 'Mean or median: L2 against L1',
      text:
        'The constant that minimizes the squared error of a set of numbers is their mean; the constant that minimizes the ' +
        'absolute error is their median. The workbench’s regression table shows both next to the L2 and L1 losses. Type a huge ' +
        'value into one of the targets y.',
      open: 'mode=workbench',
      question: {
        prompt: 'One target becomes an outlier. Which best constant moves?',
        options: ['The mean (L2)', 'The median (L1)', 'Both equally'],
      },
      outcome:
        'The mean follows the outlier; the median does not move. Squared error lets one large residual dominate the sum, which ' +
        'is why L1 (and Laplace noise) is called robust.',
      highlight: 'workbench',
      teaches: [{ lecture: 'recap-training', topic: 'Naive losses: L2 vs L1' }],
    },
    {
      title: 'Softmax and cross-entropy',
      text:
        'For K classes the net outputs scores s; softmax turns them into probabilities, and the categorical likelihood gives ' +
        'cross-entropy: minus the log of the probability of the right class. In the lectures’ first example the cat image ' +
        'scores 3.2 for cat, 5.1 for car and −1.7 for frog.',
      formula: 'p_k = \\frac{e^{s_k}}{\\sum_j e^{s_j}}, \\qquad L = -\\log p_{y}',
      open: 'mode=workbench',
      question: {
        prompt: 'What is the cat image’s cross-entropy (natural log)?',
        options: ['About 0.13', 'About 2.04', 'About 5.1'],
        answer: 1,
        checks: [
          { kind: 'metric', metric: 'wb-three-images-cross-entropy-0', op: 'gt', value: 2.03 },
          { kind: 'metric', metric: 'wb-three-images-cross-entropy-0', op: 'lt', value: 2.05 },
        ],
        shows: 'The workbench’s three-images table shows cross-entropy 2.04 for the cat image.',
      },
      outcome:
        'Softmax gives the cat only 13 % (car wins with 87 %), and −ln 0.13 ≈ 2.04. The loss is large because a wrong class ' +
        'scored higher; it would fall towards 0 only as the cat’s probability approaches 1.',
      highlight: 'workbench',
      teaches: [{ lecture: 'recap-training', topic: 'Softmax and cross-entropy: worked example' }],
    },
    {
      title: 'Hinge loss: only margins count',
      text:
        'The multiclass hinge (SVM) loss adds, for every wrong class, how far its score comes within a margin of 1 of the right ' +
        'class’s score. Once every wrong class is at least 1 below, the loss is exactly 0. The car image scores 1.3 / 4.9 / 2.0 ' +
        '(car is right).',
      formula: 'L = \\sum_{j \\ne y} \\max(0,\\; s_j - s_y + 1)',
      open: 'mode=workbench',
      question: {
        prompt: 'For the car image, which loss is exactly zero?',
        options: ['Hinge only', 'Cross-entropy only', 'Both', 'Neither'],
        answer: 0,
        checks: [
          { kind: 'metric', metric: 'wb-three-images-hinge-1', op: 'eq', value: 0 },
          { kind: 'metric', metric: 'wb-three-images-cross-entropy-1', op: 'gt', value: 0 },
        ],
        shows: 'The workbench shows hinge 0 and cross-entropy 0.0791 for the car image.',
      },
      outcome:
        'Car beats the others by more than 1, so every hinge term is 0 and so is its gradient: hinge is satisfied and stops ' +
        'pushing. Cross-entropy is never exactly 0 — it keeps widening the gap, since the softmax probability only approaches 1.',
      highlight: 'workbench',
      teaches: [
        { lecture: 'recap-training', topic: 'Hinge loss: worked example' },
        { lecture: 'recap-training', topic: 'Hinge vs cross-entropy' },
      ],
    },
    {
      title: 'Sigmoid with squared error or cross-entropy',
      text:
        'One sigmoid output with target 1. Squared error’s gradient with respect to z carries the sigmoid’s slope σ(1 − σ); ' +
        'cross-entropy’s log cancels it, leaving σ − y. Look at the row z = −8, an output that is confidently wrong.',
      formula: "\\frac{\\partial}{\\partial z}(\\sigma - y)^2 = 2(\\sigma - y)\\,\\sigma(1-\\sigma), \\qquad \\frac{\\partial}{\\partial z}\\big(-\\log\\sigma\\big) = \\sigma - 1",
      open: 'mode=workbench',
      question: {
        prompt: 'At z = −8, which loss gives the larger gradient?',
        options: ['Squared error', 'Cross-entropy', 'They are equal'],
        answer: 1,
        checks: [
          { kind: 'metric', metric: 'wb-sigmoid-mse-grad--8', op: 'gt', value: -0.01 },
          { kind: 'metric', metric: 'wb-sigmoid-ce-grad--8', op: 'lt', value: -0.99 },
        ],
        shows: 'The sigmoid table shows a squared-error gradient of about −0.0007 and a cross-entropy gradient of about −1 at z = −8.',
      },
      outcome:
        'The more wrong the output, the flatter the sigmoid and the weaker squared error’s push: it learns slowest exactly when ' +
        'it is most wrong. Cross-entropy’s gradient stays near −1 there. The two "balance each other".',
      highlight: 'workbench',
      teaches: [{ lecture: 'tbmi26-deep', topic: 'Sigmoid and cross-entropy balance each other' }],
    },
    {
      title: 'The same on MNIST',
      text:
        'This race trains two nets on the same batches: squared error on the softmax probabilities (at 5× the learning rate, ' +
        'which undoes its 2/K scale) against cross-entropy. Press Train and watch the comparison charts.',
      open: 'preset=mse-vs-ce&train-size=5000',
      question: {
        prompt: 'Which net reaches the higher test accuracy first?',
        options: ['Squared error on the probabilities', 'Cross-entropy', 'Neither: they track each other'],
      },
      outcome:
        'Cross-entropy pulls ahead: the softmax slope p(1 − p) in squared error’s gradient vanishes whenever a wrong class ' +
        'wins confidently, just as in the one-output table.',
      highlight: 'accuracy',
      teaches: [{ lecture: 'cis522-notes', topic: 'Losses from maximum likelihood' }],
    },
    {
      title: 'A classic bug: softmax twice',
      text:
        'A frequent mistake applies softmax to outputs that are already probabilities. The probabilities of the second softmax ' +
        'can never get far from uniform, since its inputs lie in [0, 1].',
      open: 'preset=softmax-twice&train-size=5000',
      question: {
        prompt: 'What will the loss curve do?',
        options: ['Fall towards 0 as usual', 'Level off well above 0', 'Diverge to NaN'],
      },
      outcome:
        'With inputs in [0, 1] the best the second softmax can give the right class is e/(e + 9) ≈ 0.23, so the loss cannot ' +
        'fall below −ln 0.23 ≈ 1.46. Learning crawls against that floor.',
      highlight: 'loss',
      teaches: [{ lecture: 'recap-training', topic: 'Softmax and cross-entropy' }],
    },
  ],
};
