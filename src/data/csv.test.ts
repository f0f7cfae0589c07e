import { describe, expect, it } from 'vitest';
import { parseCsvDataset } from './csv';
import { DataError } from './errors';
import type { CsvSource } from './types';

/** A CSV with a header and `rows` data rows built by `row(i)`. */
function table(header: string, rows: number, row: (i: number) => string): string {
  return [header, ...Array.from({ length: rows }, (_, i) => row(i))].join('\n');
}

const source = (text: string, patch: Partial<CsvSource> = {}): CsvSource => ({
  fileName: 'people.csv',
  text,
  targetColumn: 'label',
  targetKind: 'class',
  ...patch,
});

/** The DataError parsing throws; fails the test when nothing or something else is thrown. */
function errorOf(src: CsvSource): DataError {
  try {
    parseCsvDataset(src);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

const GOOD = table('age,height,label', 12, (i) => `${20 + i},${1.5 + i / 100},${i % 3 === 0 ? 'cat' : 'dog'}`);

describe('parseCsvDataset: reading a good table', () => {
  it('reads features row-major, skipping the target column wherever it is', () => {
    const ds = parseCsvDataset(source(table('age,label,height', 10, (i) => `${i},x${i % 2},${-i / 2}`)));
    expect(ds.featureNames).toEqual(['age', 'height']);
    expect(ds.features).toBe(2);
    expect(Array.from(ds.x.slice(0, 6))).toEqual([0, 0, 1, -0.5, 2, -1]);
  });

  it('maps text classes to indices in sorted order and remembers their names', () => {
    const ds = parseCsvDataset(source(GOOD));
    expect(ds).toMatchObject({ n: 12, task: 'binary', classes: 2, classNames: ['cat', 'dog'] });
    expect(Array.from(ds.y.slice(0, 4))).toEqual([0, 1, 1, 0]);
  });

  it('orders whole-number classes numerically, not as text', () => {
    const ds = parseCsvDataset(source(table('a,label', 12, (i) => `${i},${[10, 2, 1][i % 3]}`)));
    expect(ds.classNames).toEqual(['1', '2', '10']);
    expect(ds.task).toBe('multiclass');
    expect(Array.from(ds.y.slice(0, 3))).toEqual([2, 1, 0]);
  });

  it('reads a number target as regression', () => {
    const ds = parseCsvDataset(
      source(
        table('a,label', 10, (i) => `${i},${i * 1.5}`),
        { targetKind: 'number' },
      ),
    );
    expect(ds).toMatchObject({ task: 'regression', classes: 1 });
    expect(ds.classNames).toBeUndefined();
    expect(Array.from(ds.y)).toEqual(Array.from({ length: 10 }, (_, i) => i * 1.5));
  });

  it('accepts a byte-order mark, CRLF line ends, blank lines, quotes and semicolons', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `"${i}";${i % 2 ? 'b' : 'a'}`);
    const ds = parseCsvDataset(
      source(`\uFEFF x ;label\r\n${rows.slice(0, 5).join('\r\n')}\r\n\r\n${rows.slice(5).join('\r\n')}\r\n`),
    );
    expect(ds.featureNames).toEqual(['x']);
    expect(ds.n).toBe(10);
    expect(Array.from(ds.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('parseCsvDataset: errors for people', () => {
  it('says when the file is empty', () => {
    expect(errorOf(source('  \n\n ')).message).toMatch(/'people.csv' is empty/);
  });

  it('names a ragged row, its field count and the header count', () => {
    const lines = GOOD.split('\n');
    lines[6] = '25,1.6';
    const error = errorOf(source(lines.join('\n')));
    expect(error.message).toMatch(/^Row 7 has 2 fields but the header has 3 \('age', 'height', 'label'\)/);
    expect(error.row).toBe(7);
  });

  it('names the row, column and text of a non-number', () => {
    const lines = GOOD.split('\n');
    lines[11] = 'abc,1.7,dog';
    const error = errorOf(source(lines.join('\n')));
    expect(error.message).toMatch(/^Row 12, column 'age': 'abc' is not a number/);
    expect(error).toMatchObject({ row: 12, column: 'age', value: 'abc' });
  });

  it('names an empty feature cell and a number too large for float32', () => {
    const lines = GOOD.split('\n');
    lines[3] = '23,,dog';
    expect(errorOf(source(lines.join('\n'))).message).toMatch(/^Row 4, column 'height' is empty/);
    lines[3] = '1e39,1.5,dog';
    expect(errorOf(source(lines.join('\n'))).message).toMatch(/'1e39' is too large/);
  });

  it('lists the columns when the target column is missing', () => {
    const error = errorOf(source(GOOD, { targetColumn: 'species' }));
    expect(error.message).toMatch(
      /target column 'species' is not in 'people.csv'. Its columns are 'age', 'height', 'label'/,
    );
  });

  it('refuses fewer than 10 data rows, saying how many there are', () => {
    const text = table('a,label', 9, (i) => `${i},${i % 2}`);
    expect(errorOf(source(text)).message).toMatch(/has 9 data rows .* needs at least 10/);
    expect(errorOf(source('a,label\n')).message).toMatch(/has 0 data rows/);
  });

  it('refuses more than 20 classes, naming the count and examples', () => {
    const error = errorOf(source(table('a,label', 30, (i) => `${i},class${i}`)));
    expect(error.message).toMatch(/^Column 'label' has 30 different classes \('class0', 'class1'.*limit of 20/);
  });

  it('refuses a single class and fractional class numbers', () => {
    expect(errorOf(source(table('a,label', 10, (i) => `${i},same`))).message).toMatch(/single class, 'same'/);
    const fractional = table('a,label', 10, (i) => `${i},${i === 4 ? 0.5 : i % 2}`);
    expect(errorOf(source(fractional)).message).toMatch(/^Row 6, column 'label': '0.5' is not a whole number/);
  });

  it('names a non-number in a number target', () => {
    const text = table('a,label', 10, (i) => `${i},${i === 2 ? 'n/a' : i}`);
    expect(errorOf(source(text, { targetKind: 'number' })).message).toMatch(
      /^Row 4, column 'label': 'n\/a' is not a number/,
    );
  });

  it('refuses more than 1,024 columns and more than 100,000 rows', () => {
    const wide = Array.from({ length: 1025 }, (_, i) => (i === 0 ? 'label' : `c${i}`)).join(',');
    expect(errorOf(source(`${wide}\n`)).message).toMatch(/has 1,025 columns, more than the limit of 1,024/);
    const long = `a,label\n${'1,0\n'.repeat(100_001)}`;
    expect(errorOf(source(long)).message).toMatch(/has 100,001 data rows .* at most 100,000/);
  });

  it('refuses nameless or duplicate header columns and a table with only the target', () => {
    expect(errorOf(source('a,,label\n')).message).toMatch(/Column 2 has no name/);
    expect(errorOf(source('a,a,label\n')).message).toMatch(/names column 'a' twice/);
    expect(errorOf(source(table('label', 10, (i) => `${i % 2}`))).message).toMatch(/no feature columns/);
  });

  it('names the row of an unclosed quote', () => {
    const lines = GOOD.split('\n');
    lines[4] = '"24,1.6,dog';
    expect(errorOf(source(lines.join('\n'))).message).toMatch(/quoted field that is not closed/);
  });
});
