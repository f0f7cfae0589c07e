import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countCsvRecords, leadingLines } from './csv-rows';

/**
 * Records papaparse finds, less the lines it sees as blank (one empty or white-space field), as
 * parseCsvDataset keeps them; Infinity when it reports broken quoting, which refuses the table anyway.
 */
function parsedRecords(text: string, delimiter: string, newline?: '\n' | '\r\n' | '\r'): number {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline });
  if (parsed.errors.some((e) => e.type === 'Quotes')) return Infinity;
  return parsed.data.filter((f) => !(f.length === 0 || (f.length === 1 && f[0].trim() === ''))).length;
}

describe('countCsvRecords', () => {
  it('counts records, not line breaks inside quoted fields or blank lines', () => {
    expect(countCsvRecords('a,b\n1,2\n\n3,4\n', ',')).toBe(3);
    expect(countCsvRecords('a,b\r\n"x\ny",2\r\n  \r\n3,"4 ""q""\n"', ',')).toBe(3);
    expect(countCsvRecords('', ',')).toBe(0);
    expect(countCsvRecords('a;b\n;', ';')).toBe(2);
  });

  it('never counts more records than papaparse finds in a table it reads (property)', () => {
    const piece = fc.constantFrom('1', 'x', ',', ';', '"', '""', '\n', '\r\n', ' ', '\t', '\u00a0', '😀');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
        (pieces, delimiter, linebreak) => {
          const text = pieces.join('');
          expect(countCsvRecords(text, delimiter, linebreak)).toBeLessThanOrEqual(
            parsedRecords(text, delimiter, linebreak),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees exactly with papaparse on well-formed tables (property)', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[0-9a-z.]{0,4}$/),
      fc.stringMatching(/^[0-9a-z,\n ]{0,4}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
    );
    const row = fc.array(field, { minLength: 2, maxLength: 4 }).map((fields) => fields.join(','));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const text = rows.join('\n');
        expect(countCsvRecords(text, ',')).toBe(parsedRecords(text, ','));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('leadingLines', () => {
  it('keeps whole lines up to the count, or cuts at the character limit', () => {
    expect(leadingLines('a\nb\nc\n', 2, 100)).toBe('a\nb\n');
    expect(leadingLines('a\nb', 5, 100)).toBe('a\nb');
    expect(leadingLines('abcdef\ng', 1, 3)).toBe('abc');
  });
});
