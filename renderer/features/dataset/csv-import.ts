/**
 * A first look at an imported CSV file: its column names, and a guess at the target column and
 * whether it holds class labels or numbers. The real parsing and checking is src/data's.
 */
import Papa from 'papaparse';
import { leadingLines, type CsvSource } from '../../../src/data/index';

/** Rows looked at when guessing the target's kind. */
const SAMPLE_ROWS = 200;
/** A numeric column with at most this many distinct whole values is taken for class labels. */
const MAX_GUESSED_CLASSES = 20;
/** Most characters looked at for the header and the guess: papaparse splits all it is given into lines, even for a preview. */
const SAMPLE_CHARS = 4 * 1024 * 1024;

/** The header row's column names (trimmed). */
export function csvHeader(text: string): string[] {
  const parsed = Papa.parse<string[]>(leadingLines(text, 20, SAMPLE_CHARS), { preview: 1, skipEmptyLines: true });
  return (parsed.data[0] ?? []).map((name) => name.trim());
}

/** Guesses whether a column holds class labels (text, or a few whole numbers) or numbers to regress. */
export function guessTargetKind(text: string, column: string): CsvSource['targetKind'] {
  // Rows as arrays read by position: rows keyed by column name would let a column called
  // "__proto__" or "toString" reach Object's own members instead of the cell. Only the leading
  // rows are read, so a huge table is not parsed on the page's thread to guess its target.
  const sample = leadingLines(text, SAMPLE_ROWS + 20, SAMPLE_CHARS);
  const [header = [], ...rows] = Papa.parse<string[]>(sample, { preview: SAMPLE_ROWS + 1, skipEmptyLines: true }).data;
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
