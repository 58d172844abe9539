// Which optimizer hyperparameter controls to show: only those the chosen optimizer's registry entry `uses`.
import { optimizerById, type OptimizerId } from '../../catalog/optimizers';
import type { FieldName } from '../../state/schema';

const OPTIMIZER_HYPERS: readonly FieldName[] = ['momentum', 'beta1', 'beta2', 'eps'];

export function showsField(name: FieldName, opt: OptimizerId): boolean {
  return !OPTIMIZER_HYPERS.includes(name) || (optimizerById[opt].uses as readonly string[]).includes(name);
}
