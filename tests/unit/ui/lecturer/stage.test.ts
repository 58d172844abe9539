import { describe, expect, it } from 'vitest';
import { presetById, PRESETS } from '../../../../src/state/presets';
import { PANEL_IDS, type PanelId } from '../../../../src/state/schema';
import { stageLayout, STAGE_PANELS } from '../../../../src/ui/lecturer/stage';

/** The names in a grid-template-areas string, each once. */
const areaNames = (areas: string) => new Set(areas.replace(/"/g, ' ').split(/\s+/).filter((n) => n && n !== '.'));
/** Rows of a grid-template-areas string, each a list of cells. */
const grid = (areas: string) => [...areas.matchAll(/"([^"]*)"/g)].map((m) => m[1].split(' '));

describe('lecturer stage layout', () => {
  it('gives every shown stage panel of every preset a cell, and no other panel one', () => {
    for (const p of PRESETS.filter((x) => x.panels)) {
      const stage = stageLayout(p.panels!, 'train');
      expect(stage, p.id).not.toBeNull();
      const want = STAGE_PANELS.filter((id) => p.panels!.includes(id));
      expect([...areaNames(stage!.areas)].sort(), p.id).toEqual([...want].sort());
      const rows = grid(stage!.areas);
      // A valid template: every row as wide as the column list, as many rows as row sizes.
      const numCols = stage!.columns.startsWith('repeat(')
        ? Number(stage!.columns.match(/repeat\((\d+)/)![1])
        : stage!.columns.split(/\)\s+/).length;
      for (const r of rows) expect(r.length, p.id).toBe(numCols);
      expect(rows.length).toBe(stage!.rows.split(/ (?=auto|minmax)/).length);
    }
  });

  it('puts the layers in the wide column for layer presets, and the race overlay beside the curves', () => {
    const layers = stageLayout(presetById['he-relu'].panels!, 'train')!;
    expect(grid(layers.areas).every((r) => r[0] === 'layers')).toBe(true);
    const race = stageLayout(presetById['optimizer-race'].panels!, 'train')!;
    expect(grid(race.areas).every((r) => r[1] === 'runs')).toBe(true);
    expect(grid(race.areas).map((r) => r[0])).toEqual(['loss', 'accuracy']);
  });

  it('does not try to fit everything: detail cards, predictions or the init lab scroll', () => {
    expect(stageLayout(PANEL_IDS, 'train')).toBeNull();
    expect(stageLayout(['layers', 'loss'], 'init-lab')).toBeNull();
    expect(stageLayout(['controls'], 'train')).toBeNull();
  });

  it('lays out curves-only sets two to a row', () => {
    const s = stageLayout(['loss', 'accuracy', 'lr'] as PanelId[], 'train')!;
    expect(grid(s.areas)).toEqual([['loss', 'accuracy'], ['lr', '.']]);
  });
});
