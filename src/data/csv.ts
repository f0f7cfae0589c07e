import Papa from 'papaparse';
import { countCsvRecords, leadingLines } from './csv-rows';
import { readClassLabels, readNumber } from './csv-values';
import { DataError } from './errors';
import { MAX_COLUMN_NAME, MAX_COLUMNS, MAX_CSV_CHARS, MAX_SAMPLES, MIN_SAMPLES, formatCount } from './limits';
import type { CsvSource, Dataset } from './types';

/** The delimiter and line break papaparse detects on a table's first rows. */
interface CsvDialect {
  delimiter: string;
  linebreak: string;
}

/** A data row with its spreadsheet row number (the header is row 1). */
interface NumberedRow {
  row: number;
  fields: string[];
}

/** Lists column names for a message, shortened when a table is wide. */
function listColumns(names: string[]): string {
  const shown = names
    .slice(0, 20)
    .map((name) => `'${name}'`)
    .join(', ');
  return names.length > 20 ? `${shown} and ${names.length - 20} more` : shown;
}

/** Most characters the dialect is guessed from. */
const DIALECT_SAMPLE_CHARS = 128 * 1024;

/** Detects the dialect on the first rows: blank lines confuse papaparse's delimiter guess, so the preview skips them. */
function detectDialect(text: string): CsvDialect {
  const { delimiter, linebreak } = Papa.parse<string[]>(leadingLines(text, 50, DIALECT_SAMPLE_CHARS), {
    preview: 50,
    skipEmptyLines: 'greedy',
  }).meta;
  return { delimiter, linebreak };
}

/**
 * Refuses a table with more data rows than a dataset may have from a count of its records, before
 * papaparse builds millions of row arrays only for them to be refused (which froze the page for
 * seconds); the count never exceeds what the parse would find.
 */
function checkRecordCount(text: string, dialect: CsvDialect, fileName: string): void {
  const rows = countCsvRecords(text, dialect.delimiter, dialect.linebreak) - 1;
  if (rows <= MAX_SAMPLES) return;
  throw new DataError(
    `'${fileName}' has ${formatCount(rows)} data rows below its header, but a dataset needs at most ` +
      `${formatCount(MAX_SAMPLES)}. Import a sample of the rows.`,
    { value: String(rows) },
  );
}

/** Splits the text into rows with papaparse in the detected dialect, reporting broken quoting as a DataError. */
function splitRows(text: string, dialect: CsvDialect, fileName: string): NumberedRow[] {
  // Blank lines are kept here so that row numbers match the file's lines.
  const { delimiter } = dialect;
  const newline = dialect.linebreak as Papa.ParseConfig['newline'];
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw new DataError(
      `Row ${row} of '${fileName}' has a quoted field that is not closed or has stray text after its closing quote. ` +
        'Close every opening " with a matching " and write a quote inside a quoted field as "".',
      { row },
    );
  }
  return parsed.data
    .map((fields, index) => ({ row: index + 1, fields }))
    .filter(({ fields }) => !(fields.length === 0 || (fields.length === 1 && fields[0].trim() === '')));
}

/** Reads and checks the header row: names present, unique, within the column limit, target among them. */
function readHeader(header: NumberedRow, source: CsvSource): string[] {
  const names = header.fields.map((name) => name.trim());
  if (names.length > MAX_COLUMNS) {
    throw new DataError(
      `'${source.fileName}' has ${formatCount(names.length)} columns, more than the limit of ${formatCount(MAX_COLUMNS)}. ` +
        'Remove columns you do not need before importing.',
      { value: String(names.length) },
    );
  }
  const long = names.find((name) => name.length > MAX_COLUMN_NAME);
  if (long !== undefined) {
    throw new DataError(
      `The header names a column of ${formatCount(long.length)} characters ('${long.slice(0, 40)}…'); a column ` +
        `name may have at most ${MAX_COLUMN_NAME}. Shorten it.`,
      { row: header.row, value: long.slice(0, 80) },
    );
  }
  const blank = names.findIndex((name) => name === '');
  if (blank >= 0) {
    throw new DataError(
      `Column ${blank + 1} has no name in the header row (row ${header.row}). The first row must name every column; add the missing name.`,
      { row: header.row },
    );
  }
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate !== undefined) {
    throw new DataError(`The header names column '${duplicate}' twice. Give every column a different name.`, {
      row: header.row,
      column: duplicate,
    });
  }
  if (!names.includes(source.targetColumn)) {
    throw new DataError(
      `The target column '${source.targetColumn}' is not in '${source.fileName}'. Its columns are ${listColumns(names)}; ` +
        'pick one of them as the target.',
      { column: source.targetColumn, value: source.targetColumn },
    );
  }
  if (names.length < 2) {
    throw new DataError(
      `'${source.fileName}' has only the target column '${source.targetColumn}' and no feature columns to learn from. ` +
        'Add at least one numeric column beside the target.',
    );
  }
  return names;
}

