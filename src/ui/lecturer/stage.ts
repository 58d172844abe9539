// Lecturer mode's one-screen layout: from the panels a preset shows to CSS grid areas. The big panel (the
// layer view, or a race's overlaid runs) takes the wide column; the charts stack beside it and share the
// height. Settings live in a drawer, so they take no cell. With the detail cards or the predictions shown
// there is more than one screen holds: null, and the page scrolls in the normal layout with large type.
import type { PanelId } from '../../state/schema';

export interface Stage {
  columns: string;
  rows: string;
  areas: string;
}

/** Panels that sit in the stage's grid, each in the grid area of the same name. */
export const STAGE_PANELS = ['layers', 'runs', 'diagnoses', 'loss', 'accuracy', 'lr'] as const;
const SIDE = ['diagnoses', 'loss', 'accuracy', 'lr'] as const;

/** Diagnoses take the lines they need; the charts share what is left. */
const rowSize = (p: PanelId) => (p === 'diagnoses' ? 'auto' : 'minmax(0, 1fr)');
const quote = (cells: readonly string[]) => `"${cells.join(' ')}"`;

export function stageLayout(shown: readonly PanelId[], mode: string): Stage | null {
  // Only the training view has a stage layout; the other modes (init lab, workbench, lecture map) are pages.
  if (mode !== 'train' || shown.includes('cards') || shown.includes('predictions')) return null;
  const side = SIDE.filter((p) => shown.includes(p));
  const big = shown.includes('layers') ? 'layers' : shown.includes('runs') ? 'runs' : null;
  if (big === null) {
    if (side.length === 0) return null;
    // Curves only: side by side in two columns, row by row.
    const rows = Array.from({ length: Math.ceil(side.length / 2) }, (_, i) => side.slice(2 * i, 2 * i + 2));
    const cols = Math.min(2, side.length);
    return {
      columns: `repeat(${cols}, minmax(0, 1fr))`,
      rows: rows.map(() => 'minmax(0, 1fr)').join(' '),
      areas: rows.map((r) => quote(r.length < cols ? [...r, '.'] : r)).join(' '),
    };
  }
  // Both big panels (a custom `hide` list): the runs join the side column.
  const rest: PanelId[] = [...side, ...(big === 'layers' && shown.includes('runs') ? (['runs'] as const) : [])];
  if (rest.length === 0) return { columns: 'minmax(0, 1fr)', rows: 'minmax(0, 1fr)', areas: quote([big]) };
  // The layer view needs the width (a column or cell per layer); a race's overlay is the main view but
  // shares more evenly with the single-run curves beside it.
  const columns = big === 'layers' ? 'minmax(0, 1.6fr) minmax(0, 1fr)' : 'minmax(0, 1fr) minmax(0, 1.3fr)';
  return {
    columns,
    rows: rest.map(rowSize).join(' '),
    areas: rest.map((p) => quote(big === 'layers' ? [big, p] : [p, big])).join(' '),
  };
}
