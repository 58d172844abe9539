// Lecturer mode's one-screen layout: from the panels a preset shows to CSS grid areas. The big panel (the
// layer view, or a race's overlaid runs) takes the wide column; the charts stack beside it and share the
// height. Settings live in a drawer, so they take no cell. With the detail cards or the predictions shown
// (or the network view or unit inspector) there is more than one screen holds: null, and the page scrolls
// in the normal layout with large type.
import type { PanelId } from '../../state/schema';

export interface Stage {
  columns: string;
  rows: string;
  areas: string;
}

/** Panels that sit in the stage's grid, each in the grid area of the same name. */
export const STAGE_PANELS = ['layers', 'runs', 'weights', 'diagnoses', 'loss', 'accuracy', 'lr'] as const;
const SIDE = ['diagnoses', 'loss', 'accuracy', 'lr'] as const;

/** Diagnoses take the lines they need; the charts share what is left, the weight images a larger share. */
const rowSize = (p: PanelId) => (p === 'diagnoses' ? 'auto' : p === 'weights' ? 'minmax(0, 1.5fr)' : 'minmax(0, 1fr)');
const quote = (cells: readonly string[]) => `"${cells.join(' ')}"`;

export function stageLayout(shown: readonly PanelId[], mode: string): Stage | null {
  // Only the training view has a stage layout; the other modes (init lab, workbench, lecture map) are pages.
  if (mode !== 'train' || (['cards', 'predictions', 'network', 'inspector'] as const).some((p) => shown.includes(p))) return null;
  const side = SIDE.filter((p) => shown.includes(p));
  const big = (['layers', 'runs', 'weights'] as const).find((p) => shown.includes(p)) ?? null;
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
  // Other big panels (a preset with layers and weight images, or a custom `hide` list) join the side column.
  const others = (['runs', 'weights'] as const).filter((p) => p !== big && shown.includes(p));
  const rest: PanelId[] = [...side, ...others];
  if (rest.length === 0) return { columns: 'minmax(0, 1fr)', rows: 'minmax(0, 1fr)', areas: quote([big]) };
  // The layer view and the weight images need the width (a column per layer, a grid of pictures); the runs'
  // overlay shares more evenly with the single-run curves beside it.
  const columns = big === 'runs' ? 'minmax(0, 1fr) minmax(0, 1.3fr)' : 'minmax(0, 1.6fr) minmax(0, 1fr)';
  return {
    columns,
    rows: rest.map(rowSize).join(' '),
    areas: rest.map((p) => quote(big === 'runs' ? [p, big] : [big, p])).join(' '),
  };
}
