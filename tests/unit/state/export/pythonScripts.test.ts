// The "Export as code" generators: every catalogue id has a PyTorch and a Keras mapping, every preset and a
// set of fuzzed configs give scripts that Python compiles, and the plain-Python parts (schedule, MNIST loader)
// give the same numbers as the app's TypeScript.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS } from '../../../../src/catalog/activations';
import { INITIALIZER_IDS } from '../../../../src/catalog/initializers';
import { LOSS_IDS } from '../../../../src/catalog/losses';
import { seededRandom } from '../../../../src/catalog/mathRef';
import { OPTIMIZER_IDS } from '../../../../src/catalog/optimizers';
import { scheduleById, SCHEDULE_IDS, type ScheduleId } from '../../../../src/catalog/schedules';
import { KERAS_ACTIVATIONS, KERAS_INITIALIZERS, KERAS_LOSSES, KERAS_OPTIMIZERS, KERAS_SCHEDULES } from '../../../../src/state/export/python/kerasMap';
import { kerasScript } from '../../../../src/state/export/python/kerasScript';
import { mnistLoader, SCHEDULE_CONSTANTS, settingsBlock } from '../../../../src/state/export/python/pyText';
import { TORCH_ACTIVATIONS, TORCH_INITIALIZERS, TORCH_LOSSES, TORCH_OPTIMIZERS, TORCH_SCHEDULES } from '../../../../src/state/export/python/torchMap';
import { pytorchScript } from '../../../../src/state/export/python/torchScript';
import { PRESETS } from '../../../../src/state/presets';
import { ConfigSchema, FIELDS, FIELD_NAMES, type Config } from '../../../../src/state/schema';
import { presetBase } from '../../../../src/state/urlCodec';
import { PAGE_ONLY_FIELDS } from '../../../../src/experiment/engineConfig';

const OPTS = { dataUrl: 'https://example.org/layer-lab/data/', link: 'https://example.org/layer-lab/?seed=1' };
const hasPython = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
if (!hasPython) console.warn('python3 with numpy not found: the py_compile and Python-equivalence tests are skipped');

// The id lists come from the catalogue itself, so a new entry without a mapping fails here.
const KINDS = [
  { kind: 'activation', ids: ACTIVATION_IDS, torch: TORCH_ACTIVATIONS, keras: KERAS_ACTIVATIONS },
  { kind: 'initializer', ids: INITIALIZER_IDS, torch: TORCH_INITIALIZERS, keras: KERAS_INITIALIZERS },
  { kind: 'loss', ids: LOSS_IDS, torch: TORCH_LOSSES, keras: KERAS_LOSSES },
  { kind: 'optimizer', ids: OPTIMIZER_IDS, torch: TORCH_OPTIMIZERS, keras: KERAS_OPTIMIZERS },
  { kind: 'schedule', ids: SCHEDULE_IDS, torch: TORCH_SCHEDULES, keras: KERAS_SCHEDULES },
] as const;

/** A valid random config: every field drawn across its whole range (view fields included; they are ignored). */
function fuzzConfig(seed: number): Config {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const cfg = presetBase(null) as Record<string, unknown>;
  for (const name of FIELD_NAMES) {
    const f = FIELDS[name] as { default: unknown; options?: readonly unknown[]; items?: readonly string[]; min?: number; max?: number };
    // Lists of ids (`hide`, `path-opts`) keep their defaults: the number-list rule below does not fit them.
    if (f.items) continue;
    // Page-only fields (the view, the search's ranges, the inspected unit) never reach the scripts.
    if ((PAGE_ONLY_FIELDS as readonly string[]).includes(name)) continue;
    if (typeof f.default === 'boolean') cfg[name] = rand() < 0.5;
    else if (f.options) cfg[name] = pick(f.options);
    else if (Array.isArray(f.default)) cfg[name] = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => 1 + Math.floor(rand() * 300));
    else {
      const v = f.min! + rand() * (f.max! - f.min!);
      const r = Number.isInteger(f.default) && Number.isInteger(f.min) ? Math.round(v) : Number(v.toPrecision(3));
      cfg[name] = Math.min(f.max!, Math.max(f.min!, r));
    }
  }
  cfg.lr = Number((10 ** (-6 + rand() * 7)).toPrecision(2)); // log-uniform, including 1e-6-style exponents
  return ConfigSchema.parse(cfg);
}

function scriptsFor(configs: { name: string; cfg: Config }[]) {
  return configs.flatMap(({ name, cfg }) => [
    { file: `${name}_pytorch.py`, text: pytorchScript(cfg, OPTS) },
    { file: `${name}_keras.py`, text: kerasScript(cfg, OPTS) },
  ]);
}

describe('catalogue coverage', () => {
  for (const k of KINDS) {
    it(`maps every ${k.kind} id for PyTorch and Keras, and nothing else`, () => {
      for (const map of [k.torch, k.keras]) {
        expect(Object.keys(map).sort()).toEqual([...k.ids].sort());
        for (const id of k.ids) expect((map as Record<string, { code: string }>)[id].code.trim()).not.toBe('');
      }
    });
  }
});

