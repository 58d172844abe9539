// One control for one schema field; the kind of control follows from the field's declaration.
import { useId, useState } from 'react';
import { FIELDS, type Config, type FieldName } from '../../state/schema';
import { useLab } from '../../state/store';
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
  const set = (v: unknown) => setConfig({ [name]: v } as Partial<Config>);

  let control: React.ReactNode;
  if (typeof field.default === 'boolean') {
    control = (
      <input id={id} type="checkbox" checked={value as boolean} onChange={(e) => set(e.target.checked)} data-field={field.key} />
    );
  } else if (field.options && typeof field.options[0] === 'string') {
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
    // Keyed on the value: an outside change (preset, URL) remounts it with the new text.
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

/** Numbers and lists: typed as text, committed only when valid; an invalid entry is marked and explained. */
function TextControl(props: { id: string; name: FieldName; shown: string; onValid: (v: unknown) => void }) {
  const { id, name, shown, onValid } = props;
  const field = FIELDS[name];
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    const parsed = field.schema.safeParse(field.parse(raw.trim()));
    if (parsed.success) {
      setError(null);
      if ((field.format as (v: unknown) => string)(parsed.data) !== shown) onValid(parsed.data);
    } else {
      setError(Array.isArray(field.default) ? `1–10 widths, each ${field.min}–${field.max}` : `${field.min} to ${field.max}`);
    }
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
