import { DataError, quoteValue } from './errors';
import { MAX_CLASSES, formatCount } from './limits';

/** A plain decimal number: optional sign, digits with an optional point, optional exponent. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Largest finite 32-bit float: features and targets are stored as Float32Array. */
const FLOAT32_MAX = 3.4028234663852886e38;

/** Where a cell sits, for error messages: spreadsheet row number and header name. */
export interface CellPlace {
  row: number;
  column: string;
}

/** Reads a cell that must hold a finite decimal number; throws a DataError naming the row, column and text otherwise. */
export function readNumber(text: string, place: CellPlace): number {
  const where = `Row ${place.row}, column '${place.column}'`;
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new DataError(`${where} is empty. Fill in a number or delete the row.`, { ...place, value: text });
  }
  const decimal = DECIMAL.test(trimmed);
  const value = decimal ? Number(trimmed) : Number.NaN;
  if (!(Math.abs(value) <= FLOAT32_MAX)) {
    const reason = decimal ? 'is too large for a 32-bit float' : 'is not a number';
    throw new DataError(
      `${where}: ${quoteValue(trimmed)} ${reason}. Every column except the target must hold plain decimal ` +
        'numbers (like 3.5 or -1e-3); fix the value, or remove or number-encode the column.',
      { ...place, value: text },
    );
  }
  return value;
}

/** Class labels of a table turned into indices, with the name of each index. */
export interface ClassLabels {
  indices: Float32Array;
  names: string[];
}

/**
 * Maps class labels to indices 0..k-1 in sorted order: numerically when every label is a whole
 * number (so 1, 2, 10 keep their order), otherwise by code-unit order of the text; throws a
 * DataError for an empty label, fractional numeric labels, fewer than 2 or more than 20 classes.
 */
export function readClassLabels(labels: string[], rows: number[], column: string): ClassLabels {
  const trimmed = labels.map((label, i) => {
    const text = label.trim();
    if (text === '') {
      throw new DataError(`Row ${rows[i]}, column '${column}' has no class label. Fill it in or delete the row.`, {
        row: rows[i],
        column,
        value: label,
      });
    }
    return text;
  });
  const numeric = trimmed.every((text) => DECIMAL.test(text) && Number.isFinite(Number(text)));
  if (numeric) {
    const fractional = trimmed.findIndex((text) => !Number.isInteger(Number(text)));
    if (fractional >= 0) {
      throw new DataError(
        `Row ${rows[fractional]}, column '${column}': ${quoteValue(trimmed[fractional])} is not a whole number, so it ` +
          'cannot be a class label. Import the target as a number to predict, or use whole numbers or text for classes.',
        { row: rows[fractional], column, value: trimmed[fractional] },
      );
    }
  }
  const keys = trimmed.map((text) => (numeric ? String(Number(text)) : text));
  const distinct = [...new Set(keys)];
  distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  checkClassCount(distinct, column);
  const indexOf = new Map(distinct.map((name, index) => [name, index]));
  return { indices: Float32Array.from(keys, (key) => indexOf.get(key) as number), names: distinct };
}

/** Throws a DataError unless a class target has between 2 and MAX_CLASSES distinct labels. */
function checkClassCount(distinct: string[], column: string): void {
  if (distinct.length < 2) {
    throw new DataError(
      `Column '${column}' holds a single class, ${quoteValue(distinct[0] ?? '')}: there is nothing to tell apart. ` +
        'Pick a target column with at least 2 classes.',
      { column, value: distinct[0] },
    );
  }
  if (distinct.length > MAX_CLASSES) {
    const examples = distinct
      .slice(0, 5)
      .map((name) => quoteValue(name))
      .join(', ');
    throw new DataError(
      `Column '${column}' has ${formatCount(distinct.length)} different classes (${examples}, ...), more than the ` +
        `limit of ${MAX_CLASSES}. If it holds numbers to predict, import it as a number target; otherwise merge rare classes.`,
      { column, value: String(distinct.length) },
    );
  }
}