describe('generated scripts', () => {
  const presetConfigs = PRESETS.map((p) => ({ name: `preset_${p.id.replace(/\W/g, '_')}`, cfg: presetBase(p.id) }));
  const fuzzed = Array.from({ length: 12 }, (_, i) => ({ name: `fuzz_${i}`, cfg: fuzzConfig(1000 + i) }));
  // Every id of every kind appears in at least one script, whatever the presets happen to use.
  const everyId = ACTIVATION_IDS.map((act, i) => ({
    name: `ids_${i}`,
    cfg: {
      ...presetBase(null),
      act,
      init: INITIALIZER_IDS[i % INITIALIZER_IDS.length],
      loss: LOSS_IDS[i % LOSS_IDS.length],
      opt: OPTIMIZER_IDS[i % OPTIMIZER_IDS.length],
      sched: SCHEDULE_IDS[i % SCHEDULE_IDS.length],
      bn: i % 2 === 0,
      dropout: i % 3 === 0 ? 0.3 : 0,
      earlyStop: i % 4,
    },
  }));

  it('write the experiment into the settings block', () => {
    const cfg = { ...presetBase(null), lr: 1e-8, layers: [300, 7], l2: 0.0005, bn: true, trainSize: 1234, seed: 42 };
    for (const text of [pytorchScript(cfg, OPTS), kerasScript(cfg, OPTS)]) {
      expect(text).toContain('LR = 1e-8');
      expect(text).toContain('HIDDEN = [300, 7]');
      expect(text).toContain('L2 = 0.0005');
      expect(text).toContain('BATCH_NORM = True');
      expect(text).toContain('TRAIN_SIZE = 1234');
      expect(text).toContain('SEED = 42');
      expect(text).toContain('PIXEL_MEAN, PIXEL_STD = 0.1307, 0.3081');
      expect(text).toContain(OPTS.dataUrl);
      expect(text).toContain(OPTS.link);
    }
  });

  it('include a helper only when the experiment needs it', () => {
    const plain = presetBase(null);
    expect(pytorchScript(plain, OPTS)).not.toContain('class Maxout');
    expect(pytorchScript({ ...plain, act: 'maxout' }, OPTS)).toContain('class Maxout');
    expect(kerasScript({ ...plain, act: 'maxout' }, OPTS)).toContain('class Maxout');
    expect(pytorchScript({ ...plain, opt: 'adamax' }, OPTS)).toContain('class HandWritten');
    expect(kerasScript({ ...plain, opt: 'adam' }, OPTS)).toContain('class HandWritten');
    expect(kerasScript({ ...plain, opt: 'adamax' }, OPTS)).not.toContain('class HandWritten');
  });

  it.skipIf(!hasPython)('compile with python3 -m py_compile (every preset, every id, fuzzed configs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layer-lab-py-'));
    const scripts = scriptsFor([...presetConfigs, ...everyId, ...fuzzed]);
    for (const s of scripts) writeFileSync(join(dir, s.file), s.text);
    const res = spawnSync('python3', ['-m', 'py_compile', ...scripts.map((s) => join(dir, s.file))], {
      encoding: 'utf8',
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(scripts.length).toBeGreaterThan(2 * PRESETS.length);
  });
});

/** Runs a Python snippet and returns its stdout parsed as JSON. */
function python(code: string, env: Record<string, string> = {}): unknown {
  const out = execFileSync('python3', ['-c', code], { encoding: 'utf8', env: { ...process.env, ...env } });
  return JSON.parse(out);
}

const PRELUDE = 'import gzip, hashlib, json, math, os, struct, urllib.request\nimport numpy as np\n';

describe.skipIf(!hasPython)('the plain-Python parts agree with the app', () => {
  it.each(SCHEDULE_IDS)('schedule %s gives the catalogue rate at every probed step', (sched: ScheduleId) => {
    const cfg: Config = { ...presetBase(null), sched, lr: 0.1, decay: 0.3, decayEvery: 2, lrEnd: 0.05, tau: 1.5, epochs: 4 };
    const spe = 37;
    const ks = [0, 1, 20, 36, 37, 55, 56, 74, 100, 147, 148, 400];
    const code = `${PRELUDE}${settingsBlock(cfg)}\n${SCHEDULE_CONSTANTS}\ndef learning_rate(k, spe, tau):\n    return ${TORCH_SCHEDULES[sched].code}\ntau = schedule_constants(${spe})\nprint(json.dumps([learning_rate(k, ${spe}, tau) for k in ${JSON.stringify(ks)}]))`;
    const got = python(code) as number[];
    const p = { ...cfg, stepsPerEpoch: spe };
    ks.forEach((k, i) => expect(got[i]).toBeCloseTo(scheduleById[sched].rate(k, p), 12));
  });

  it('the MNIST loader reads the app\'s IDX files with the same standardisation and split', () => {
    const cfg: Config = { ...presetBase(null), trainSize: 500, earlyStop: 3 };
    const code = `${PRELUDE}${settingsBlock(cfg)}\n${mnistLoader(OPTS)}
x, y, xt, yt = load_mnist()
(xf, yf), (xv, yv) = split_training(x, y)
print(json.dumps(dict(shapes=[x.shape, xt.shape, xf.shape, xv.shape], dtype=str(x.dtype), labels=y[:10].tolist(),
    px=[float(x[0, 152]), float(x[0, 0])], mean=float(x.mean()), std=float(x.std()))))`;
    // The app's public/data holds the files and their manifest: the same folder the script downloads into.
    const got = python(code, { LAYER_LAB_DATA: join(process.cwd(), 'public/data') }) as {
      shapes: number[][];
      dtype: string;
      labels: number[];
      px: number[];
      mean: number;
      std: number;
    };
    expect(got.shapes).toEqual([[60000, 784], [10000, 784], [450, 784], [50, 784]]);
    expect(got.dtype).toBe('float32');
    expect(got.labels).toEqual([5, 0, 4, 1, 9, 2, 1, 3, 1, 4]); // MNIST's well-known first training labels
    expect(got.px[1]).toBeCloseTo(-0.1307 / 0.3081, 5); // a black pixel
    expect(got.px[0]).toBeCloseTo((3 / 255 - 0.1307) / 0.3081, 5); // image 0, row 5, column 12: byte 3
    expect(Math.abs(got.mean)).toBeLessThan(0.01);
    expect(got.std).toBeCloseTo(1, 1);
  });
});
