// Lesson: activation functions — what the nonlinearity does to the forward signal and to the gradient.
// Lectures: CIS 522 notes (sigmoid, tanh, ReLU), recap lecture 7 (activation functions), loss summary (PReLU).
import type { Lesson } from './schema';

// Small nets on 5,000 images: each step trains in seconds, and the claims are checked on exactly these URLs.
const small = 'layers=32&train-size=5000';

export const ACTIVATIONS_LESSON: Lesson = {
  id: 'activations',
  title: 'Activation functions',
  summary: 'Why a network needs a nonlinearity, and how sigmoid, ReLU and leaky ReLU treat the gradient on its way back.',
  steps: [
    {
      title: 'Without a nonlinearity, depth buys nothing',
      text:
        'Every hidden layer computes an affine map and then applies the activation f to each unit. If f is the identity, ' +
        'two layers W₂(W₁x) are the single matrix W₂W₁: any stack of linear layers is one linear classifier on the pixels. ' +
        'This step trains the net with f(z) = z.',
      formula: 'a^{(l)} = f\\big(W^{(l)} a^{(l-1)} + b^{(l)}\\big)',
      open: `act=linear&${small}&epochs=1`,
      question: {
        prompt: 'A purely linear net on MNIST: what test accuracy do you expect after one epoch?',
        options: ['About 10 %, chance', 'Far above chance, but below a ReLU net', 'As high as a ReLU net'],
      },
      outcome:
        'A linear map already separates most digits (the pixels of a 1 and a 0 differ in a linear way), so accuracy climbs far ' +
        'above chance. What it cannot do is bend its decision boundaries: switch act to relu and train again to see the gap. ' +
        'The accuracy chart holds both numbers.',
      highlight: 'accuracy',
      teaches: [],
    },
    {
      title: 'Sigmoid: a slope of at most ¼',
      text:
        'The sigmoid squashes any input into (0, 1). Its derivative σ(z)(1 − σ(z)) peaks at ¼ when z = 0 and is nearly 0 ' +
        'for large |z|. Backpropagation multiplies by this slope once per layer on the way from the loss to the input. ' +
        'This net has 8 sigmoid layers of 64 units, trained with plain SGD.',
      formula: "\\sigma(z) = \\frac{1}{1+e^{-z}}, \\qquad \\sigma'(z) = \\sigma(z)\\,(1-\\sigma(z)) \\le \\tfrac14",
      open: 'preset=sigmoid-vanishing&train-size=5000',
      question: {
        prompt: 'Where will the gradient norms ‖∇W‖ be smallest?',
        options: ['Layer 1, next to the input', 'The output layer', 'About the same in every layer'],
        answer: 0,
        checks: [{ kind: 'diagnosis', diagnosis: 'vanishing' }],
        shows: 'The diagnoses panel reports vanishing gradients: layer 1’s gradient is over 100× smaller than the output layer’s.',
      },
      outcome:
        'Each sigmoid layer scales the backward signal by at most ¼, so after seven of them the first layer receives a ' +
        'gradient hundreds of times weaker than the last. The first layers barely learn, and the loss hardly moves. ' +
        'Read the ‖∇W‖ row of the layer panel from right to left.',
      highlight: 'diagnoses',
      teaches: [
        { lecture: 'recap-training', topic: 'Sigmoid activation: vanishing gradients' },
        { lecture: 'cis522-notes', topic: 'Sigmoid and tanh saturate' },
      ],
    },
    {
      title: 'ReLU: a slope of exactly 1 or 0',
      text:
        'ReLU passes positive inputs unchanged and zeroes the rest: max(0, z). For an active unit the slope is exactly 1, ' +
        'so backpropagation does not shrink the signal there. Same depth, same optimizer as before; only the activation ' +
        '(and its matching He initialization) changed.',
      formula: "\\mathrm{ReLU}(z) = \\max(0, z), \\qquad \\mathrm{ReLU}'(z) = \\begin{cases}1 & z > 0\\\\ 0 & z < 0\\end{cases}",
      open: 'preset=relu-deep&train-size=5000',
      question: {
        prompt: 'Will the diagnoses panel still report vanishing gradients?',
        options: ['Yes, as strongly as with sigmoid', 'No: layer 1’s gradient stays within 100× of the output’s'],
        answer: 1,
        checks: [{ kind: 'no-diagnosis', diagnosis: 'vanishing', steps: 60 }],
        shows: 'After 60 steps (the sigmoid net is diagnosed well before that) the diagnoses panel names no vanishing gradients.',
      },
      outcome:
        'Active ReLUs pass the gradient through at full strength, so the gradient norms stay comparable from the output back ' +
        'to layer 1 and the loss falls quickly. This is why ReLU made deep nets trainable with plain gradient descent.',
      highlight: 'layers',
      teaches: [
        { lecture: 'recap-training', topic: 'ReLU activation' },
        { lecture: 'cis522-notes', topic: 'ReLU' },
      ],
    },
    {
      title: 'Dead ReLUs',
      text:
        'A ReLU whose input is negative for every image outputs 0 and gets a gradient of 0: nothing can bring it back. ' +
        'One large update can push a unit\'s bias and weights there. This step uses Adam at a learning rate 50× its default.',
      open: `preset=dead-relu&${small}&epochs=5`,
      question: {
        prompt: 'What will the layer panel show after a few hundred steps?',
        options: ['Many units output 0 for every image (dead)', 'Units saturate at very large values', 'Nothing unusual, just faster learning'],
        answer: 0,
        checks: [{ kind: 'diagnosis', diagnosis: 'dead-relu' }],
        shows: 'The diagnoses panel reports dead ReLUs: over half of a hidden layer never fires.',
      },
      outcome:
        'The first large steps throw many units into the region z < 0 for all inputs. Their gradient is exactly 0, so no later ' +
        'step can revive them: the layer has lost most of its width for good. The "dead" row of the layer panel counts them.',
      highlight: 'diagnoses',
      teaches: [{ lecture: 'recap-training', topic: 'ReLU: dead units' }],
    },
    {
      title: 'Leaky ReLU keeps a small slope',
      text:
        'Leaky ReLU replaces the flat half by a small slope α (0.01 here): f(z) = z for z > 0 and αz otherwise. A unit pushed ' +
        'below zero still gets a gradient, just a small one. PReLU learns α instead of fixing it. Same high learning rate as before.',
      formula: 'f(z) = \\max(\\alpha z, z), \\qquad \\alpha = 0.01',
      open: `preset=leaky-relu-fix&${small}&epochs=5`,
      question: {
        prompt: 'With the same learning rate, how many units of layer 1 die?',
        options: ['About as many as with ReLU', 'None'],
        answer: 1,
        checks: [
          { kind: 'layer-stat', layer: 0, stat: 'dead', op: 'eq', value: 0, steps: 100 },
          { kind: 'no-diagnosis', diagnosis: 'dead-relu', steps: 100 },
        ],
        shows: 'After 100 steps (the ReLU net has lost most of layer 1 by then) the layer panel shows "dead 0%" for layer 1 and the diagnoses panel names no dead ReLUs.',
      },
      outcome:
        'Because the slope below zero is α rather than 0, a unit that overshoots still receives a gradient that can bring it back. ' +
        'No unit is lost, and accuracy recovers at the same learning rate that killed the ReLU net.',
      highlight: 'layers',
      teaches: [
        { lecture: 'recap-training', topic: 'Leaky ReLU' },
        { lecture: 'loss-summary', topic: 'PReLU and leaky ReLU' },
      ],
    },
    {
      title: 'Choosing an activation',
      text:
        'The rule of thumb the lectures give: ReLU first (with He initialization and a sane learning rate), leaky ReLU or PReLU ' +
        'if units die, tanh rather than sigmoid where a zero-centred squashing is needed, and sigmoid only at an output that ' +
        'must be a probability. This step opens the default net.',
      open: `${small}`,
      question: {
        prompt: 'Your own call: for a new image classifier, which would you try first?',
        options: ['Sigmoid', 'tanh', 'ReLU', 'Leaky ReLU'],
      },
      outcome:
        'ReLU is cheap, does not saturate for positive inputs and keeps gradients alive through depth; its one failure mode, ' +
        'dead units, is what leaky ReLU fixes. Try swapping the activation in the top bar and compare the runs in the Runs panel.',
      highlight: 'controls',
      teaches: [],
    },
  ],
};
