// Hostile URLs: the parser must never throw, must always hand back a config the schema accepts, and must
// name every key it refused. fast-check generates both random and deliberately nasty query strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, FIELD_NAMES, FIELDS } from '../../../src/state/schema';
import { decodeQuery } from '../../../src/state/urlCodec';

const KEYS = [...FIELD_NAMES.map((n) => FIELDS[n].key), 'preset', '__proto__', 'constructor', 'prototype', 'toString'];

const nastyValue = fc.oneof(
  fc.constantFrom(
    'NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '1e-999', '9'.repeat(400), '-0', '0x10', '1_000', ' 1', '',
    '<script>window.__pwned=1</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '%00', '\u0000',
    '__proto__', 'constructor', '𝟙𝟚𝟛', '١٢٣', '\u202e1', '1,2,,3', ',,,,', '-5', '1e3', '1.5', '999999999999999999999',
  ),
  fc.double().map(String),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map(String),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.integer({ min: -10, max: 5000 }), { maxLength: 15 }).map((a) => a.join(',')),
  fc.nat({ max: 10_000 }).map((n) => 'x'.repeat(n)),
  fc.constant('1,'.repeat(5000)),
);

const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })), nastyValue);

/** Query strings built from pairs (repeated keys included), or plain random text. */
const query = fc.oneof(
  fc.array(pair, { maxLength: 12 }).map((pairs) => {
    const p = new URLSearchParams();
    for (const [k, v] of pairs) p.append(k, v);
    return '?' + p.toString();
  }),
  fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('decodeQuery under hostile input', () => {
  it('never throws, always returns a schema-valid config, and reports every refused key', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { config, rejected } = decodeQuery(search);
        expect(ConfigSchema.safeParse(config).success).toBe(true);
        expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
        const params = new URLSearchParams(search);
        for (const r of rejected) expect(params.has(r.key)).toBe(true);
        for (const name of FIELD_NAMES) {
          const values = params.getAll(FIELDS[name].key);
          if (values.length === 0) continue;
          const raw = values[values.length - 1];
          const refused = rejected.some((r) => r.key === FIELDS[name].key);
          // An accepted value reads back alone the same way; a refused one is named (and shortened for display).
          const alone = decodeQuery(new URLSearchParams([[FIELDS[name].key, raw]]).toString());
          if (refused) {
            expect(alone.rejected.map((r) => r.key)).toEqual([FIELDS[name].key]);
            expect(rejected.find((r) => r.key === FIELDS[name].key)!.value.length).toBeLessThanOrEqual(41);
          } else {
            expect(alone.rejected).toEqual([]);
            expect(alone.config[name]).toEqual(config[name]);
          }
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses out-of-range and non-decimal numbers by name', () => {
    for (const [search, key] of [
      ['lr=NaN', 'lr'],
      ['lr=1e999', 'lr'],
      ['batch=-5', 'batch'],
      ['batch=1.5', 'batch'],
      ['layers=' + '1,'.repeat(5000), 'layers'],
      ['layers=512,512,512,512,512,512,512,512,512,512,512', 'layers'],
      ['layers=nothing', 'layers'],
      ['layers=,', 'layers'],
      ['act=' + 'x'.repeat(10_000), 'act'],
      ['opt=<script>alert(1)</script>', 'opt'],
      ['preset=__proto__', 'preset'],
      ['seed=0x10', 'seed'],
    ] as const) {
      const d = decodeQuery(search);
      expect(d.rejected.map((r) => r.key), search.slice(0, 40)).toContain(key);
      expect(ConfigSchema.safeParse(d.config).success).toBe(true);
    }
  });

  it('uses the last of repeated keys', () => {
    expect(decodeQuery('lr=0.1&lr=0.2').config.lr).toBe(0.2);
  });
});
