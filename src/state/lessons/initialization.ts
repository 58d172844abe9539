// Lesson: weight initialization — symmetry, then the variance argument, on the init lab (mode=init-lab:
// one forward pass of 10 × 500 layers, no training) and the layer panel.
// Lectures: CIS 522 notes and slides (zero init, Xavier, He), recap lecture 7 (small/big random, Xavier, He), TBMI26.
import type { Lesson } from './schema';

export const INITIALIZATION_LESSON: Lesson = {
  id: 'initialization',
  title: 'Weight initialization',
  summary: 'Why weights cannot start equal, and how the variance of the initial weights decides whether a deep signal survives.',
  steps: [
    {
      title: 'All weights zero',
      text:
        'Start every weight at 0. All units of a layer then compute the same function of the input, receive the same gradient ' +
        'and take the same step — forever. A small net with tanh trains for a few steps.',
      open: 'preset=zero-init&layers=32&train-size=5000',
      question: {
        prompt: 'What will the layer panel say about the units of layer 1 after training?',
        options: ['They have all become different', 'They are all still identical', 'Half of them have died'],
        answer: 1,
        checks: [
          { kind: 'diagnosis', diagnosis: 'symmetry' },
          { kind: 'layer-stat', layer: 0, stat: 'diversity', op: 'eq', value: 0, steps: 20 },
        ],
        shows: 'The diagnoses panel reports unbroken symmetry and layer 1’s "unit diversity" reads 0.',
      },
      outcome:
        'With zero weights the hidden activations are tanh(0) = 0 and the gradients that reach the hidden weights are 0 too, so ' +
        'only the biases move. Identical units stay identical: the net cannot do better than guess the most frequent digit ' +
        '(about 11 % test accuracy). Random initialization is what breaks the symmetry.',
      highlight: 'layers',
      teaches: [
        { lecture: 'cis522-slides', topic: 'Zero initialization: the symmetry problem' },
        { lecture: 'tbmi26-deep', topic: 'Initialization must break symmetry' },
      ],
    },
    {
      title: 'Small random numbers: the signal dies',
      text:
        'Ten tanh layers of 500 units, weights drawn from N(0, 0.01²), fed unit-Gaussian inputs. A unit sums 500 inputs, so its ' +
        'output’s variance is 500 · 0.01² · Var(input) = 0.05 · Var(input): each layer multiplies the spread by √0.05 ≈ 0.22.',
      formula: '\\mathrm{Var}(z^{(l)}) = n \\,\\mathrm{Var}(w)\\, \\mathrm{Var}(a^{(l-1)})',
      open: 'preset=init-lab-tanh-small',
      question: {
        prompt: 'How does the standard deviation of the activations change from layer 1 to layer 10?',
        options: ['It stays about the same', 'It shrinks by orders of magnitude, to nearly 0', 'It grows until tanh saturates'],
        answer: 1,
        checks: [{ kind: 'init-lab-std-ratio', op: 'lt', value: 0.001 }],
        shows: 'The init lab shows layer 10’s std more than 1,000× smaller than layer 1’s.',
      },
      outcome:
        'The spread shrinks about 5× per layer, so the last layers output almost exactly 0 for every input. The gradients of ' +
        'the weights are proportional to these activations, so they vanish too and the deep layers cannot learn.',
      highlight: 'init-lab',
      teaches: [{ lecture: 'recap-training', topic: 'Weight initialization: small random numbers' }],
    },
    {
      title: 'Big random numbers: saturation',
      text: 'Same net, weights from N(0, 1). Now 500 · 1 · Var(input) is huge: every pre-activation is far from 0.',
      open: 'preset=init-lab-tanh-large',
      question: {
        prompt: 'Where do the tanh activations of layer 10 end up?',
        options: ['Near 0', 'Spread evenly over (−1, 1)', 'Piled up at −1 and +1'],
        answer: 2,
        checks: [{ kind: 'init-lab-saturated', op: 'gt', value: 0.5 }],
        shows: 'The init lab reports most of layer 10’s units saturated (|a| near 1).',
      },
      outcome:
        'tanh flattens out at ±1, where its slope is nearly 0. The forward signal survives as a sign pattern, but the backward ' +
        'signal is multiplied by that tiny slope at every layer: the gradients vanish for the opposite reason.',
      highlight: 'init-lab',
      teaches: [{ lecture: 'recap-training', topic: 'Weight initialization: big random numbers' }],
    },
    {
      title: 'Xavier: Var(w) = 1/n',
      text:
        'Choose Var(w) = 1/n for a layer with n inputs. Then n · Var(w) = 1 and, where tanh is close to linear, the variance ' +
        'passes from layer to layer unchanged.',
      formula: 'w \\sim \\mathcal N\\!\\left(0, \\tfrac{1}{n_{\\text{in}}}\\right)',
      open: 'preset=init-lab-tanh-lecun',
      question: {
        prompt: 'Compared with the last two steps, what happens to the spread through 10 layers?',
        options: ['It collapses to 0', 'It saturates', 'It shrinks slowly but stays of the same order'],
        answer: 2,
        checks: [{ kind: 'init-lab-std-ratio', op: 'gt', value: 0.1 }],
        shows: 'The init lab shows layer 10’s std within 10× of layer 1’s.',
      },
      outcome:
        'tanh is slightly flatter than the identity away from 0, so the spread drifts down a little, but every layer still ' +
        'carries a usable signal. The theory line in the chart follows the measured variance.',
      highlight: 'init-lab',
      teaches: [
        { lecture: 'recap-training', topic: 'Xavier initialization' },
        { lecture: 'cis522-notes', topic: 'Xavier initialization' },
      ],
    },
    {
      title: 'Xavier with ReLU',
      text:
        'ReLU zeroes half of a symmetric input, so E[a²] is half the pre-activation variance. With Var(w) = 1/n nothing makes up ' +
        'for that half.',
      open: 'preset=init-lab-relu-lecun',
      question: {
        prompt: 'With ReLU and Var(w) = 1/n, how does the spread evolve over 10 layers?',
        options: ['It holds steady', 'It halves in variance at every layer', 'It doubles at every layer'],
        answer: 1,
        checks: [{ kind: 'init-lab-std-ratio', op: 'lt', value: 0.1 }],
        shows: 'The init lab shows layer 10’s std more than 10× smaller than layer 1’s.',
      },
      outcome:
        'Nine halvings of the variance leave 1/512 of it, a std about 20× smaller. Deep ReLU nets initialized this way start ' +
        'with a fading signal.',
      highlight: 'init-lab',
      teaches: [{ lecture: 'recap-training', topic: 'Xavier initialization with ReLU' }],
    },
    {
      title: 'He: Var(w) = 2/n',
      text: 'Double the weight variance to undo ReLU’s halving: Var(w) = 2/n. (Some slides write the std as 1/√(2n); the variance is 2/n.)',
      formula: 'w \\sim \\mathcal N\\!\\left(0, \\tfrac{2}{n_{\\text{in}}}\\right)',
      open: 'preset=init-lab-relu-he',
      question: {
        prompt: 'With He initialization, how does layer 10’s spread compare with layer 1’s?',
        options: ['About the same', 'Much smaller', 'Much larger'],
        answer: 0,
        checks: [
          { kind: 'init-lab-std-ratio', op: 'gt', value: 0.5 },
          { kind: 'init-lab-std-ratio', op: 'lt', value: 2 },
        ],
        shows: 'The init lab shows layer 10’s std within a factor of 2 of layer 1’s.',
      },
      outcome:
        'n · (2/n) · ½ = 1: the variance holds through all 10 layers. This is the default of Layer Lab for ReLU nets, and why ' +
        'the default net trains from the first step.',
      highlight: 'init-lab',
      teaches: [
        { lecture: 'recap-training', topic: 'He initialization' },
        { lecture: 'cis522-notes', topic: 'He initialization' },
      ],
    },
  ],
};
