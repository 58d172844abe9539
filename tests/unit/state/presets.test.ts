import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHORT_LABEL, neighbourPreset, presetById, presetGroups, PRESETS, shortLabel } from '../../../src/state/presets';
import { ConfigSchema, FIELDS, FIELD_NAMES, PANEL_IDS, type Config, type Field, type FieldName } from '../../../src/state/schema';
import { decodeQuery, encodeQuery, presetBase } from '../../../src/state/urlCodec';

// The ids the issue asks for; each must exist.
const REQUIRED = [
  'zero-init', 'small-random-tanh', 'large-random-tanh', 'xavier-tanh', 'xavier-relu', 'he-relu',
  'sigmoid-vanishing', 'relu-deep', 'dead-relu', 'leaky-relu-fix', 'hinge-vs-ce', 'softmax-twice', 'mse-vs-ce',
  'lr-too-high', 'lr-too-low', 'optimizer-race', 'lr-decay', 'overfit', 'overfit-dropout', 'overfit-l2',
  'batchnorm-deep-sigmoid', 'batch-size',
  // issue 11
  'underfit', 'overfit-l1', 'overfit-early-stop', 'loss-workbench', 'init-lab-tanh-small', 'init-lab-tanh-large',
  'init-lab-tanh-lecun', 'init-lab-relu-lecun', 'init-lab-relu-he',
];

describe('presets', () => {
  it('has every preset the issue lists, with unique ids, a group, a label and a note naming a chart or panel', () => {
    for (const id of REQUIRED) expect(presetById[id], id).toBeDefined();
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.group.length, p.id).toBeGreaterThan(0);
      expect(p.label.length, p.id).toBeGreaterThan(0);
      expect(p.watch, p.id).toMatch(/chart|panel/i);
      for (const panel of p.panels ?? []) expect(PANEL_IDS, p.id).toContain(panel);
    }
  });

  it('every preset has a name that fits a phone\'s picker, distinct within its group (issue 12)', () => {
    for (const p of PRESETS) {
      expect(shortLabel(p).length, `${p.id}: "${shortLabel(p)}"`).toBeLessThanOrEqual(MAX_SHORT_LABEL);
      // A short name only where it is needed, and never longer than the full one.
      if (p.short !== undefined) expect(p.short.length, p.id).toBeLessThan(p.label.length);
    }
    for (const g of presetGroups()) expect(new Set(g.presets.map(shortLabel)).size, g.group).toBe(g.presets.length);
  });

  it('the lecture\'s init-lab runs open the init lab on Gaussian input, 10 × 500, one per initializer', () => {
    const lab = PRESETS.filter((p) => p.id.startsWith('init-lab-'));
    expect(lab.map((p) => `${p.config.act} ${p.config.init}`)).toEqual([
      'tanh normal-0.01', 'tanh normal-1', 'tanh lecun-normal', 'relu lecun-normal', 'relu he-normal',
    ]);
    for (const p of lab) {
      expect(p.config).toMatchObject({ mode: 'init-lab', data: 'gaussian', layers: Array(10).fill(500) });
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s validates against the schema, race entries too', (_id, p) => {
    const r = ConfigSchema.safeParse(presetBase(p.id));
    expect(r.success, r.error?.message).toBe(true);
    for (const over of p.race ?? []) {
      const rr = ConfigSchema.safeParse({ ...presetBase(p.id), ...over });
      expect(rr.success, rr.error?.message).toBe(true);
    }
  });

  it.each(PRESETS.map((p) => [p.id] as const))('%s round-trips through the URL, with and without the preset key', (id) => {
    const cfg = presetBase(id);
    for (const preset of [id, null]) {
      const d = decodeQuery(encodeQuery(cfg, preset));
      expect(d.rejected).toEqual([]);
      expect(d.config).toEqual(cfg);
      expect(d.preset).toBe(preset);
    }
  });

  it('round-trips fuzzed configs, on top of a random preset', () => {
    const arbs = Object.fromEntries(FIELD_NAMES.map((n) => [n, arbitraryFor(n)])) as {
      [K in FieldName]: fc.Arbitrary<Config[K]>;
    };
    fc.assert(
      fc.property(fc.record(arbs), fc.constantFrom(null, ...PRESETS.map((p) => p.id)), (cfg, preset) => {
        const d = decodeQuery(encodeQuery(cfg, preset));
        expect(d.rejected).toEqual([]);
        expect(d.config).toEqual(cfg);
      }),
      { numRuns: 300 },
    );
  });

  it('the fuzz reaches every kind of value, list fields included (a non-empty hide, several widths, none)', () => {
    const samples = fc.sample(arbitraryFor('hide'), 500) as string[][];
    expect(samples.filter((h) => h.length > 0).length).toBeGreaterThan(300);
    expect(new Set(samples.flat())).toEqual(new Set(PANEL_IDS));
    const widths = fc.sample(arbitraryFor('layers'), 200) as number[][];
    expect(Math.max(...widths.map((w) => w.length))).toBeGreaterThan(5);
    // No hidden layer (softmax regression) round-trips too.
    expect(widths.some((w) => w.length === 0)).toBe(true);
  });

  it('an unknown preset is reported and the defaults load', () => {
    const d = decodeQuery('preset=nope&lr=0.1');
    expect(d.preset).toBeNull();
    expect(d.rejected.map((r) => r.key)).toEqual(['preset']);
    expect(d.config).toEqual({ ...presetBase(null), lr: 0.1 });
  });

  it('explicit keys override the preset', () => {
    const d = decodeQuery('preset=lr-too-high&lr=0.2');
    expect(d.config.opt).toBe('sgd');
    expect(d.config.lr).toBe(0.2);
  });

  it('groups keep every preset once, and n/b walk a group with wrap-around', () => {
    expect(presetGroups().flatMap((g) => g.presets).length).toBe(PRESETS.length);
    expect(neighbourPreset('lr-too-high', 1)).toBe('lr-too-low');
    expect(neighbourPreset('lr-too-high', -1)).toBe('batch-size');
    expect(neighbourPreset(null, 1)).toBeNull();
  });
});

/** Values the field accepts; numbers are drawn as decimals of a few digits, as a person would type them. */
function arbitraryFor(name: FieldName): fc.Arbitrary<unknown> {
  const f = FIELDS[name] as Field<unknown>;
  const ok = (v: unknown) => f.schema.safeParse(v).success;
  if (typeof f.default === 'boolean') return fc.boolean();
  if (f.items) return fc.uniqueArray(fc.constantFrom(...f.items), { maxLength: f.items.length }).filter(ok);
  if (f.length) {
    return fc.array(fc.integer({ min: f.min!, max: f.max! }), { minLength: f.length.min, maxLength: f.length.max });
  }
  if (f.options) return fc.constantFrom(...f.options);
  // A unit reference (`unit=L2:17`), or none.
  if (typeof f.default === 'string') {
    return fc.oneof(fc.constant(''), fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 999 })).map(([l, u]) => `L${l}:${u}`)).filter(ok);
  }
  const min = f.min ?? 0;
  const max = f.max ?? 1;
  const num = fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.double({ min, max, noNaN: true }).map((v) => Number(v.toPrecision(3))),
  );
  // A range field (`lo:hi`): two numbers, low first.
  if (Array.isArray(f.default)) return fc.tuple(num, num).map(([a, b]) => (a <= b ? [a, b] : [b, a])).filter(ok);
  return num.filter(ok);
}
