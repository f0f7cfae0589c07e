/**
 * Datasets of large CSV tables, parsed off the page's thread and kept by their (immutable) source
 * object, so that the dataset preview can show them without parsing on the page. Entries go when
 * their source is no longer referenced.
 */
import type { CsvSource, Dataset } from '../../src/data/types';

/** Where the parse of one table stands. */
export type TableEntry = { status: 'pending' } | { status: 'done'; dataset: Dataset } | { status: 'failed'; message: string };

const tables = new WeakMap<CsvSource, TableEntry>();

/** The entry of a table, or undefined when nobody has started parsing it. */
export function tableEntry(source: CsvSource): TableEntry | undefined {
  return tables.get(source);
}

/** Records where the parse of a table stands. */
export function setTableEntry(source: CsvSource, entry: TableEntry): void {
  tables.set(source, entry);
}
