// The PyTorch script: settings, the MNIST loader, the MLP, the loss, the optimizer and the schedule written
// for the current experiment, then a plain training loop (seeded reshuffle every epoch, last partial batch
// dropped, L1/L2 added to the mean data loss, test loss and accuracy after each epoch).
import type { Config } from '../../schema';
import { header, mnistLoader, SCHEDULE_CONSTANTS, settingsBlock, type ScriptOptions } from './pyText';
import { TORCH_ACTIVATIONS, TORCH_INITIALIZERS, TORCH_LOSSES, TORCH_OPTIMIZERS, TORCH_SCHEDULES } from './torchMap';

export function pytorchScript(cfg: Config, opts: ScriptOptions): string {
  const act = TORCH_ACTIVATIONS[cfg.act];
  const init = TORCH_INITIALIZERS[cfg.init];
  const loss = TORCH_LOSSES[cfg.loss];
  const opt = TORCH_OPTIMIZERS[cfg.opt];
  const sched = TORCH_SCHEDULES[cfg.sched];
  const helpers = [act.helper, init.helper, loss.helper, opt.helper, sched.helper].filter(Boolean).join('\n\n');
  const width = cfg.act === 'maxout' ? 'units * MAXOUT_K' : 'units';
  return `${header('Layer Lab experiment in PyTorch.', opts, 'pip install torch numpy && python layer_lab_pytorch.py')}
import gzip
import hashlib
import json
import math
import os
import struct
import urllib.request

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

# ---- The experiment ----
${settingsBlock(cfg)}

${mnistLoader(opts)}

# ---- The model ----
def init_weight_(w):
    """W of a dense layer, [n_out, n_in] in PyTorch (the app's W is its transpose)."""
    n_out, n_in = w.shape
    ${init.code}


def activation(units):
    """The hidden activation of a layer of \`units\` outputs."""
    return ${act.code}

${helpers ? `\n${helpers}\n` : ''}
class Mlp(nn.Module):
    """784 → hidden (dense, [batch norm], activation, [dropout]) → 10 logits."""

    def __init__(self):
        super().__init__()
        blocks, n_in = [], 784
        for units in HIDDEN:
            width = ${width}
            blocks.append(self.dense(n_in, width))
            if BATCH_NORM:
                # The app: ε = 1e-3, moving averages 0.9·old + 0.1·batch (PyTorch's running variance is
                # the unbiased one; the app's is the biased one; it only matters at test time).
                blocks.append(nn.BatchNorm1d(width, eps=1e-3, momentum=0.1))
            blocks.append(activation(units))
            if DROPOUT > 0:
                blocks.append(nn.Dropout(DROPOUT))
            n_in = units
        self.hidden = nn.Sequential(*blocks)
        self.out = self.dense(n_in, 10)

    @staticmethod
    def dense(n_in, n_out):
        layer = nn.Linear(n_in, n_out)
        init_weight_(layer.weight)
        nn.init.constant_(layer.bias, BIAS_INIT)
        return layer

    def weights(self):
        """The weight matrices: what L1/L2 penalise (biases, BN and PReLU parameters are left free)."""
        return [m.weight for m in self.modules() if isinstance(m, nn.Linear)]

    def forward(self, x):
        return self.out(self.hidden(x))


def data_loss(s, t):
    """Logits s [batch, 10], one-hot t [batch, 10] → mean loss over the batch."""
    return ${loss.code}


def penalty(model):
    total = 0.0
    for w in model.weights():
        if L2 > 0:
            total = total + L2 * w.square().sum()
        if L1 > 0:
            total = total + L1 * w.abs().sum()
    return total


def make_optimizer(params):
    return ${opt.code}


${SCHEDULE_CONSTANTS}

def learning_rate(k, spe, tau):
    """α at update k (from 0): catalog/schedules.ts, '${cfg.sched}'."""
    return ${sched.code}


@torch.no_grad()
def evaluate(model, x, y, chunk=2000):
    model.eval()
    loss_sum, correct = 0.0, 0
    for i in range(0, len(x), chunk):
        s = model(x[i : i + chunk])
        t = F.one_hot(y[i : i + chunk], 10).float()
        loss_sum += data_loss(s, t).item() * len(s)
        correct += (s.argmax(1) == y[i : i + chunk]).sum().item()
    model.train()
    return loss_sum / len(x), correct / len(x)


def main():
    torch.manual_seed(SEED)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    x_train, y_train, x_test, y_test = load_mnist()
    (x_fit, y_fit), (x_val, y_val) = split_training(x_train, y_train)
    as_t = lambda a: torch.from_numpy(a).to(device)  # noqa: E731
    x_fit, y_fit, x_val, y_val, x_test, y_test = map(as_t, (x_fit, y_fit, x_val, y_val, x_test, y_test))
    batch = max(1, min(BATCH, len(x_fit)))  # never larger than the data
    spe = len(x_fit) // batch  # the last partial batch of an epoch is dropped
    tau = schedule_constants(spe)
    model = Mlp().to(device)
    optimizer = make_optimizer(model.parameters())
    # LambdaLR multiplies the base rate LR; the schedule gives α itself, so divide.
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda k: learning_rate(k, spe, tau) / LR)
    order_rng = torch.Generator().manual_seed(SEED)
    best, best_state, waited = math.inf, None, 0
    for epoch in range(1, EPOCHS + 1):
        order = torch.randperm(len(x_fit), generator=order_rng).to(device)
        for i in range(spe):
            idx = order[i * batch : (i + 1) * batch]
            s = model(x_fit[idx])
            loss = data_loss(s, F.one_hot(y_fit[idx], 10).float()) + penalty(model)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
        test_loss, test_acc = evaluate(model, x_test, y_test)
        print(f"epoch {epoch}: train loss {loss.item():.4f}  test loss {test_loss:.4f}  test accuracy {test_acc:.2%}")
        if EARLY_STOP > 0:
            val_loss, _ = evaluate(model, x_val, y_val)
            if val_loss < best:
                best, waited = val_loss, 0
                best_state = {k: v.clone() for k, v in model.state_dict().items()}
            else:
                waited += 1
                if waited >= EARLY_STOP:
                    model.load_state_dict(best_state)
                    print(f"early stop: validation loss has not improved for {EARLY_STOP} epochs; best weights restored")
                    break
    test_loss, test_acc = evaluate(model, x_test, y_test)
    print(f"final: test loss {test_loss:.4f}  test accuracy {test_acc:.2%}")


if __name__ == "__main__":
    main()
`;
}
