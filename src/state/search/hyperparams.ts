// What a hyperparameter search may vary, one entry per hyperparameter: how its values are spread (log scale
// where an order of magnitude is the natural step), whether they are whole numbers or a set of choices, and
// how a value is written into an experiment's config. A search point is then a plain list of values.
import { ACTIVATION_IDS } from '../../catalog/activations';
import { INITIALIZER_IDS } from '../../catalog/initializers';
import { FIELDS, type Config, type HpId } from '../schema';

export type HpValue = number | string;

interface HpBase {
  id: HpId;
  label: string;
}
/** A number in a range: spread evenly on a log or a linear axis; `integer` rounds (and dedupes grid values). */
export interface NumericHp extends HpBase {
  kind: 'numeric';
  scale: 'log' | 'linear';
  integer: boolean;
  /** Values the config accepts; a range is clamped into them (a log range also above 0). */
  bounds: readonly [number, number];
  apply: (config: Config, v: number) => Partial<Config>;
}
/** A choice among ids: the grid takes them in order, random search draws them uniformly. */
export interface ChoiceHp extends HpBase {
  kind: 'choice';
  options: readonly string[];
  apply: (config: Config, v: string) => Partial<Config>;
}
export type Hp = NumericHp | ChoiceHp;

const bounds = (f: { min?: number; max?: number }) => [f.min ?? 0, f.max ?? 1] as const;
/** The widths of a net with the same depth (at least one hidden layer: width needs one). */
const withWidth = (c: Config, w: number) => (c.layers.length ? c.layers.map(() => w) : [w]);

export const HYPERPARAMS: Record<HpId, Hp> = {
  lr: { id: 'lr', label: 'learning rate', kind: 'numeric', scale: 'log', integer: false, bounds: bounds(FIELDS.lr), apply: (_c, v) => ({ lr: v }) },
  batch: { id: 'batch', label: 'batch size', kind: 'numeric', scale: 'log', integer: true, bounds: bounds(FIELDS.batch), apply: (_c, v) => ({ batch: v }) },
  width: { id: 'width', label: 'hidden width', kind: 'numeric', scale: 'log', integer: true, bounds: [1, 512], apply: (c, v) => ({ layers: withWidth(c, v) }) },
  depth: {
    id: 'depth',
    label: 'hidden layers',
    kind: 'numeric',
    scale: 'linear',
    integer: true,
    bounds: [0, 10],
    apply: (c, v) => ({ layers: Array<number>(v).fill(c.layers[0] ?? 64) }),
  },
  l2: { id: 'l2', label: 'L2 coefficient', kind: 'numeric', scale: 'log', integer: false, bounds: bounds(FIELDS.l2), apply: (_c, v) => ({ l2: v }) },
  dropout: { id: 'dropout', label: 'dropout rate', kind: 'numeric', scale: 'linear', integer: false, bounds: bounds(FIELDS.dropout), apply: (_c, v) => ({ dropout: v }) },
  momentum: { id: 'momentum', label: 'momentum β', kind: 'numeric', scale: 'linear', integer: false, bounds: bounds(FIELDS.momentum), apply: (_c, v) => ({ momentum: v }) },
  'bias-init': {
    id: 'bias-init',
    label: 'bias initial value',
    kind: 'numeric',
    scale: 'linear',
    integer: false,
    bounds: bounds(FIELDS.biasInit),
    apply: (_c, v) => ({ biasInit: v }),
  },
  init: { id: 'init', label: 'initializer', kind: 'choice', options: INITIALIZER_IDS, apply: (_c, v) => ({ init: v as Config['init'] }) },
  act: { id: 'act', label: 'activation', kind: 'choice', options: ACTIVATION_IDS, apply: (_c, v) => ({ act: v as Config['act'] }) },
};

/** The config changes that set `hp` to `v` (a numeric value for a numeric hyperparameter, an id otherwise). */
export function applyHp(config: Config, hp: Hp, v: HpValue): Partial<Config> {
  return hp.kind === 'numeric' ? hp.apply(config, Number(v)) : hp.apply(config, String(v));
}
