// Human labels for enum values, taken from the registries (the catalog is tfjs-free at run time).
import { activationById } from '../../catalog/activations';
import { initializerById } from '../../catalog/initializers';
import { lossById } from '../../catalog/losses';
import { optimizerById } from '../../catalog/optimizers';
import { scheduleById } from '../../catalog/schedules';
import type { FieldName } from '../../state/schema';

const registries: Partial<Record<FieldName, Record<string, { label: string }>>> = {
  act: activationById,
  init: initializerById,
  loss: lossById,
  opt: optimizerById,
  sched: scheduleById,
};

const fixed: Record<string, string> = {
  auto: 'Auto (fastest available)',
  webgl: 'WebGL (GPU)',
  cpu: 'CPU',
  wasm: 'WebAssembly',
  train: 'Train',
  'init-lab': 'Initialization lab',
  workbench: 'Loss workbench',
  lectures: 'Lecture map (for lecturers)',
  mnist: 'MNIST images',
  gaussian: 'Unit Gaussian noise',
};

/** The panels `hide` can name. */
const panels: Record<string, string> = {
  controls: 'Settings',
  loss: 'Loss chart',
  accuracy: 'Accuracy chart',
  lr: 'Learning-rate chart',
  layers: 'Layer panel',
  diagnoses: 'Diagnoses',
  runs: 'Runs comparison',
  predictions: 'Predictions',
  weights: 'Weight images',
  cards: 'Explanation cards',
  network: 'Network view',
  inspector: 'Unit inspector',
};

export function optionLabel(field: FieldName, value: string): string {
  if (field === 'hide') return panels[value] ?? value;
  return registries[field]?.[value]?.label ?? fixed[value] ?? value;
}
