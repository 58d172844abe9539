import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/ui/format';

describe('formatCount', () => {
  it('rounds to a whole count with thousands separators', () => {
    expect(formatCount(11175.6)).toBe('11,176');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999.4)).toBe('999');
    expect(formatCount(0)).toBe('0');
  });

  it('shows a dash where there is no count', () => {
    expect(formatCount(null)).toBe('–');
    expect(formatCount(undefined)).toBe('–');
    expect(formatCount(Number.NaN)).toBe('–');
    expect(formatCount(Infinity)).toBe('–');
  });
});
