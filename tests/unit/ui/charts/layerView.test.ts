import { describe, expect, it } from 'vitest';
import { layerView } from '../../../../src/ui/charts/layers/layerView';

describe('layer view choice', () => {
  it('keeps a column per layer while each is wide enough to read', () => {
    // The default 784-128-64-10 net (3 layers) on the 1440 px page: ~750 px for the layers.
    expect(layerView(750, 3, 14)).toBe('columns');
    expect(layerView(750, 6, 14)).toBe('columns');
  });

  it('switches deep nets and large type to the strip, with numbers while cells fit them', () => {
    // 10 × 500 + output at 14 px: 11 columns of 68 px are too narrow for labelled numbers.
    expect(layerView(750, 11, 14)).toBe('strip-numbers');
    // A phone: 11 layers in ~360 px leave ~25 px a cell: colour only.
    expect(layerView(360, 11, 14)).toBe('strip');
    // Three layers in lecturer mode's 22 px type, in 500 px.
    expect(layerView(500, 3, 22)).toBe('strip-numbers');
  });

  it('never divides by zero before the first measurement', () => {
    expect(layerView(0, 3, 14)).toBe('columns');
    expect(layerView(500, 0, 14)).toBe('columns');
  });
});

describe('narrow panels', () => {
  it('show the strip even for a shallow net (a phone is one column of ~360 px)', () => {
    expect(layerView(360, 3, 14)).toBe('strip-numbers');
    expect(layerView(360, 11, 14)).toBe('strip');
  });

  it('show the strip on a handheld viewport however wide (a tablet is 768 px)', () => {
    expect(layerView(740, 3, 14, true)).toBe('strip-numbers');
    expect(layerView(740, 3, 14, false)).toBe('columns');
  });
});
