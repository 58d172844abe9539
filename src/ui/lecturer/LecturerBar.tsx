// Controls for teaching: lecturer mode on/off and the shortcuts help (top bar); the training speed (settings).
import { useId } from 'react';
import { useLab } from '../../state/store';
import { IconLabel } from '../controls/Icon';

/** Steps per second; 0 is full speed. One step a second lets a class follow each update. */
const SPEEDS = [0, 20, 5, 2, 1, 0.5] as const;

export function SpeedControl() {
  const speed = useLab((s) => s.config.speed);
  const setConfig = useLab((s) => s.setConfig);
  const id = useId();
  const options: number[] = SPEEDS.includes(speed as (typeof SPEEDS)[number]) ? [...SPEEDS] : [...SPEEDS, speed];
  return (
    <span className="speed-control">
      <label htmlFor={id} className="caption-note">
        Speed
      </label>
      <select id={id} value={speed} onChange={(e) => setConfig({ speed: Number(e.target.value) })} data-control="speed">
        {options.map((s) => (
          <option key={s} value={s}>
            {s === 0 ? 'Full speed' : `${s} step${s === 1 ? '' : 's'}/s`}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Lecturer mode on/off and the shortcuts help. (The speed control sits with the settings.) */
export function LecturerBar() {
  const present = useLab((s) => s.config.present);
  const setConfig = useLab((s) => s.setConfig);
  return (
    <div className="lecturer-bar" role="group" aria-label="Presentation">
      <button type="button" aria-pressed={present} onClick={() => setConfig({ present: !present })} title="Lecturer mode (p)" data-action="present">
        <IconLabel icon="present">Lecturer mode</IconLabel>
      </button>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => window.dispatchEvent(new Event('layer-lab:shortcuts'))}
        data-action="shortcuts"
      >
        ?
      </button>
    </div>
  );
}
