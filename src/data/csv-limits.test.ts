import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_LENGTH } from '../project/limits';
import { parseCsvDataset } from './csv';
import { DataError } from './errors';
import { MAX_COLUMN_NAME, MAX_CSV_CHARS, MAX_SAMPLES } from './limits';
import type { CsvSource } from './types';

const source = (text: string): CsvSource => ({ fileName: 'big.csv', text, targetColumn: 'label', targetKind: 'class' });

function errorOf(src: CsvSource): DataError {
  try {
    parseCsvDataset(src);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

afterEach(() => vi.restoreAllMocks());

describe('CSV import limits agree with the project format', () => {
  it('are the format limits themselves', () => {
    expect(MAX_CSV_CHARS).toBe(MAX_LENGTH.csvText);
    expect(MAX_COLUMN_NAME).toBe(MAX_LENGTH.columnName);
  });

  it('refuses a table of one character more than the format stores, naming size and limit', () => {
    // 20 rows of about 2 M characters each: few enough rows, too many characters.
    const wide = `${'1'.repeat(2_000_000)},0`;
    const text = `a,label\n${Array.from({ length: 20 }, () => wide).join('\n')}`.slice(0, MAX_CSV_CHARS + 1);
    const error = errorOf(source(text));
    expect(error.message).toContain('40,000,001 characters');
    expect(error.message).toContain('limit of 40,000,000');
  });

  it('refuses a column name longer than the format stores', () => {
    const name = 'c'.repeat(MAX_COLUMN_NAME + 1);
    const text = [`${name},label`, ...Array.from({ length: 12 }, (_, i) => `${i},${i % 2}`)].join('\n');
    expect(errorOf(source(text)).message).toContain(`at most ${MAX_COLUMN_NAME}`);
  });
});

describe('a table with millions of rows', () => {
  it('is refused from a count of its records, before papaparse parses it in full', () => {
    const spy = vi.spyOn(Papa, 'parse');
    const text = `a,label\n${'1,0\n'.repeat(2_000_000)}`;
    const error = errorOf(source(text));
    expect(error.message).toContain(`2,000,000 data rows`);
    expect(error.message).toContain(`at most ${MAX_SAMPLES.toLocaleString('en-US')}`);
    // Only the 50-row dialect preview ran; a full parse would have built 2 M row arrays first.
    const calls = spy.mock.calls.map(([, config]) => (config as Papa.ParseConfig | undefined)?.preview);
    expect(calls).toEqual([50]);
  });

  it('still reads a table of exactly the most rows a dataset may have', () => {
    const text = `a,label\n${'1,0\n2,1\n'.repeat(MAX_SAMPLES / 2)}`;
    expect(parseCsvDataset(source(text)).n).toBe(MAX_SAMPLES);
  });
});
