// The experiment, declared once. Every URL key, its range and its default live in FIELDS; the URL codec,
// the presets and the controls are derived from this table. Defaults are part of the public contract too:
// a link omits a key whose value is the default, so changing a default changes old links.
import { z } from 'zod';
import { ACTIVATION_IDS } from '../catalog/activations';
import { INITIALIZER_IDS } from '../catalog/initializers';
import { LOSS_IDS } from '../catalog/losses';
import { OPTIMIZER_IDS } from '../catalog/optimizers';
import { SCHEDULE_IDS } from '../catalog/schedules';
import { boolField, enumField, idListField, intField, intListField, numberField, unitRefField, type Field } from './fields';

export const BACKEND_IDS = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export const PANEL_IDS = ['controls', 'loss', 'accuracy', 'lr', 'layers', 'diagnoses', 'runs', 'predictions', 'weights', 'cards'] as const;
export type PanelId = (typeof PANEL_IDS)[number];
/** Guided lessons (src/state/lessons/ holds one file each); 'none' is no lesson open. */
export const LESSON_IDS = ['none', 'activations', 'losses', 'initialization', 'optimization', 'regularization'] as const;
export type LessonKey = (typeof LESSON_IDS)[number];
export const MAX_LESSON_STEPS = 10;

export const FIELDS = {
  // Model
  act: enumField({ key: 'act', label: 'Activation', group: 'model' }, ACTIVATION_IDS, 'relu'),
  maxoutK: intField({ key: 'maxout-k', label: 'Maxout pieces k', group: 'model' }, 2, 5, 2),
  layers: intListField(
    { key: 'layers', label: 'Hidden layer widths', group: 'model' },
    { min: 1, max: 512 },
    // 0 hidden layers (`layers=none`) is softmax regression: 784 → 10 directly.
    { min: 0, max: 10 },
    [128, 64],
    'none',
  ),
  init: enumField({ key: 'init', label: 'Weight initializer', group: 'model' }, INITIALIZER_IDS, 'he-normal'),
  initValue: numberField({ key: 'init-value', label: 'Constant init value', group: 'model' }, -5, 5, 0.05),
  biasInit: numberField({ key: 'bias-init', label: 'Bias initial value', group: 'model' }, -5, 5, 0),
  // Loss
  loss: enumField({ key: 'loss', label: 'Loss', group: 'loss' }, LOSS_IDS, 'cross-entropy'),
  // Optimization
  opt: enumField({ key: 'opt', label: 'Optimizer', group: 'optim' }, OPTIMIZER_IDS, 'adam'),
  lr: numberField({ key: 'lr', label: 'Learning rate', group: 'optim' }, 1e-6, 10, 0.001),
  momentum: numberField({ key: 'momentum', label: 'Momentum β', group: 'optim' }, 0, 0.999, 0.9),
  beta1: numberField({ key: 'beta1', label: 'β₁', group: 'optim' }, 0, 0.9999, 0.9),
  beta2: numberField({ key: 'beta2', label: 'β₂', group: 'optim' }, 0, 0.99999, 0.999),
  eps: numberField({ key: 'eps', label: 'ε', group: 'optim' }, 1e-12, 1, 1e-8),
  sched: enumField({ key: 'sched', label: 'LR schedule', group: 'optim' }, SCHEDULE_IDS, 'constant'),
  decay: numberField({ key: 'decay', label: 'Step decay factor', group: 'optim' }, 0.01, 1, 0.5),
  decayEvery: intField({ key: 'decay-every', label: 'Decay every (epochs)', group: 'optim' }, 1, 100, 1),
  lrEnd: numberField({ key: 'lr-end', label: 'Final LR (fraction of α₀)', group: 'optim' }, 0, 1, 0.01),
  tau: numberField({ key: 'tau', label: 'Decay length τ (epochs, 0 = whole run)', group: 'optim' }, 0, 200, 0),
  batch: intField({ key: 'batch', label: 'Batch size', group: 'optim' }, 1, 1024, 64),
  epochs: intField({ key: 'epochs', label: 'Epochs', group: 'optim' }, 1, 200, 5),
  // Regularization
  l2: numberField({ key: 'l2', label: 'L2 coefficient', group: 'reg' }, 0, 1, 0),
  l1: numberField({ key: 'l1', label: 'L1 coefficient', group: 'reg' }, 0, 1, 0),
  dropout: numberField({ key: 'dropout', label: 'Dropout rate', group: 'reg' }, 0, 0.95, 0),
  bn: boolField({ key: 'bn', label: 'Batch norm', group: 'reg' }, false),
  earlyStop: intField({ key: 'early-stop', label: 'Early-stop patience (0 = off)', group: 'reg' }, 0, 100, 0),
  trainSize: intField({ key: 'train-size', label: 'Training images used', group: 'reg' }, 10, 60000, 60000),
  // Run
  seed: intField({ key: 'seed', label: 'Seed', group: 'run' }, 0, 2147483647, 1),
  backend: enumField({ key: 'backend', label: 'Backend', group: 'run' }, BACKEND_IDS, 'auto'),
  mode: enumField({ key: 'mode', label: 'Mode', group: 'run' }, ['train', 'init-lab', 'workbench', 'lectures'] as const, 'train'),
  data: enumField({ key: 'data', label: 'Init-lab input', group: 'run' }, ['mnist', 'gaussian'] as const, 'mnist'),
  // View (how the page shows the experiment, not the experiment itself)
  present: boolField({ key: 'present', label: 'Lecturer mode', group: 'view' }, false),
  autoplay: boolField({ key: 'autoplay', label: 'Autoplay', group: 'view' }, false),
  hide: idListField({ key: 'hide', label: 'Hidden panels', group: 'view' }, PANEL_IDS, []),
  speed: numberField({ key: 'speed', label: 'Steps per second (0 = full speed)', group: 'view' }, 0, 100, 0),
  // A guided lesson and its step (1-based), shown beside the experiment: opening one never resets a run.
  lesson: enumField({ key: 'lesson', label: 'Lesson', group: 'view' }, LESSON_IDS, 'none'),
  step: intField({ key: 'step', label: 'Lesson step', group: 'view' }, 1, MAX_LESSON_STEPS, 1),
  // The unit open in the unit inspector (`L2:17`), so a link can point at one unit.
  unit: unitRefField({ key: 'unit', label: 'Inspected unit', group: 'view' }),
} as const;

export type FieldName = keyof typeof FIELDS;
type ValueOf<F> = F extends Field<infer T> ? T : never;
export type Config = { -readonly [K in FieldName]: ValueOf<(typeof FIELDS)[K]> };

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** The zod object for a whole config; used to validate presets and decoded URLs. */
export const ConfigSchema = z.object(
  Object.fromEntries(FIELD_NAMES.map((n) => [n, FIELDS[n].schema])) as { [K in FieldName]: z.ZodType<Config[K]> },
);

export function defaultConfig(): Config {
  return Object.fromEntries(FIELD_NAMES.map((n) => [n, structuredClone(FIELDS[n].default)])) as Config;
}

/** Fields that do not change the experiment: changing them never resets training. */
export const VIEW_FIELDS: readonly FieldName[] = FIELD_NAMES.filter((n) => FIELDS[n].group === 'view');
