import type { FieldName } from '../state/schema';

/** The key hyperparameters shown in the top bar (the settings panel shows the rest). */
export const TOP_FIELDS: readonly FieldName[] = ['act', 'loss', 'init', 'opt', 'lr', 'layers', 'batch', 'epochs'];
