// Every experiment setting, grouped as in the lectures; the controls come from the schema, and only the
// settings that matter for the current choices are shown.
import type { FieldGroup } from '../../state/schema';
import { FIELD_NAMES, FIELDS } from '../../state/schema';
import { selectConfig, useLab } from '../../state/store';
import { FieldControl } from '../controls/FieldControl';
import { isRelevant } from '../controls/relevance';
import { TOP_FIELDS } from '../topFields';

const GROUPS: [FieldGroup, string][] = [
  ['model', 'Network'],
  ['loss', 'Loss'],
  ['optim', 'Optimization'],
  ['reg', 'Regularization'],
  ['run', 'Run'],
];

export function ConfigPanel() {
  const config = useLab(selectConfig);
  return (
    <section className="panel config" aria-label="Experiment settings" data-panel="controls">
      {GROUPS.map(([group, title]) => {
        const names = FIELD_NAMES.filter(
          (n) => FIELDS[n].group === group && !TOP_FIELDS.includes(n) && isRelevant(n, config),
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
