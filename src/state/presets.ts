// Named experiments: each preset is a partial config over the defaults. `?preset=ID` loads one and explicit
// keys in the same URL override it. The `watch` note tells the learner which chart shows the effect.
// The presets live in one file per lecture topic; this list sets their order (the preset menu's and n/b's).
import { ACTIVATION_PRESETS } from './activationPresets';
import { INIT_PRESETS } from './initPresets';
import { LAB_PRESETS } from './labPresets';
import { LOSS_PRESETS } from './lossPresets';
import { OPTIMIZER_PRESETS } from './optimizerPresets';
import { OPT_PRESETS } from './optPresets';
import { SEARCH_PRESETS } from './searchPresets';
import { MAX_SHORT_LABEL, shortLabel, type Preset } from './presetType';
import { REGULARIZATION_PRESETS } from './regularizationPresets';
import { WEIGHT_PRESETS } from './weightPresets';

export type { Preset };
export { MAX_SHORT_LABEL, shortLabel };

export const PRESETS: readonly Preset[] = [
  {
    id: 'default',
    group: 'Basics',
    label: 'Default MLP (ReLU, He, Adam)',
    watch: 'Accuracy chart: test accuracy passes 95 % within the first epoch.',
    config: {},

    teaches: [{ lecture: 'tbmi26-deep', topic: 'MNIST example' }],
  },
  ...INIT_PRESETS,
  ...LAB_PRESETS,
  ...WEIGHT_PRESETS,
  ...ACTIVATION_PRESETS,
  ...LOSS_PRESETS,
  ...OPTIMIZER_PRESETS,
  ...OPT_PRESETS,
  ...SEARCH_PRESETS,
  ...REGULARIZATION_PRESETS,
];

export const presetById: Readonly<Record<string, Preset>> = Object.fromEntries(PRESETS.map((p) => [p.id, p]));

/** Preset groups in first-appearance order, each with its presets. */
export function presetGroups(): { group: string; presets: Preset[] }[] {
  const out: { group: string; presets: Preset[] }[] = [];
  for (const p of PRESETS) {
    const g = out.find((x) => x.group === p.group);
    if (g) g.presets.push(p);
    else out.push({ group: p.group, presets: [p] });
  }
  return out;
}

/** The next (+1) or previous (−1) preset in the same group, wrapping around; null without a preset. */
export function neighbourPreset(id: string | null, dir: 1 | -1): string | null {
  const p = id ? presetById[id] : undefined;
  if (!p) return null;
  const members = PRESETS.filter((x) => x.group === p.group);
  const i = members.indexOf(p);
  return members[(i + dir + members.length) % members.length].id;
}
