// What a preset is: a named partial config with its teaching notes (presets.ts and labPresets.ts list them).
import type { Teaches } from './lectures';
import type { Config, PanelId } from './schema';

export interface Preset {
  id: string;
  group: string;
  label: string;
  /** The picker's name on a phone (≤ MAX_SHORT_LABEL characters); needed when `label` is longer. */
  short?: string;
  /** What to look at, in one or two sentences. */
  watch: string;
  config: Partial<Config>;
  /** Panels that matter in lecturer mode; all panels when absent. */
  panels?: readonly PanelId[];
  /** A race: these overrides of `config` train side by side (same seed, same batches), overlaid on the main charts. */
  race?: readonly Partial<Config>[];
  /** The lecture topics it shows; the lecture map is generated from these. */
  teaches?: readonly Teaches[];
}

/** A phone's preset picker (390 px wide) shows about this many characters before cutting the name. */
export const MAX_SHORT_LABEL = 28;

/** The name a narrow preset picker shows. */
export const shortLabel = (p: Pick<Preset, 'label' | 'short'>): string => p.short ?? p.label;
