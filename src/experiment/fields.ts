// Field builders for the experiment schema: each knows its URL key, its zod validator (range and
// default), how to read its URL text and how to write it back. schema.ts lists the fields once.
import { z } from 'zod';

/** 'search': the hyperparameter search's own settings (its page shows them, not the settings panel). */
export type FieldGroup = 'model' | 'loss' | 'optim' | 'reg' | 'run' | 'view' | 'search';

export interface Field<T> {
  /** The URL key: a public contract, never renamed. */
  key: string;
  label: string;
  group: FieldGroup;
  default: T;
  /** Validates a parsed value (type and range). */
  schema: z.ZodType<T>;
  /** URL text → candidate value (validated by `schema` afterwards); undefined when unreadable. */
  parse: (raw: string) => unknown;
  format: (value: T) => string;
  /** Numeric bounds for controls (number fields). */
  min?: number;
  max?: number;
  /** Allowed values (enum fields). */
  options?: readonly T[];
  /** Allowed items of a list field (e.g. the panels `hide` may name). */
  items?: readonly string[];
  /** Whole numbers only (int fields and int lists), so a message can say so. */
  integer?: boolean;
  /** Length bounds of a list field. */
  length?: { min: number; max: number };
  /** The word an empty list is written as (e.g. `layers=none`), when a list may be empty. */
  emptyWord?: string;
  /** What a valid value looks like, for fields whose form is not a range or a list (e.g. `unit`). */
  describe?: string;
}

// Plain decimal notation only: '0x10', 'Infinity', '' and ' 1' are not numbers in a URL we write.
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d{1,3})?$/i;

export function parseDecimal(raw: string): number | undefined {
  if (raw.length > 32 || !DECIMAL.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** Text that reads back as the same number: 0.001, 1e-8. */
export function formatNumber(n: number): string {
  // Plain decimals read best (0.001); only very small values switch to exponents (1e-8).
  return n !== 0 && Math.abs(n) < 1e-4 ? n.toExponential().replace('e+', 'e') : String(n);
}

type Meta = { key: string; label: string; group: FieldGroup };

export function enumField<const T extends string>(meta: Meta, options: readonly [T, ...T[]], def: T): Field<T> {
  return {
    ...meta,
    default: def,
    options,
    schema: z.enum(options as [T, ...T[]]) as unknown as z.ZodType<T>,
    parse: (raw) => raw,
    format: (v) => v,
  };
}

export function numberField(meta: Meta, min: number, max: number, def: number): Field<number> {
  return {
    ...meta,
    default: def,
    min,
    max,
    schema: z.number().finite().min(min).max(max),
    parse: parseDecimal,
    format: formatNumber,
  };
}

export function intField(meta: Meta, min: number, max: number, def: number): Field<number> {
  return { ...numberField(meta, min, max, def), integer: true, schema: z.number().int().min(min).max(max) };
}

export function boolField(meta: Meta, def: boolean): Field<boolean> {
  const truth: Record<string, boolean> = { '1': true, true: true, '0': false, false: false };
  return {
    ...meta,
    default: def,
    schema: z.boolean(),
    parse: (raw) => truth[raw],
    format: (v) => (v ? '1' : '0'),
  };
}

/**
 * Comma-separated integers, e.g. layer widths `128,64` (spaces around the commas are accepted: `128, 64`).
 * A list that may be empty is written as `emptyWord` (`layers=none`); an empty value (`layers=`) and `0`
 * read as empty too, since that is what a lecturer might type for "no hidden layer".
 */
export function intListField(
  meta: Meta,
  item: { min: number; max: number },
  length: { min: number; max: number },
  def: number[],
  emptyWord?: string,
): Field<number[]> {
  const canBeEmpty = length.min === 0 && emptyWord !== undefined;
  return {
    ...meta,
    default: def,
    min: item.min,
    max: item.max,
    integer: true,
    length,
    emptyWord: canBeEmpty ? emptyWord : undefined,
    schema: z.array(z.number().int().min(item.min).max(item.max)).min(length.min).max(length.max),
    parse: (raw) => {
      if (raw.length > 200) return undefined;
      if (canBeEmpty && ['', '0', emptyWord].includes(raw.trim().toLowerCase())) return [];
      const parts = raw.split(',').map((p) => parseDecimal(p.trim()));
      return parts.some((p) => p === undefined) ? undefined : parts;
    },
    format: (v) => (v.length === 0 && canBeEmpty ? emptyWord : v.join(',')),
  };
}

/** Comma-separated ids from a fixed set, e.g. panels to hide. */
export function idListField<const T extends string>(meta: Meta, options: readonly [T, ...T[]], def: T[]): Field<T[]> {
  return {
    ...meta,
    default: def,
    items: options,
    schema: z.array(z.enum(options as [T, ...T[]])).max(options.length) as unknown as z.ZodType<T[]>,
    parse: (raw) => (raw.length > 500 ? undefined : [...new Set(raw.split(',').filter(Boolean))]),
    format: (v) => v.join(','),
  };
}

/**
 * A closed interval `lo:hi` (e.g. a search range `1e-4:1`), both ends within [min, max] and lo ≤ hi.
 * Whether it is read on a log scale is up to its user (the search's hyperparameter table).
 */
export function rangeField(meta: Meta, min: number, max: number, def: readonly [number, number]): Field<[number, number]> {
  return {
    ...meta,
    default: [def[0], def[1]],
    min,
    max,
    schema: z
      .tuple([z.number().finite().min(min).max(max), z.number().finite().min(min).max(max)])
      .refine(([lo, hi]) => lo <= hi, 'the range must be written low:high'),
    parse: (raw) => {
      const parts = raw.split(':');
      if (parts.length !== 2) return undefined;
      const [lo, hi] = parts.map((p) => parseDecimal(p.trim()));
      return lo === undefined || hi === undefined ? undefined : [lo, hi];
    },
    format: ([lo, hi]) => `${formatNumber(lo)}:${formatNumber(hi)}`,
  };
}

/**
 * A unit of the net as `L<layer>:<unit>` (1-based layer counting the output layer last, 0-based unit), e.g.
 * `L2:17`; empty when none is selected. Only the form is checked here: a unit the net does not have is
 * answered "no such unit" by the inspector, since the widths can change after the link is made.
 */
export function unitRefField(meta: Meta): Field<string> {
  return {
    ...meta,
    default: '',
    schema: z.string().regex(/^(L([1-9]|1[01]):(0|[1-9]\d{0,2}))?$/),
    parse: (raw) => (raw.length > 12 ? undefined : raw),
    format: (v) => v,
    describe: 'expected L<layer>:<unit>, e.g. L2:17 (layers 1 to 11, units from 0)',
  };
}
