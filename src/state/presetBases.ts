// Shared bases of the topic preset files, so the pairs a lecture contrasts differ only in the field the lecture
// is about, and the panel sets a topic shows.
import type { Config, PanelId } from './schema';

export const deepTanh: Partial<Config> = { act: 'tanh', layers: Array(10).fill(500) as number[], opt: 'sgd', lr: 0.01, epochs: 1 };
export const deep8: Partial<Config> = { layers: Array(8).fill(64) as number[], opt: 'sgd', lr: 0.1, epochs: 2 };
export const overfitBase: Partial<Config> = { trainSize: 1000, layers: [512, 512], epochs: 100, batch: 32, opt: 'adam', lr: 0.001 };
// The comparison panel shows a race's overlaid runs, so curve-centred presets keep it.
export const curves = ['controls', 'loss', 'accuracy', 'runs'] as const satisfies readonly PanelId[];
export const layersView = ['controls', 'layers', 'diagnoses', 'loss'] as const satisfies readonly PanelId[];
