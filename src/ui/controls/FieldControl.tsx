// One control for one schema field; the kind of control follows from the field's declaration. A control
// always shows the value in use: after a change the store may adjust it (the resource guard), and the
// control then shows the adjusted value, never the text that was typed.
import { useId, useState } from 'react';
import { FIELDS, type FieldName } from '../../state/schema';
import { useLab } from '../../state/store';
import { describeRange } from '../../state/urlCodec';
import { optionLabel } from './optionLabels';

interface Props {
  name: FieldName;
  /** Shorter label for the top bar. */
  compact?: boolean;
}

export function FieldControl({ name, compact = false }: Props) {
  const field = FIELDS[name];
  const value = useLab((s) => s.config[name]);
  const setConfig = useLab((s) => s.setConfig);
  const id = useId();
  const set = (v: unknown) => setConfig({ [name]: v });

  if (field.items) return <ItemsControl name={name} label={field.label} compact={compact} />;
  let control: React.ReactNode;
  if (typeof field.default === 'boolean') {
    control = (
      <input id={id} type="checkbox" checked={value as boolean} onChange={(e) => set(e.target.checked)} data-field={field.key} />
    );
  } else if (field.options) {
    control = (
      <select id={id} value={value as string} onChange={(e) => set(e.target.value)} data-field={field.key}>
        {(field.options as readonly string[]).map((o) => (
          <option key={o} value={o}>
            {optionLabel(name, o)}
          </option>
        ))}
      </select>
    );
  } else {
    // Keyed on the value in use: any change of it (a preset, the URL, the guard) remounts it with that text.
    const shown = (field.format as (v: unknown) => string)(value);
    control = <TextControl key={shown} id={id} name={name} shown={shown} onValid={set} />;
  }
  return (
    <div className={compact ? 'field compact' : 'field'}>
      <label htmlFor={id}>{field.label}</label>
      {control}
    </div>
  );
}

/** A list of fixed items (the panels `hide` may name): one checkbox each. */
function ItemsControl({ name, label, compact }: { name: FieldName; label: string; compact: boolean }) {
  const field = FIELDS[name];
  const value = useLab((s) => s.config[name]) as readonly string[];
  const setConfig = useLab((s) => s.setConfig);
  const toggle = (item: string, on: boolean) =>
    setConfig({ [name]: on ? [...value, item] : value.filter((v) => v !== item) });
  return (
    <fieldset className={compact ? 'field compact items' : 'field items'} data-field={field.key}>
      <legend>{label}</legend>
      {(field.items ?? []).map((item) => (
        <label key={item} className="item">
          <input type="checkbox" checked={value.includes(item)} onChange={(e) => toggle(item, e.target.checked)} data-item={item} />
          {optionLabel(name, item)}
        </label>
      ))}
    </fieldset>
  );
}

/** Numbers and lists: typed as text, committed only when valid and different; an invalid entry is marked
 * and explained, and never looks accepted. */
function TextControl(props: { id: string; name: FieldName; shown: string; onValid: (v: unknown) => void }) {
  const { id, name, shown, onValid } = props;
  const field = FIELDS[name];
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    const parsed = field.schema.safeParse(field.parse(raw.trim()));
    if (!parsed.success) return setError(describeRange(name).replace(/^expected/, 'Expected'));
    setError(null);
    const typed = (field.format as (v: unknown) => string)(parsed.data);
    if (typed === shown) return setText(shown);
    onValid(parsed.data);
    // The store may have adjusted the value (or kept it): show what is in use. If it changed, the new key
    // remounts this control anyway.
    setText((field.format as (v: unknown) => string)(useLab.getState().config[name]));
  };
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={Array.isArray(field.default) ? 'text' : 'decimal'}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-err` : undefined}
        data-field={field.key}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit((e.target as HTMLInputElement).value);
          if (e.key === 'Escape') {
            setText(shown);
            setError(null);
          }
        }}
        size={Array.isArray(field.default) ? 10 : 7}
      />
      {error && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
