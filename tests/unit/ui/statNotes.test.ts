import { describe, expect, it } from 'vitest';
import { STAT_NOTES, statNoteText, type StatKey } from '../../../src/catalog/statNotes';

describe('stat notes', () => {
  it('explain every number of a layer column and of the init lab: what, range, healthy value', () => {
    const keys: StatKey[] = ['act-var', 'grad-norm', 'update-ratio', 'dead', 'saturated', 'diversity', 'near-zero', 'act-std', 'pre-var', 'theory'];
    for (const k of keys) {
      const n = STAT_NOTES[k];
      for (const part of [n.measures, n.range, n.healthy]) expect(part.length, k).toBeGreaterThan(5);
      expect(statNoteText(k)).toContain('Healthy:');
    }
  });
});