/** Throws unless the table has MIN_SAMPLES..MAX_SAMPLES data rows, each with as many fields as the header. */
function checkRows(rows: NumberedRow[], names: string[], fileName: string): void {
  if (rows.length < MIN_SAMPLES || rows.length > MAX_SAMPLES) {
    const limit = rows.length < MIN_SAMPLES ? `at least ${MIN_SAMPLES}` : `at most ${formatCount(MAX_SAMPLES)}`;
    const fix = rows.length < MIN_SAMPLES ? 'Add more rows' : 'Import a sample of the rows';
    throw new DataError(
      `'${fileName}' has ${formatCount(rows.length)} data rows below its header, but a dataset needs ${limit}. ${fix}.`,
      { value: String(rows.length) },
    );
  }
  const ragged = rows.find(({ fields }) => fields.length !== names.length);
  if (ragged) {
    throw new DataError(
      `Row ${ragged.row} has ${ragged.fields.length} fields but the header has ${names.length} (${listColumns(names)}). ` +
        `Fix row ${ragged.row} so that it has one value per column, or delete it.`,
      { row: ragged.row, value: ragged.fields.join(',').slice(0, 80) },
    );
  }
}

/**
 * Parses an imported CSV table (header row required, delimiter detected, blank lines skipped) into a
 * Dataset: every column but the target becomes a numeric feature; a 'class' target may hold text or
 * whole numbers (mapped to indices in sorted order, names kept in classNames), a 'number' target
 * gives a regression task. Throws a DataError naming the row, column, value and fix for any problem.
 */
export function parseCsvDataset(source: CsvSource): Dataset {
  const text = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text;
  if (text.trim() === '') {
    throw new DataError(
      `'${source.fileName}' is empty. Import a CSV file with a header row and at least ${MIN_SAMPLES} data rows.`,
    );
  }
  // Measured with its byte-order mark, as the project file stores it.
  if (source.text.length > MAX_CSV_CHARS) {
    throw new DataError(
      `'${source.fileName}' is ${formatCount(source.text.length)} characters long, more than the limit of ${formatCount(MAX_CSV_CHARS)}. ` +
        'Import a sample of its rows.',
      { value: String(source.text.length) },
    );
  }
  const dialect = detectDialect(text);
  checkRecordCount(text, dialect, source.fileName);
  const [header, ...rows] = splitRows(text, dialect, source.fileName);
  if (!header) {
    throw new DataError(
      `'${source.fileName}' holds no rows. Import a CSV file with a header row and at least ${MIN_SAMPLES} data rows.`,
    );
  }
  const names = readHeader(header, source);
  checkRows(rows, names, source.fileName);

  const targetIndex = names.indexOf(source.targetColumn);
  const featureNames = names.filter((_, i) => i !== targetIndex);
  const features = featureNames.length;
  const x = new Float32Array(rows.length * features);
  rows.forEach(({ row, fields }, r) => {
    let column = 0;
    fields.forEach((field, i) => {
      if (i !== targetIndex) x[r * features + column++] = readNumber(field, { row, column: names[i] });
    });
  });

  const targets = rows.map(({ fields }) => fields[targetIndex]);
  const base = { n: rows.length, features, x, featureNames };
  if (source.targetKind === 'number') {
    const y = Float32Array.from(rows, ({ row }, r) => readNumber(targets[r], { row, column: source.targetColumn }));
    return { ...base, y, task: 'regression', classes: 1 };
  }
  const labels = readClassLabels(
    targets,
    rows.map(({ row }) => row),
    source.targetColumn,
  );
  const classes = labels.names.length;
  return {
    ...base,
    y: labels.indices,
    task: classes === 2 ? 'binary' : 'multiclass',
    classes,
    classNames: labels.names,
  };
}
