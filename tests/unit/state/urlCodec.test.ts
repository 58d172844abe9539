import { describe, expect, it } from 'vitest';
import { formatNumber, parseDecimal } from '../../../src/experiment/fields';
import { defaultConfig, ConfigSchema, type Config } from '../../../src/state/schema';
import { decodeQuery, encodeQuery } from '../../../src/state/urlCodec';

describe('URL codec', () => {
  it('reads the public keys', () => {
    const { config, rejected } = decodeQuery('?act=tanh&opt=sgd&lr=0.1&layers=32&batch=128&epochs=3&seed=9');
    expect(rejected).toEqual([]);
    expect(config).toMatchObject({ act: 'tanh', opt: 'sgd', lr: 0.1, layers: [32], batch: 128, epochs: 3, seed: 9 });
  });

  it('round-trips a config, writing only seed and non-default keys', () => {
    const cfg: Config = { ...defaultConfig(), act: 'sigmoid', lr: 5e-5, layers: [500, 500, 10], bn: true, seed: 3 };
    const q = encodeQuery(cfg);
    expect(q).toBe('act=sigmoid&layers=500,500,10&lr=5e-5&bn=1&seed=3');
    expect(decodeQuery(q).config).toEqual(cfg);
    expect(encodeQuery(defaultConfig())).toBe('seed=1');
  });

  it('falls back to the default for a bad value and names the key', () => {
    const { config, rejected } = decodeQuery('lr=banana&layers=0,64&act=softmax&batch=2.5&epochs=1e9&act2=x');
    expect(config.lr).toBe(0.001);
    expect(config.layers).toEqual([128, 64]);
    expect(config.act).toBe('relu');
    expect(config.batch).toBe(64);
    expect(config.epochs).toBe(5);
    expect(rejected.map((r) => r.key)).toEqual(['act', 'layers', 'lr', 'batch', 'epochs']);
    expect(rejected.find((r) => r.key === 'lr')?.reason).toMatch(/1e-6 to 10|0.000001 to 10/);
    expect(ConfigSchema.safeParse(config).success).toBe(true);
  });

  it('rejects more than 10 layers or widths above 512', () => {
    expect(decodeQuery('layers=1,2,3,4,5,6,7,8,9,10,11').rejected[0].key).toBe('layers');
    expect(decodeQuery('layers=513').rejected[0].key).toBe('layers');
    expect(decodeQuery('layers=512,512,512,512,512,512,512,512,512,512').rejected).toEqual([]);
  });

  it('reads no hidden layer as none (also an empty value or 0) and writes it as none', () => {
    for (const q of ['layers=none', 'layers=', 'layers=0', 'layers=None', 'layers=%20none']) {
      expect(decodeQuery(q).config.layers, q).toEqual([]);
      expect(decodeQuery(q).rejected, q).toEqual([]);
    }
    const cfg: Config = { ...defaultConfig(), layers: [] };
    expect(encodeQuery(cfg)).toBe('layers=none&seed=1');
    expect(decodeQuery(encodeQuery(cfg)).config).toEqual(cfg);
    // Old links keep their meaning; a zero width inside a list is still an error.
    expect(decodeQuery('layers=128,64').config.layers).toEqual([128, 64]);
    expect(decodeQuery('layers=0,64').rejected[0].key).toBe('layers');
    expect(decodeQuery('layers=none,64').rejected[0].key).toBe('layers');
  });

  it('reports an unknown preset and loads the defaults', () => {
    const { config, preset, rejected } = decodeQuery('preset=nope');
    expect(preset).toBeNull();
    expect(rejected).toEqual([{ key: 'preset', value: 'nope', reason: 'unknown preset' }]);
    expect(config).toEqual(defaultConfig());
  });

  it('reads numbers in plain decimal notation only', () => {
    expect(parseDecimal('0.001')).toBe(0.001);
    expect(parseDecimal('1e-3')).toBe(0.001);
    expect(parseDecimal('-2')).toBe(-2);
    for (const bad of ['', ' 1', '0x10', 'Infinity', 'NaN', '1e999', '1,5', '٣']) expect(parseDecimal(bad)).toBeUndefined();
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(1e-8)).toBe('1e-8');
  });
});

describe('what a rejection says', () => {
  it('names the item list, whole numbers and list lengths', async () => {
    const { describeRange } = await import('../../../src/state/urlCodec');
    expect(describeRange('hide')).toMatch(/comma-separated list of controls, loss/);
    expect(describeRange('batch')).toBe('expected a whole number from 1 to 1024');
    expect(describeRange('lr')).toBe('expected a number from 0.000001 to 10');
    expect(describeRange('layers')).toBe('expected 0 to 10 comma-separated whole numbers, each 1 to 512, or none');
    expect(decodeQuery('batch=1.5').rejected[0].reason).toContain('whole number');
  });

  it('accepts layer widths typed with spaces', () => {
    expect(decodeQuery('layers=128,%2064').config.layers).toEqual([128, 64]);
    expect(decodeQuery('layers=128,%2064').rejected).toEqual([]);
  });
});
