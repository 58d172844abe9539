// Chooses a named experiment, grouped by topic; PresetWatch shows its "what to watch" note.
import { useId } from 'react';
import { presetById, presetGroups, shortLabel } from '../../state/presets';
import { useMedia } from '../hooks/useMedia';
import { useLab } from '../../state/store';
import { presetModified } from '../../state/urlCodec';

const GROUPS = presetGroups();
/** Where the full names are cut: a phone (the select is at most the screen's width). */
const NARROW = '(max-width: 600px)';

export function PresetPicker() {
  const preset = useLab((s) => s.preset);
  const modified = useLab((s) => presetModified(s.config, s.preset));
  const applyPreset = useLab((s) => s.applyPreset);
  const id = useId();
  const narrow = useMedia(NARROW);
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Experiment</label>
      <select id={id} value={preset ?? ''} data-modified={modified ? '1' : undefined} onChange={(e) => applyPreset(e.target.value || null)} data-control="preset">
        <option value="">Custom (no preset)</option>
        {GROUPS.map((g) => (
          <optgroup key={g.group} label={g.group}>
            {g.presets.map((p) => (
              <option key={p.id} value={p.id} title={p.label}>
                {narrow ? shortLabel(p) : p.label}
                {p.id === preset && modified ? ' (modified)' : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** The preset's "what to watch" note: its own line under the top bar, so the bar stays one row. */
export function PresetWatch() {
  const preset = useLab((s) => s.preset);
  const chosen = preset ? presetById[preset] : undefined;
  if (!chosen) return null;
  return (
    <p className="preset-watch" data-preset-watch={chosen.id}>
      <strong>Watch:</strong> {chosen.watch}
    </p>
  );
}
