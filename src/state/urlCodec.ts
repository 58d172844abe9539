// The experiment ⇄ query string. Reading never throws: a bad value falls back (to the preset's value or the
// default) and is reported, so the page can name the key in a notice.
import { presetById } from './presets';
import { defaultConfig, FIELD_NAMES, FIELDS, type Config, type Field, type FieldName } from './schema';

export interface Rejection {
  key: string;
  /** The offending text, shortened for display. */
  value: string;
  reason: string;
}

export interface Decoded {
  config: Config;
  /** The preset the URL names, when it is known. */
  preset: string | null;
  rejected: Rejection[];
}

const MAX_SHOWN = 40;
const shorten = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

/** The config a preset id stands for (defaults when the id is null or unknown). */
export function presetBase(preset: string | null): Config {
  const base = defaultConfig();
  const p = preset ? presetById[preset] : undefined;
  return p ? { ...base, ...structuredClone(p.config) } : base;
}

/** True when an experiment field differs from what `preset` sets (view fields do not count). */
export function presetModified(config: Config, preset: string | null): boolean {
  if (!preset) return false;
  const base = presetBase(preset);
  // The view, the seed and the backend (kept across presets: it is the machine's choice) do not count.
  return FIELD_NAMES.some((n) => FIELDS[n].group !== 'view' && n !== 'seed' && n !== 'backend' && fmt(n, config[n]) !== fmt(n, base[n]));
}

const fmt = (n: FieldName, v: unknown) => (FIELDS[n].format as (x: unknown) => string)(v);

/** Says what a field accepts, in words a learner can act on. */
export function describeRange(name: FieldName): string {
  const f = FIELDS[name] as unknown as Field<unknown>;
  if (f.describe) return f.describe;
  if (f.options) return `expected one of ${f.options.join(', ')}`;
  if (f.items) return `expected a comma-separated list of ${f.items.join(', ')}`;
  const kind = f.integer ? 'a whole number' : 'a number';
  if (f.length) {
    const empty = f.emptyWord ? `, or ${f.emptyWord}` : '';
    return `expected ${f.length.min} to ${f.length.max} comma-separated whole numbers, each ${f.min} to ${f.max}${empty}`;
  }
  if (f.min !== undefined && f.max !== undefined) return `expected ${kind} from ${f.min} to ${f.max}`;
  return 'invalid value';
}

export function decodeQuery(search: string): Decoded {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const rejected: Rejection[] = [];
  const presetRaw = params.get('preset');
  let preset: string | null = null;
  if (presetRaw !== null) {
    if (Object.hasOwn(presetById, presetRaw)) preset = presetRaw;
    else rejected.push({ key: 'preset', value: shorten(presetRaw), reason: 'unknown preset' });
  }
  const config = presetBase(preset);
  for (const name of FIELD_NAMES) {
    const field = FIELDS[name];
    const values = params.getAll(field.key);
    if (values.length === 0) continue;
    const raw = values[values.length - 1];
    const parsed = field.schema.safeParse(field.parse(raw));
    if (parsed.success) (config as Record<FieldName, unknown>)[name] = parsed.data;
    else rejected.push({ key: field.key, value: shorten(raw), reason: describeRange(name) });
  }
  return { config, preset, rejected };
}

/** Writes `preset` (when given), then `seed`, then only the keys that differ from the preset's values. */
export function encodeQuery(config: Config, preset: string | null = null): string {
  const base = presetBase(preset);
  const params = new URLSearchParams();
  if (preset) params.set('preset', preset);
  for (const name of FIELD_NAMES) {
    const field = FIELDS[name];
    const value = config[name];
    const text = (field.format as (v: unknown) => string)(value);
    const baseText = (field.format as (v: unknown) => string)(base[name]);
    if (name === 'seed' || text !== baseText) params.set(field.key, text);
  }
  // Commas in layer lists read better unescaped, and URLSearchParams accepts them back.
  return params.toString().replace(/%2C/g, ',');
}
