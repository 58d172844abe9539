// What a preset is: a named partial config with its teaching notes (presets.ts and labPresets.ts list them).
import type { Teaches } from './lectures';
import type { Config, PanelId } from './schema';

export interface Preset {
  id: string;
  group: string;
  label: string;
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
