// Every experiment setting, grouped as in the lectures; the controls come from the schema.
import type { FieldGroup } from '../../state/fields';
import { FIELD_NAMES, FIELDS } from '../../state/schema';
import { FieldControl } from '../controls/FieldControl';
import { TOP_FIELDS } from '../topFields';
import { useLab } from '../../state/store';
import { showsField } from '../cards/optimizerFields';

const GROUPS: [FieldGroup, string][] = [
  ['model', 'Network'],
  ['loss', 'Loss'],
  ['optim', 'Optimization'],
  ['reg', 'Regularization'],
  ['run', 'Run'],
  ['view', 'View'],
];

export function ConfigPanel() {
  const opt = useLab((s) => s.config.opt);
  return (
    <section className="panel config" aria-label="Experiment settings" data-panel="controls">
      {GROUPS.map(([group, title]) => (
        <fieldset key={group}>
          <legend>{title}</legend>
          {FIELD_NAMES.filter((n) => FIELDS[n].group === group && !TOP_FIELDS.includes(n) && showsField(n, opt)).map((n) => (
            <FieldControl key={n} name={n} />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
