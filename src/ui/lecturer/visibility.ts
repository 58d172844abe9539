// Which panels are hidden: those listed in `hide`, and in lecturer mode also those the experiment does not
// show on its one screen — except the unit inspector once a unit is picked (a click on a weight image or a
// network-view unit must show what it opened).
import { presetById } from '../../state/presets';
import { PANEL_IDS, type Config, type PanelId } from '../../state/schema';

/** Lecturer mode with no preset list: the lecture's key view while training; a lab page (init lab, loss
 * workbench, lecture map) alone, without the detail panels below it. */
const TRAIN_VIEW: readonly PanelId[] = ['controls', 'layers', 'diagnoses', 'loss', 'accuracy'];
const PAGE_VIEW: readonly PanelId[] = ['controls'];

type ViewConfig = Pick<Config, 'hide' | 'present' | 'mode' | 'unit'>;

/** The panels lecturer mode shows (undefined outside it: every panel not hidden). */
export function lecturerPanels(config: ViewConfig, preset: string | null): readonly PanelId[] | undefined {
  if (!config.present) return undefined;
  const p = preset ? presetById[preset] : undefined;
  const listed = p?.panels ?? (config.mode === 'train' ? TRAIN_VIEW : PAGE_VIEW);
  // A picked unit (a click, a key, `unit=` in the link) brings the inspector that shows it.
  const shown = config.unit && !listed.includes('inspector') ? [...listed, 'inspector' as const] : listed;
  // A race's overlaid curves are the main loss and accuracy charts: the Runs panel would only repeat them.
  return p?.race ? shown.filter((id) => id !== 'runs') : shown;
}

export function hiddenPanels(config: ViewConfig, preset: string | null): PanelId[] {
  const shown = lecturerPanels(config, preset);
  return PANEL_IDS.filter((id) => config.hide.includes(id) || (shown !== undefined && !shown.includes(id)));
}

/** A panel is a `data-panel` element; the loss and accuracy charts also answer to their `data-chart`. */
export function hideCss(hidden: readonly PanelId[]): string {
  if (hidden.length === 0) return '';
  const sel = hidden.flatMap((id) => [`[data-panel="${id}"]`, `[data-chart="${id}"]`]);
  return `${sel.join(',\n')} { display: none !important; }`;
}
