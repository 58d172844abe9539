import type { FieldName } from '../state/schema';

/** The key hyperparameters shown in the top bar (the settings panel shows the rest). Six, so the bar is one
 * row at 1440 px. */
export const TOP_FIELDS: readonly FieldName[] = ['act', 'loss', 'init', 'opt', 'lr', 'layers'];
