// Every catalogue id written as PyTorch. Each table is a Record over the catalogue's ids, so a new
// activation, initializer, loss, optimizer or schedule does not compile until it has a PyTorch mapping.
// Where PyTorch's own version differs from the app's rule (Layer Lab writes its optimizers by hand), the
// script gets a short explicit function instead, so the numbers follow the same formulas.
import type { ActivationId } from '../../../catalog/activations';
import type { InitializerId } from '../../../catalog/initializers';
import type { LossId } from '../../../catalog/losses';
import type { OptimizerId } from '../../../catalog/optimizers';
import type { ScheduleId } from '../../../catalog/schedules';

/** A Python expression or statement, plus a top-level helper definition it needs. */
export interface PyPart {
  code: string;
  helper?: string;
}

const MAXOUT = `class Maxout(nn.Module):
    """[batch, units·k] → [batch, units, k] (unit j owns columns j·k … j·k+k−1) → max over the k pieces."""

    def __init__(self, k):
        super().__init__()
        self.k = k

    def forward(self, x):
        return x.view(x.shape[0], -1, self.k).amax(dim=2)
`;

/** Module for a hidden layer of \`units\` outputs (\`units\` is in scope). */
export const TORCH_ACTIVATIONS: Record<ActivationId, PyPart> = {
  relu: { code: 'nn.ReLU()' },
  tanh: { code: 'nn.Tanh()' },
  sigmoid: { code: 'nn.Sigmoid()' },
  'leaky-relu': { code: 'nn.LeakyReLU(0.01)' },
  prelu: { code: 'nn.PReLU(num_parameters=units, init=0.25)  # one learned slope per unit' },
  elu: { code: 'nn.ELU(alpha=1.0)' },
  linear: { code: 'nn.Identity()' },
  swish: { code: 'nn.SiLU()' },
  softplus: { code: 'nn.Softplus()' },
  gelu: { code: 'nn.GELU(approximate="none")  # the exact erf form' },
  maxout: { code: 'Maxout(MAXOUT_K)', helper: MAXOUT },
};

/** Statements filling \`w\` in place; PyTorch stores W as [n_out, n_in], the transpose of the app's [n_in, n_out]. */
export const TORCH_INITIALIZERS: Record<InitializerId, PyPart> = {
  'he-normal': { code: 'nn.init.normal_(w, 0.0, math.sqrt(2 / n_in))  # plain normal, not truncated' },
  'xavier-normal': { code: 'nn.init.normal_(w, 0.0, math.sqrt(2 / (n_in + n_out)))' },
  zeros: { code: 'nn.init.zeros_(w)' },
  'normal-0.01': { code: 'nn.init.normal_(w, 0.0, 0.01)' },
  'normal-1': { code: 'nn.init.normal_(w, 0.0, 1.0)' },
  constant: { code: 'nn.init.constant_(w, INIT_VALUE)' },
  uniform: { code: 'nn.init.uniform_(w, -0.5, 0.5)' },
  'lecun-normal': { code: 'nn.init.normal_(w, 0.0, math.sqrt(1 / n_in))' },
  'xavier-uniform': { code: 'nn.init.uniform_(w, -math.sqrt(6 / (n_in + n_out)), math.sqrt(6 / (n_in + n_out)))' },
  // Glorot and Bengio's advice for the sigmoid: the Xavier range ×4 (no framework initializer does this).
  'xavier-uniform-sigmoid': { code: 'nn.init.uniform_(w, -4 * math.sqrt(6 / (n_in + n_out)), 4 * math.sqrt(6 / (n_in + n_out)))' },
  'he-uniform': { code: 'nn.init.uniform_(w, -math.sqrt(6 / n_in), math.sqrt(6 / n_in))' },
  orthogonal: { code: 'nn.init.orthogonal_(w)  # orthonormal along the shorter side, gain 1' },
};

