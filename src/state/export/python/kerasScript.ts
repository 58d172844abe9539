// The Keras 3 script: the same settings and MNIST loader as the PyTorch one, a functional model, the loss,
// the optimizer and the schedule written for the current experiment, trained with model.fit on a PyDataset
// that reshuffles from the seed every epoch and drops the last partial batch, as the app does.
import type { Config } from '../../schema';
import { KERAS_ACTIVATIONS, KERAS_INITIALIZERS, KERAS_LOSSES, KERAS_OPTIMIZERS, KERAS_SCHEDULES } from './kerasMap';
import { header, mnistLoader, SCHEDULE_CONSTANTS, settingsBlock, type ScriptOptions } from './pyText';

export function kerasScript(cfg: Config, opts: ScriptOptions): string {
  const act = KERAS_ACTIVATIONS[cfg.act];
  const init = KERAS_INITIALIZERS[cfg.init];
  const loss = KERAS_LOSSES[cfg.loss];
  const opt = KERAS_OPTIMIZERS[cfg.opt];
  const sched = KERAS_SCHEDULES[cfg.sched];
  const helpers = [act.helper, init.helper, loss.helper, opt.helper, sched.helper].filter(Boolean).join('\n\n');
  const width = cfg.act === 'maxout' ? 'units * MAXOUT_K' : 'units';
  return `${header('Layer Lab experiment in Keras 3 (any backend).', opts, 'pip install keras numpy jax && python layer_lab_keras.py')}
import gzip
import hashlib
import json
import math
import os
import struct
import urllib.request

import keras
import numpy as np
from keras import layers, ops

# ---- The experiment ----
${settingsBlock(cfg)}

${mnistLoader(opts)}

# ---- The model ----
def weight_init(n_in, n_out):
    """Initializer of a kernel [n_in, n_out]."""
    return ${init.code}


def activation():
    return ${act.code}

${helpers ? `\n${helpers}\n` : ''}
def build_model():
    """784 → hidden (dense, [batch norm], activation, [dropout]) → 10 logits."""
    # L1·Σ|W| + L2·ΣW² on kernels only (biases, BN and PReLU parameters are left free).
    reg = keras.regularizers.L1L2(l1=L1, l2=L2) if (L1 > 0 or L2 > 0) else None

    def dense(n_in, n_out):
        return layers.Dense(
            n_out,
            kernel_initializer=weight_init(n_in, n_out),
            bias_initializer=keras.initializers.Constant(BIAS_INIT),
            kernel_regularizer=reg,
        )

    inputs = keras.Input((784,))
    h, n_in = inputs, 784
    for units in HIDDEN:
        width = ${width}
        h = dense(n_in, width)(h)
        if BATCH_NORM:
            h = layers.BatchNormalization(momentum=0.9, epsilon=1e-3)(h)  # as the app: 0.9·old + 0.1·batch
        h = activation()(h)
        if DROPOUT > 0:
            h = layers.Dropout(DROPOUT)(h)
        n_in = units
    return keras.Model(inputs, dense(n_in, 10)(h))


def data_loss(t, s):
    """One-hot t [batch, 10], logits s [batch, 10] → loss per example [batch]; Keras takes the batch mean."""
    return ${loss.code}


${SCHEDULE_CONSTANTS}

class Schedule(keras.optimizers.schedules.LearningRateSchedule):
    """α at update k (from 0): catalog/schedules.ts, '${cfg.sched}'."""

    def __init__(self, spe):
        self.spe, self.tau = spe, schedule_constants(spe)

    def __call__(self, step):
        k = ops.cast(step, "float32")
        return ${sched.code}

    def get_config(self):
        return {"spe": self.spe}


def make_optimizer(schedule):
    return ${opt.code}


class Batches(keras.utils.PyDataset):
    """Reshuffled from the seed every epoch; the last partial batch is dropped, as in the app."""

    def __init__(self, x, y, batch):
        super().__init__()
        self.x, self.y, self.batch = x, y, batch
        self.rng = np.random.default_rng(SEED)
        self.order = self.rng.permutation(len(x))

    def __len__(self):
        return len(self.x) // self.batch

    def __getitem__(self, i):
        idx = self.order[i * self.batch : (i + 1) * self.batch]
        return self.x[idx], self.y[idx]

    def on_epoch_end(self):
        self.order = self.rng.permutation(len(self.x))


def main():
    keras.utils.set_random_seed(SEED)
    x_train, y_train, x_test, y_test = load_mnist()
    (x_fit, y_fit), (x_val, y_val) = split_training(x_train, y_train)
    one_hot = lambda y: np.eye(10, dtype=np.float32)[y]  # noqa: E731
    batch = max(1, min(BATCH, len(x_fit)))  # never larger than the data
    data = Batches(x_fit, one_hot(y_fit), batch)
    schedule = Schedule(len(data))
    model = build_model()
    model.compile(optimizer=make_optimizer(schedule), loss=data_loss, metrics=["categorical_accuracy"])
    callbacks, validation = [], (x_test, one_hot(y_test))
    if EARLY_STOP > 0:
        validation = (x_val, one_hot(y_val))
        callbacks.append(keras.callbacks.EarlyStopping(patience=EARLY_STOP, restore_best_weights=True))
    model.fit(data, epochs=EPOCHS, validation_data=validation, callbacks=callbacks, verbose=2)
    test_loss, test_acc = model.evaluate(x_test, one_hot(y_test), batch_size=2000, verbose=0)
    print(f"final: test loss {test_loss:.4f} (with the L1/L2 penalty)  test accuracy {test_acc:.2%}")


if __name__ == "__main__":
    main()
`;
}
