/**
 * Datasets of large CSV tables, parsed off the page's thread and kept by their (immutable) source
 * object, so that the dataset preview can show them without parsing on the page. Entries go when
 * their source is no longer referenced.
 */
import { LARGE_CSV_CHARS, type CsvSource, type Dataset, type DatasetSpec } from '../../src/data/index';

/** Where the parse of one table stands. */
export type TableEntry =
  | { status: 'pending' }
  | { status: 'done'; dataset: Dataset }
  | { status: 'failed'; message: string };

const tables = new WeakMap<CsvSource, TableEntry>();

/** The entry of a table, or undefined when nobody has started parsing it. */
export function tableEntry(source: CsvSource): TableEntry | undefined {
  return tables.get(source);
}

/** Records where the parse of a table stands. */
export function setTableEntry(source: CsvSource, entry: TableEntry): void {
  tables.set(source, entry);
}

/** What the page has of a spec's dataset when the spec is a large table: the dataset, 'pending', or the parse's error. */
export type OffThreadDataset = { dataset: Dataset } | { pending: true } | { error: string };

/**
 * The dataset of a spec whose table is LARGE_CSV_CHARS or more, as the off-thread parse left it;
 * undefined for every other spec, which the page may generate or parse in place. Views call this
 * instead of generating such a dataset themselves, so no view parses a large table on the page.
 */
export function offThreadDataset(spec: DatasetSpec): OffThreadDataset | undefined {
  if (spec.kind !== 'csv' || !spec.csv || spec.csv.text.length < LARGE_CSV_CHARS) return undefined;
  const entry = tables.get(spec.csv);
  if (entry?.status === 'done') return { dataset: entry.dataset };
  if (entry?.status === 'failed') return { error: entry.message };
  return { pending: true };
}

/** The sentence a view shows while its table is being read. */
export const READING_TABLE = 'Reading the table…';
