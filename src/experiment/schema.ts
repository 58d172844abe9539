// The experiment, declared once. Every URL key, its range and its default live in FIELDS; the URL codec,
// the presets and the controls are derived from this table. Defaults are part of the public contract too:
// a link omits a key whose value is the default, so changing a default changes old links.
import { z } from 'zod';
import { ACTIVATION_IDS } from '../catalog/activations';
import { INITIALIZER_IDS } from '../catalog/initializers';
import { LOSS_IDS } from '../catalog/losses';
import { OPTIMIZER_IDS } from '../catalog/optimizers';
import { SCHEDULE_IDS } from '../catalog/schedules';
import { SURFACE_IDS } from '../catalog/surfaces';
import { boolField, enumField, idListField, intField, intListField, numberField, rangeField, unitRefField, type Field } from './fields';

export const BACKEND_IDS = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export const PANEL_IDS = ['controls', 'loss', 'accuracy', 'lr', 'layers', 'diagnoses', 'runs', 'predictions', 'weights', 'cards', 'network', 'inspector'] as const;
export type PanelId = (typeof PANEL_IDS)[number];
/** Guided lessons (src/state/lessons/ holds one file each); 'none' is no lesson open. */
export const LESSON_IDS = ['none', 'activations', 'losses', 'initialization', 'optimization', 'regularization'] as const;
export type LessonKey = (typeof LESSON_IDS)[number];
export const MAX_LESSON_STEPS = 10;
/** Hyperparameter search: 'both' runs the grid and the random search side by side on the same budget each. */
export const SEARCH_KINDS = ['grid', 'random', 'both'] as const;
/** What a search may vary (state/search/hyperparams.ts says how each maps onto the config). */
export const HP_IDS = ['lr', 'batch', 'width', 'depth', 'l2', 'dropout', 'momentum', 'bias-init', 'init', 'act'] as const;
export type HpId = (typeof HP_IDS)[number];
export const SEARCH_METRICS = ['test-acc', 'test-loss', 'train-acc', 'train-loss'] as const;
export type SearchMetric = (typeof SEARCH_METRICS)[number];

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
  mode: enumField({ key: 'mode', label: 'Mode', group: 'run' }, ['train', 'init-lab', 'workbench', 'lectures', 'paths', 'landscape', 'search', 'lr-finder'] as const, 'train'),
  data: enumField({ key: 'data', label: 'Init-lab input', group: 'run' }, ['mnist', 'gaussian'] as const, 'mnist'),
  // Optimizer paths (mode=paths): a two-parameter surface, the racers, their start and how long they run.
  surface: enumField({ key: 'surface', label: 'Surface', group: 'run' }, SURFACE_IDS, 'ravine'),
  pathOpts: idListField({ key: 'path-opts', label: 'Racing optimizers', group: 'run' }, OPTIMIZER_IDS, ['sgd', 'momentum', 'adam']),
  pathSteps: intField({ key: 'path-steps', label: 'Steps per optimizer', group: 'run' }, 1, 1000, 100),
  startX: numberField({ key: 'start-x', label: 'Start x', group: 'run' }, -5, 5, -1.8),
  startY: numberField({ key: 'start-y', label: 'Start y', group: 'run' }, -5, 5, 0.6),
  noise: numberField({ key: 'noise', label: 'Gradient noise (std)', group: 'run' }, 0, 5, 0),
  // Momentum methods run at α(1−β), so their long-run step α/(1−β)·(1−β) = α matches plain SGD's.
  pathEff: boolField({ key: 'path-eff', label: 'Momentum at equal effective rate α(1−β)', group: 'run' }, false),
  // Hyperparameter search (mode=search): what varies, over which range, and the budget of every run.
  search: enumField({ key: 'search', label: 'Search', group: 'search' }, SEARCH_KINDS, 'grid'),
  hp1: enumField({ key: 'hp1', label: 'Hyperparameter 1', group: 'search' }, HP_IDS, 'lr'),
  hp1Range: rangeField({ key: 'hp1-range', label: 'Range 1', group: 'search' }, -5, 1024, [1e-4, 1]),
  hp2: enumField({ key: 'hp2', label: 'Hyperparameter 2', group: 'search' }, ['none', ...HP_IDS] as const, 'none'),
  hp2Range: rangeField({ key: 'hp2-range', label: 'Range 2', group: 'search' }, -5, 1024, [0, 0.5]),
  budgetRuns: intField({ key: 'budget-runs', label: 'Runs', group: 'search' }, 2, 16, 6),
  budgetSize: intField({ key: 'budget-size', label: 'Training images per run', group: 'search' }, 100, 60000, 2000),
  searchEpochs: intField({ key: 'search-epochs', label: 'Epochs per run', group: 'search' }, 1, 20, 1),
  searchMetric: enumField({ key: 'search-metric', label: 'Metric', group: 'search' }, SEARCH_METRICS, 'test-acc'),
  // View (how the page shows the experiment, not the experiment itself)
  present: boolField({ key: 'present', label: 'Lecturer mode', group: 'view' }, false),
  autoplay: boolField({ key: 'autoplay', label: 'Autoplay', group: 'view' }, false),
  hide: idListField({ key: 'hide', label: 'Hidden panels', group: 'view' }, PANEL_IDS, []),
  speed: numberField({ key: 'speed', label: 'Steps per second (0 = full speed)', group: 'view' }, 0, 100, 0),
  // A guided lesson and its step (1-based), shown beside the experiment: opening one never resets a run.
  lesson: enumField({ key: 'lesson', label: 'Lesson', group: 'view' }, LESSON_IDS, 'none'),
  step: intField({ key: 'step', label: 'Lesson step', group: 'view' }, 1, MAX_LESSON_STEPS, 1),
  // The loss landscape (mode=landscape) is a way of looking at the trained net: changing it never resets a run.
  lsGrid: intField({ key: 'ls-grid', label: 'Landscape grid (points per side)', group: 'view' }, 3, 41, 21),
  lsSpan: numberField({ key: 'ls-span', label: 'Landscape half-width (filter-normalised units)', group: 'view' }, 0.05, 5, 1),
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
