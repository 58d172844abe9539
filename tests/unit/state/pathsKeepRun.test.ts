// Settings only the optimizer lab or the loss landscape reads never rebuild the MNIST run in the Worker; the
// run is rebuilt once the page comes back to a mode that uses it with a changed experiment. Fake engine:
// every message the page sends is recorded, and a rebuild is a `configure`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PATHS_LAB_FIELDS, isPathsLabChange } from '../../../src/experiment/engineConfig';
import { useEngineLink, type ToEngine } from '../../../src/state/engineLink';
import { pathsSpecOf } from '../../../src/state/pathsSpec';
import { routeMessage } from '../../../src/state/router';
import { defaultConfig, type Config } from '../../../src/state/schema';
import { useLab } from '../../../src/state/store';

let sent: ToEngine[] = [];
const configures = () => sent.filter((m): m is Extract<ToEngine, { type: 'configure' }> => m.type === 'configure');

beforeEach(() => {
  sent = [];
  useLab.getState().resetStore();
  useEngineLink.getState().connect((m) => sent.push(m));
  routeMessage({ type: 'ready', backend: 'cpu', reason: 'test', numTrain: 60000, numTest: 10000 });
  expect(configures()).toHaveLength(1);
});
afterEach(() => useEngineLink.getState().reset());

describe('the optimizer lab and the loss landscape leave the training run alone', () => {
  it('mode=paths: surface, racers, steps, start, noise, rate, momentum and β\'s change no run', () => {
    const lab = useLab.getState();
    lab.setConfig({ mode: 'paths' });
    lab.setConfig({ surface: 'saddle', pathOpts: ['sgd', 'adam'], pathSteps: 300, startX: -1.2, startY: 0.001, noise: 0.5, pathEff: true });
    lab.setConfig({ lr: 0.05 });
    lab.setConfig({ momentum: 0.5, beta1: 0.8, beta2: 0.99 });
    expect(configures()).toHaveLength(1);
    expect(useLab.getState().run).toBe(1);
    // Back on the training page, the run is rebuilt once, with the rate chosen in the lab.
    useLab.getState().setConfig({ mode: 'train' });
    expect(configures()).toHaveLength(2);
    expect(configures()[1].runs[0].config).toMatchObject({ lr: 0.05, momentum: 0.5, beta1: 0.8, beta2: 0.99 });
    expect(useLab.getState().run).toBe(2);
  });

  it('a visit to the lab that changes nothing of the net rebuilds nothing on the way back', () => {
    useLab.getState().setConfig({ mode: 'paths' });
    useLab.getState().setConfig({ surface: 'beale', startX: 1 });
    useLab.getState().setConfig({ mode: 'train' });
    expect(configures()).toHaveLength(1);
  });

  it('a change to the net itself, even on the lab\'s page, rebuilds it (the weight images and inspector show it)', () => {
    useLab.getState().setConfig({ mode: 'paths' });
    useLab.getState().setConfig({ layers: [16] });
    expect(configures()).toHaveLength(2);
    expect(configures()[1].runs[0].config.layers).toEqual([16]);
    // On the training page a learning rate is the run's again.
    useLab.getState().setConfig({ mode: 'train' });
    useLab.getState().setConfig({ lr: 0.01 });
    expect(configures()).toHaveLength(3);
  });

  it('optimizer-lab presets switch between each other without a rebuild; the run follows on the way back', () => {
    useLab.getState().applyPreset('paths-ravine-momentum');
    useLab.getState().applyPreset('paths-saddle');
    useLab.getState().applyPreset('paths-adam-scaling');
    expect(configures()).toHaveLength(1);
    useLab.getState().applyPreset(null);
    // The defaults again: the run built first matches them, but a preset is always a new experiment.
    expect(configures()).toHaveLength(2);
    useLab.getState().applyPreset('paths-saddle');
    useLab.getState().setConfig({ mode: 'train' });
    expect(configures()).toHaveLength(3);
    expect(configures()[2].runs[0].config.lr).toBe(0.02);
  });

  it('mode=landscape: opening it and changing its grid or span keep the trained run', () => {
    useLab.getState().setConfig({ mode: 'landscape' });
    useLab.getState().setConfig({ lsGrid: 9, lsSpan: 0.5 });
    useLab.getState().setConfig({ mode: 'train' });
    expect(configures()).toHaveLength(1);
  });

  it('PATHS_LAB_FIELDS are exactly what the lab\'s request reads of the training fields', () => {
    const base: Config = { ...defaultConfig(), pathOpts: ['sgd', 'momentum'], pathEff: true };
    const other: Partial<Config> = {
      surface: 'saddle', pathOpts: ['adam'], pathSteps: 7, startX: 0.5, startY: -0.5, noise: 1, pathEff: false,
      lr: 0.5, momentum: 0.5, beta1: 0.5, beta2: 0.5, eps: 1e-3,
    };
    for (const k of PATHS_LAB_FIELDS) {
      expect(pathsSpecOf({ ...base, [k]: other[k] }), k).not.toEqual(pathsSpecOf(base));
    }
    // Net and training fields outside the list do not reach the lab.
    const net: Partial<Config> = { layers: [8], act: 'tanh', batch: 8, opt: 'sgd', bn: true, dropout: 0.5, trainSize: 100 };
    for (const [k, v] of Object.entries(net)) expect(pathsSpecOf({ ...base, [k]: v }), k).toEqual(pathsSpecOf(base));
    expect(isPathsLabChange('paths', ['mode', 'lr', 'surface'])).toBe(true);
    expect(isPathsLabChange('train', ['lr'])).toBe(false);
    expect(isPathsLabChange('paths', ['lr', 'layers'])).toBe(false);
  });
});
