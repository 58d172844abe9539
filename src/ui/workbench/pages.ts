// Lecturer mode shows the loss workbench one page at a time, so each page fits a projector screen. A score
// table is two pages: its losses (per example and the mean), then its gradients ∂L/∂s — the same table (the
// same edited scores), showing one half of its rows. The desk layout shows everything at once ('all').
import { SCORE_TABLES } from '../../catalog/workbench';

export type TablePart = 'all' | 'losses' | 'grads';

export interface WorkbenchPage {
  /** Also the `data-wb-page` value tests and the tabs use. */
  id: string;
  /** The tab's text. */
  label: string;
  /** Which table: a score table's id, 'regression' or 'sigmoid'. */
  table: string;
  part: TablePart;
}

export const WORKBENCH_PAGES: readonly WorkbenchPage[] = [
  ...SCORE_TABLES.flatMap((t, i) => [
    { id: `${t.id}-losses`, label: `${i + 1}. losses`, table: t.id, part: 'losses' as const },
    { id: `${t.id}-grads`, label: `${i + 1}. ∂L/∂s`, table: t.id, part: 'grads' as const },
  ]),
  { id: 'regression', label: 'L2 vs L1', table: 'regression', part: 'all' },
  { id: 'sigmoid', label: 'Sigmoid output', table: 'sigmoid', part: 'all' },
];

/** The page `delta` steps from `index`, clamped to the ends (a stepper, not a carousel). */
export const stepPage = (index: number, delta: number) => Math.min(WORKBENCH_PAGES.length - 1, Math.max(0, index + delta));
