// Which panels are hidden: those listed in `hide`, and in lecturer mode also those the preset does not name.
import { presetById } from '../../state/presets';
import { PANEL_IDS, type Config, type PanelId } from '../../state/schema';

export function hiddenPanels(config: Pick<Config, 'hide' | 'present'>, preset: string | null): PanelId[] {
  const shown = config.present && preset ? presetById[preset]?.panels : undefined;
  return PANEL_IDS.filter((id) => config.hide.includes(id) || (shown !== undefined && !shown.includes(id)));
}

/** A panel is a `data-panel` element; the loss and accuracy charts also answer to their `data-chart`. */
export function hideCss(hidden: readonly PanelId[]): string {
  if (hidden.length === 0) return '';
  const sel = hidden.flatMap((id) => [`[data-panel="${id}"]`, `[data-chart="${id}"]`]);
  return `${sel.join(',\n')} { display: none !important; }`;
}
