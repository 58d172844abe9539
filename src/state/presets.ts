// Named experiments: each preset is a partial config over the defaults. `?preset=ID` loads one and explicit
// keys in the same URL override it. The `watch` note tells the learner which chart shows the effect.
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
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'default',
    group: 'Basics',
    label: 'Default MLP (ReLU, He, Adam)',
    watch: 'Test accuracy passes 95 % within the first epoch.',
    config: {},
  },
];

export const presetById: Readonly<Record<string, Preset>> = Object.fromEntries(PRESETS.map((p) => [p.id, p]));
