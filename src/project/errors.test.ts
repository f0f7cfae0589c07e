import { describe, expect, it } from 'vitest';
import { displayValue, formatPath, ProjectFormatError, showValue } from './errors';

describe('formatPath', () => {
  it('writes keys with dots, indices in brackets, and odd keys quoted', () => {
    expect(formatPath(['graph', 'nodes', 3, 'params', 'units'])).toBe('graph.nodes[3].params.units');
    expect(formatPath([])).toBe('');
    expect(formatPath(['a', 'b c', 0])).toBe('a["b c"][0]');
  });
});

describe('displayValue / showValue', () => {
  it('keeps short values and cuts long strings and big lists to a preview', () => {
    expect(displayValue(42)).toBe(42);
    expect(displayValue(null)).toBeNull();
    const long = displayValue('x'.repeat(10_000)) as string;
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…')).toBe(true);
    const preview = showValue(Array.from({ length: 1000 }, (_, i) => i));
    expect(preview.startsWith('a list of 1000 (')).toBe(true);
    expect(preview.length).toBeLessThan(100);
  });

  it('tells missing, -0 and strings apart', () => {
    expect(showValue(undefined)).toBe('missing');
    expect(showValue(-0)).toBe('-0');
    expect(showValue('0')).toBe('"0"');
  });
});

describe('ProjectFormatError', () => {
  it('takes path and value from the first issue and lists at most five', () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ path: `p${i}`, value: i, message: `problem ${i}` }));
    const error = new ProjectFormatError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ProjectFormatError');
    expect([error.path, error.value]).toEqual(['p0', 0]);
    expect(error.issues).toHaveLength(5);
    expect(error.issueCount).toBe(8);
    expect(error.message).toBe(
      'problem 0\nAlso: problem 1\nAlso: problem 2\nAlso: problem 3\nAlso: problem 4\n…and 3 more problems.',
    );
  });
});
