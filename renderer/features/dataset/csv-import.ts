/**
 * A first look at an imported CSV file: its column names, and a guess at the target column and
 * whether it holds class labels or numbers. The real parsing and checking is src/data's.
 */
import Papa from 'papaparse';
import type { CsvSource } from '../../../src/data/types';

/** Rows looked at when guessing the target's kind. */
const SAMPLE_ROWS = 200;
/** A numeric column with at most this many distinct whole values is taken for class labels. */
const MAX_GUESSED_CLASSES = 20;

/** The header row's column names (trimmed). */
export function csvHeader(text: string): string[] {
  const parsed = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: true });
  return (parsed.data[0] ?? []).map((name) => name.trim());
}

/** Guesses whether a column holds class labels (text, or a few whole numbers) or numbers to regress. */
export function guessTargetKind(text: string, column: string): CsvSource['targetKind'] {
  // Rows as arrays read by position: rows keyed by column name would let a column called
  // "__proto__" or "toString" reach Object's own members instead of the cell.
  const [header = [], ...rows] = Papa.parse<string[]>(text, { preview: SAMPLE_ROWS + 1, skipEmptyLines: true }).data;
  const at = header.findIndex((name) => name.trim() === column);
  const values = at < 0 ? [] : rows.map((row) => (row[at] ?? '').trim()).filter((v) => v !== '');
  if (values.some((v) => !Number.isFinite(Number(v)))) return 'class';
  const numbers = values.map(Number);
  const wholeAndFew = numbers.every(Number.isInteger) && new Set(numbers).size <= MAX_GUESSED_CLASSES;
  return wholeAndFew ? 'class' : 'number';
}

/** The CSV source for an imported file: the last column as the target, its kind guessed. */
export function csvSourceFrom(fileName: string, text: string): CsvSource {
  const header = csvHeader(text);
  const targetColumn = header[header.length - 1] ?? '';
  return { fileName, text, targetColumn, targetKind: guessTargetKind(text, targetColumn) };
}
