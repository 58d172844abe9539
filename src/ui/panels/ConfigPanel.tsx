// Every experiment setting, grouped as in the lectures; the controls come from the schema, and only the
// settings that matter for the current choices are shown. In lecturer mode the panel is a drawer over the
// page, closed until asked for, and also holds the key fields the slimmer top bar leaves out. The speed and
// the link sit here in both modes.
import type { FieldGroup } from '../../state/schema';
import { FIELD_NAMES, FIELDS } from '../../state/schema';
import { selectConfig, useLab } from '../../state/store';
import { FieldControl } from '../controls/FieldControl';
import { isRelevant } from '../controls/relevance';
import { SpeedControl } from '../lecturer/LecturerBar';
import { TOP_FIELDS } from '../topFields';
import { CopyLink } from './CopyLink';
import { LessonPicker } from '../lessons/LessonPicker';

const GROUPS: [FieldGroup, string][] = [
  ['model', 'Network'],
  ['loss', 'Loss'],
  ['optim', 'Optimization'],
  ['reg', 'Regularization'],
  ['run', 'Run'],
];

interface Props {
  /** Lecturer mode: a drawer with every field, shown only while `open`. */
  drawer?: boolean;
  open?: boolean;
  onClose?: () => void;
}

export function ConfigPanel({ drawer = false, open = false, onClose }: Props) {
  const config = useLab(selectConfig);
  if (drawer && !open) return null;
  return (
    <section
      id="settings"
      className={drawer ? 'panel config drawer' : 'panel config'}
      aria-label="Experiment settings"
      data-panel="controls"
      onKeyDown={(e) => {
        if (drawer && e.key === 'Escape') onClose?.();
      }}
    >
      {drawer && (
        <div className="drawer-head">
          <h2>Settings</h2>
          <button type="button" onClick={onClose} autoFocus data-action="close-settings">
            Close
          </button>
        </div>
      )}
      <div className="config-extra">
        {/* Lessons start here (and from ?lesson=, and from the lecture map): the top bar stays one row. */}
        <LessonPicker />
        <SpeedControl />
        <CopyLink />
      </div>
      {GROUPS.map(([group, title]) => {
        const names = FIELD_NAMES.filter(
          (n) => FIELDS[n].group === group && (drawer || !TOP_FIELDS.includes(n)) && isRelevant(n, config),
        );
        return names.length === 0 ? null : (
          <fieldset key={group}>
            <legend>{title}</legend>
            {names.map((n) => (
              <FieldControl key={n} name={n} />
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