/** Expression: logits \`s\` [batch, 10] and one-hot targets \`t\` [batch, 10] → the batch-mean loss. */
export const TORCH_LOSSES: Record<LossId, PyPart> = {
  'cross-entropy': { code: 'F.cross_entropy(s, t)' },
  mse: { code: 'F.mse_loss(s, t)  # mean over batch and classes' },
  // Squared error on the softmax probabilities (the lecture's vanishing-gradient case), mean over classes.
  'mse-softmax': { code: 'F.mse_loss(F.softmax(s, dim=1), t)' },
  mae: { code: 'F.l1_loss(s, t)' },
  // F.multi_margin_loss divides by the number of classes; the app's hinge sums over the wrong classes.
  hinge: { code: '(F.relu(s - (s * t).sum(1, keepdim=True) + 1) * (1 - t)).sum(1).mean()' },
  cosine: { code: '(1 - (s * t).sum(1) / torch.sqrt((s * s).sum(1) + 1e-12)).mean()' },
  // Summed over the ten one-vs-all questions, then averaged over the batch (softplus(s) − t·s per class).
  bce: { code: '(F.softplus(s) - s * t).sum(1).mean()' },
  'softmax-twice': { code: 'F.cross_entropy(F.softmax(s, dim=1), t)  # the bug, kept on purpose' },
};

/** The body of a hand-written update: \`w\` (parameter), \`g\` (gradient), \`lr\`, \`t\` (update count from 1), \`slot(name)\`. */
function handWritten(rule: string, body: string): PyPart {
  return {
    code: 'HandWritten(params)',
    helper: `class HandWritten(torch.optim.Optimizer):
    """Layer Lab's ${rule}, written out because PyTorch's version differs in detail."""

    def __init__(self, params):
        super().__init__(params, dict(lr=LR))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            lr = group["lr"]
            for w in group["params"]:
                if w.grad is None:
                    continue
                g, state = w.grad, self.state[w]
                state["t"] = t = state.get("t", 0) + 1
                slot = lambda name: state.setdefault(name, torch.zeros_like(w))  # noqa: E731
${body
  .split('\n')
  .map((l) => `                ${l}`)
  .join('\n')}
`,
  };
}

/** Expression building the optimizer over \`params\`. */
export const TORCH_OPTIMIZERS: Record<OptimizerId, PyPart> = {
  sgd: { code: 'torch.optim.SGD(params, lr=LR)' },
  // torch's momentum buffer holds Σβᵏg and multiplies by today's lr; the app's velocity holds past lr·g, which
  // differs once the schedule moves the rate.
  momentum: handWritten(
    'momentum: v ← βv − αg, w ← w + v',
    'v = slot("v")\nv.mul_(MOMENTUM).sub_(lr * g)\nw.add_(v)',
  ),
  nesterov: handWritten(
    'Nesterov momentum: v ← βv − αg, w ← w + βv − αg',
    'v = slot("v")\nv.mul_(MOMENTUM).sub_(lr * g)\nw.add_(MOMENTUM * v - lr * g)',
  ),
  adam: { code: 'torch.optim.Adam(params, lr=LR, betas=(BETA1, BETA2), eps=EPS)  # same rule and ε placement' },
  adagrad: { code: 'torch.optim.Adagrad(params, lr=LR, eps=EPS, initial_accumulator_value=0.0)' },
  rmsprop: { code: 'torch.optim.RMSprop(params, lr=LR, alpha=BETA2, eps=EPS)  # alpha is the decay (β₂ in the app)' },
  adadelta: { code: 'torch.optim.Adadelta(params, lr=LR, rho=BETA2, eps=EPS)' },
  // torch's Adamax adds ε inside the max; the app adds it to the denominator.
  adamax: handWritten(
    'AdaMax: u ← max(β₂u, |g|), w ← w − α/(1−β₁ᵗ) · m/(u + ε)',
    'm, u = slot("m"), slot("u")\nm.mul_(BETA1).add_((1 - BETA1) * g)\ntorch.maximum(BETA2 * u, g.abs(), out=u)\nw.sub_(lr / (1 - BETA1**t) * m / (u + EPS))',
  ),
};

/** Expression: α at update \`k\` (from 0), given \`spe\` (updates per epoch) and \`tau\` (τ in updates). */
export const TORCH_SCHEDULES: Record<ScheduleId, PyPart> = {
  constant: { code: 'LR' },
  step: { code: 'LR * DECAY ** (k // (spe * max(1, DECAY_EVERY)))' },
  linear: { code: '(1 - min(1, k / tau)) * LR + min(1, k / tau) * LR * LR_END' },
  cosine: { code: 'LR * LR_END + 0.5 * (LR - LR * LR_END) * (1 + math.cos(math.pi * min(1, k / tau)))' },
};
