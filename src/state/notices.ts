// Short messages the page shows above the charts. Each has a key, so the same kind of notice replaces the
// previous one instead of piling up (one guard notice, one "new run" notice, one per rejected URL key).
import { describeRange } from './urlCodec';
import { FIELDS, type Config, type FieldName } from './schema';

export interface Notice {
  key: string;
  text: string;
}

export const noticeOf = (key: string, text: string): Notice => ({ key, text });

/** `notices` with the notice `key` set to `text` (replacing one of the same key), or removed when `text` is null. */
export function withNotice(notices: readonly Notice[], key: string, text: string | null): Notice[] {
  const rest = notices.filter((n) => n.key !== key);
  return text === null ? rest : [...rest, { key, text }];
}

/**
 * Checks a settings change against the schema, field by field: what passes is accepted, each value that
 * does not (a tampered menu option, a typo) is named in a notice. A change never reaches the store unchecked.
 */
export function checkPatch(patch: Partial<Record<string, unknown>>): { accepted: Partial<Config>; notices: Notice[] } {
  const accepted: Partial<Record<FieldName, unknown>> = {};
  const notices: Notice[] = [];
  for (const [name, value] of Object.entries(patch)) {
    if (!Object.hasOwn(FIELDS, name)) {
      notices.push(noticeOf(`invalid:${name}`, `Ignored an unknown setting "${name}".`));
      continue;
    }
    const field = FIELDS[name as FieldName];
    const parsed = field.schema.safeParse(value);
    if (parsed.success) accepted[name as FieldName] = parsed.data;
    else notices.push(noticeOf(`invalid:${field.key}`, `Ignored ${field.key}=${String(value).slice(0, 40)}: ${describeRange(name as FieldName)}.`));
  }
  return { accepted: accepted as Partial<Config>, notices };
}
