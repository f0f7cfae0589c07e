import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvDataset } from './csv';
import { DataError } from './errors';
import type { CsvSource } from './types';

/** Parses and checks the outcome: a well-formed dataset (returns true) or a DataError with a message (false); anything else fails. */
function parsesOrRefusesPolitely(source: CsvSource): boolean {
  let result;
  try {
    result = parseCsvDataset(source);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message.length).toBeGreaterThan(10);
    return false;
  }
  expect(result.x.length).toBe(result.n * result.features);
  expect(result.y.length).toBe(result.n);
  expect(Array.from(result.x).every(Number.isFinite)).toBe(true);
  if (source.targetKind === 'class') {
    expect(result.classNames?.length).toBe(result.classes);
    expect(Array.from(result.y).every((v) => Number.isInteger(v) && v >= 0 && v < result.classes)).toBe(true);
  }
  return true;
}

const targetColumn = fc.constantFrom('label', 'a', '', 'x y');
const targetKind = fc.constantFrom<'class' | 'number'>('class', 'number');

/** Cells that exercise numbers, text, quotes, delimiters and odd whitespace. */
const cell = fc.oneof(
  fc.constantFrom(
    '1',
    '-2.5',
    '3e2',
    '1e400',
    'abc',
    '',
    ' ',
    '"',
    '"x,y"',
    '""',
    'label',
    'a',
    ';',
    '\t',
    'NaN',
    '0x10',
  ),
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.string({ maxLength: 4 }),
);

/** Tables that look like CSV: random headers and rows, often ragged, rarely parseable. */
const csvLike = fc
  .record({
    header: fc.array(fc.oneof(fc.constantFrom('label', 'a', 'b'), fc.string({ maxLength: 3 })), {
      minLength: 0,
      maxLength: 4,
    }),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 25 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ header, rows, delimiter, newline }) => [header, ...rows].map((r) => r.join(delimiter)).join(newline));

/** Tables that are nearly right: a proper header, mostly numeric cells, now and then a bad cell or a ragged row. */
const nearlyValid = fc.integer({ min: 2, max: 4 }).chain((width) => {
  const goodOrBad = fc.oneof(
    { weight: 40, arbitrary: fc.integer({ min: -3, max: 3 }).map(String) },
    { weight: 1, arbitrary: cell },
  );
  const row = fc.oneof(
    { weight: 60, arbitrary: fc.array(goodOrBad, { minLength: width, maxLength: width }) },
    { weight: 1, arbitrary: fc.array(goodOrBad, { maxLength: 6 }) },
  );
  const header = ['label', ...Array.from({ length: width - 1 }, (_, i) => `f${i}`)];
  return fc
    .array(row, { minLength: 8, maxLength: 14 })
    .map((rows) => [header, ...rows].map((r) => r.join(',')).join('\n'));
});

describe('parseCsvDataset on arbitrary text', () => {
  it('throws nothing but DataError for random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), targetColumn, targetKind, (text, column, kind) => {
        parsesOrRefusesPolitely({ fileName: 'random.csv', text, targetColumn: column, targetKind: kind });
      }),
      { numRuns: 400 },
    );
  });

  it('throws nothing but DataError for CSV-like tables', () => {
    fc.assert(
      fc.property(csvLike, targetColumn, targetKind, (text, column, kind) => {
        parsesOrRefusesPolitely({ fileName: 'table.csv', text, targetColumn: column, targetKind: kind });
      }),
      { numRuns: 400 },
    );
  });

  it('parses nearly valid tables into well-formed datasets or refuses them with a DataError', () => {
    const outcomes = { parsed: 0, refused: 0 };
    fc.assert(
      fc.property(nearlyValid, targetKind, (text, kind) => {
        const parsed = parsesOrRefusesPolitely({ fileName: 'near.csv', text, targetColumn: 'label', targetKind: kind });
        outcomes[parsed ? 'parsed' : 'refused']++;
      }),
      { numRuns: 400 },
    );
    // Both outcomes must occur, or the generator is not exercising what this test claims to.
    expect(outcomes.parsed).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it('parses every well-formed numeric table it is given', () => {
    const numericTable = fc.array(
      fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 })),
      {
        minLength: 10,
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(numericTable, (rows) => {
        fc.pre(new Set(rows.map(([, label]) => label)).size >= 2);
        const text = ['value,label', ...rows.map(([value, label]) => `${value},${label}`)].join('\n');
        const ds = parseCsvDataset({ fileName: 'ok.csv', text, targetColumn: 'label', targetKind: 'class' });
        expect(ds.n).toBe(rows.length);
        // Through String, because String(-0) is "0": the file holds the text, not the double.
        expect(Array.from(ds.x)).toEqual(rows.map(([value]) => Math.fround(Number(String(value)))));
      }),
      { numRuns: 200 },
    );
  });
});
