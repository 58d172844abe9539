// Whether lecturer mode is on and, if so, the one-screen grid for the panels it shows.
import { useMemo } from 'react';
import { PANEL_IDS } from '../../state/schema';
import { useLab } from '../../state/store';
import { stageLayout, type Stage } from './stage';
import { hiddenPanels } from './visibility';

export function useStage(): { present: boolean; stage: Stage | null } {
  const present = useLab((s) => s.config.present);
  const hide = useLab((s) => s.config.hide);
  const mode = useLab((s) => s.config.mode);
  const preset = useLab((s) => s.preset);
  const unit = useLab((s) => s.config.unit);
  const stage = useMemo(() => {
    if (!present) return null;
    const hidden = hiddenPanels({ hide, present, mode, unit }, preset);
    return stageLayout(PANEL_IDS.filter((id) => !hidden.includes(id)), mode);
  }, [present, hide, mode, preset, unit]);
  return { present, stage };
}
