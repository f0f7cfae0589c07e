import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, paramsLabel, shapeLabel } from './format';

describe('format', () => {
  it('writes counts with separators and singular/plural params', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(paramsLabel(1)).toBe('1 param');
    expect(paramsLabel(2500)).toBe('2,500 params');
  });

  it('writes compact counts for node cards', () => {
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(1000)).toBe('1k');
    expect(formatCompact(1234)).toBe('1.23k');
    expect(formatCompact(16512)).toBe('16.5k');
    expect(formatCompact(2_500_000)).toBe('2.5M');
  });

  it('writes shapes batch first, with ? while unknown', () => {
    expect(shapeLabel(8)).toBe('[B, 8]');
    expect(shapeLabel(null)).toBe('[B, ?]');
  });
});
