// Lesson: optimization — the learning rate, momentum, Adam, schedules and batch size. The race presets train
// their variants side by side on the same batches, so the comparison charts show one change at a time.
// Lectures: recap lecture 7 (learning rate), TBMI26 (minibatches, decay, momentum, Adam), loss summary (Adam).
import type { Lesson } from './schema';

const small = 'layers=32&train-size=5000';

export const OPTIMIZATION_LESSON: Lesson = {
  id: 'optimization',
  title: 'Optimization',
  summary: 'How big a step to take, how to remember past steps (momentum, Adam), when to shrink the step, and how many images one step sees.',
  steps: [
    {
      title: 'A learning rate far too high',
      text:
        'Gradient descent moves every weight by −α times its gradient. The gradient is only a local slope: a step much longer ' +
        'than the region where that slope holds can land higher on the loss than it started. This net uses plain SGD at α = 5.',
      formula: 'w \\leftarrow w - \\alpha \\, \\nabla_w L',
      // The preset's own width: the 32-unit net does not overflow at α = 5 (it stalls), so the claim needs 128 × 64.
      open: 'preset=lr-too-high&train-size=5000',
      question: {
        prompt: 'What will the loss do in the first steps?',
        options: ['Fall fast', 'Jump up and become NaN', 'Stay flat'],
        answer: 1,
        checks: [{ kind: 'diagnosis', diagnosis: 'diverged' }],
        shows: 'The diagnoses panel says the run diverged at some step: the loss became NaN or infinite.',
      },
      outcome:
        'Each overshoot makes the next gradient larger, so the steps grow until the numbers overflow. The cure is a smaller ' +
        'α, typically by a factor of 10 at a time.',
      highlight: 'diagnoses',
      teaches: [{ lecture: 'recap-training', topic: 'Learning rate: too high' }],
    },
    {
      title: 'A learning rate far too low',
      text: 'Now α = 0.00001 with plain SGD, for five epochs of 5,000 images (about 390 steps).',
      open: `preset=lr-too-low&${small}&epochs=5`,
      question: {
        prompt: 'After five epochs, how far will the loss have come down?',
        options: ['Close to 0', 'Roughly halfway', 'Barely at all'],
        answer: 2,
        checks: [{ kind: 'diagnosis', diagnosis: 'loss-flat' }],
        shows: 'The diagnoses panel says the loss has barely moved over the whole run.',
      },
      outcome:
        'Each step moves the weights by a hundred-thousandth of the gradient: the loss curve is a nearly straight, nearly flat ' +
        'line. Nothing is broken, it just takes forever. Between "diverges" and "crawls" lies a window of good rates.',
      highlight: 'loss',
      teaches: [{ lecture: 'recap-training', topic: 'Learning rate: too low' }],
    },
    {
      title: 'Momentum and Adam',
      text:
        'Momentum keeps a running velocity v ← βv + ∇L and steps along v: consistent directions add up, zig-zags cancel. ' +
        'Adam keeps running means of the gradient and of its square and divides one by the root of the other, so every weight ' +
        'gets its own step size. The race trains SGD, momentum and Adam on the same batches.',
      formula: 'm \\leftarrow \\beta_1 m + (1-\\beta_1) g, \\quad v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2, \\quad w \\leftarrow w - \\alpha \\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon}',
      open: `preset=optimizer-race&${small}`,
      question: {
        prompt: 'Which will have the lowest loss early on?',
        options: ['Plain SGD', 'SGD with momentum', 'Adam'],
      },
      outcome:
        'Momentum beats plain SGD at the same α because it accumulates steps along directions the gradient keeps agreeing on. ' +
        'Adam is usually fastest early: its per-weight scaling gives rarely-updated weights larger steps.',
      highlight: 'runs',
      teaches: [
        { lecture: 'tbmi26-deep', topic: 'Momentum and Adam' },
        { lecture: 'loss-summary', topic: 'Adam' },
      ],
    },
    {
      title: 'Shrinking the step: schedules',
      text:
        'Late in training a constant α keeps the weights bouncing around the minimum, at the scale of the step. A schedule ' +
        'shrinks α over the run; here linearly to 1 % of its start, raced against a constant rate.',
      open: `preset=lr-decay&${small}`,
      question: {
        prompt: 'Which run ends with the lower, steadier loss?',
        options: ['Constant rate', 'Linear decay', 'No difference'],
      },
      outcome:
        'Large steps early make fast progress; small steps late let the weights settle instead of bouncing, so the decayed run ' +
        'usually ends lower and smoother. The learning-rate chart shows α against the step.',
      highlight: 'runs',
      teaches: [{ lecture: 'tbmi26-deep', topic: 'Learning-rate decay' }],
    },
    {
      title: 'Batch size',
      text:
        'A step averages the gradient over a minibatch of B images. A larger B gives a less noisy gradient but one step per B ' +
        'images; B = 1 is pure stochastic gradient descent. The race trains B = 1, 32 and 256 for one epoch.',
      open: 'preset=batch-size',
      question: {
        prompt: 'Which batch size gives the noisiest loss curve?',
        options: ['1', '32', '256'],
      },
      outcome:
        'Single images give the noisiest curve but the most steps per epoch; 256 gives a smooth curve but few steps, so per ' +
        'image seen it learns slowest. Minibatches in between are the usual compromise, and they use the hardware well.',
      highlight: 'runs',
      teaches: [{ lecture: 'tbmi26-deep', topic: 'Minibatches' }],
    },
  ],
};
