import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../../src/state/schema';
import { hiddenPanels, lecturerPanels } from '../../../../src/ui/lecturer/visibility';

const cfg = (over: Partial<ReturnType<typeof defaultConfig>> = {}) => ({ ...defaultConfig(), ...over });

describe('lecturer-mode panels', () => {
  it('outside lecturer mode hides only the `hide` list', () => {
    expect(lecturerPanels(cfg(), 'zero-init')).toBeUndefined();
    expect(hiddenPanels(cfg({ hide: ['lr'] }), 'zero-init')).toEqual(['lr']);
  });

  it('shows a preset its own list', () => {
    expect(lecturerPanels(cfg({ present: true }), 'zero-init')).toEqual(['controls', 'layers', 'accuracy', 'weights']);
  });

  it('without a preset list: the key training view, or a lab page alone', () => {
    expect(lecturerPanels(cfg({ present: true }), null)).toEqual(['controls', 'layers', 'diagnoses', 'loss', 'accuracy']);
    expect(lecturerPanels(cfg({ present: true }), 'default')).toEqual(['controls', 'layers', 'diagnoses', 'loss', 'accuracy']);
    expect(lecturerPanels(cfg({ present: true, mode: 'init-lab' }), null)).toEqual(['controls']);
    expect(hiddenPanels(cfg({ present: true, mode: 'workbench' }), null)).toContain('cards');
  });

  it('a race shows its overlaid curves as the main charts, not again in the Runs panel', () => {
    const shown = lecturerPanels(cfg({ present: true }), 'optimizer-race')!;
    expect(shown).toContain('loss');
    expect(shown).not.toContain('runs');
  });

  it('a picked unit shows the unit inspector (a click on a weight image or network unit), unless `hide` names it', () => {
    expect(hiddenPanels(cfg({ present: true }), 'zero-init')).toContain('inspector');
    const picked = cfg({ present: true, unit: 'L1:3' });
    expect(lecturerPanels(picked, 'zero-init')).toEqual(['controls', 'layers', 'accuracy', 'weights', 'inspector']);
    expect(hiddenPanels(picked, 'zero-init')).not.toContain('inspector');
    expect(hiddenPanels(cfg({ present: true, unit: 'L1:3', mode: 'init-lab' }), null)).not.toContain('inspector');
    expect(hiddenPanels({ ...picked, hide: ['inspector'] }, 'zero-init')).toContain('inspector');
    // Outside lecturer mode nothing changes: the inspector is a panel like any other.
    expect(hiddenPanels(cfg({ unit: 'L1:3' }), 'zero-init')).toEqual([]);
  });
});
