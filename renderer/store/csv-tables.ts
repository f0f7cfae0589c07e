/**
 * Datasets of large CSV tables, parsed off the page's thread and kept by their (immutable) source
 * object, so that the dataset preview can show them without parsing on the page. Entries go when
 * their source is no longer referenced.
 */
import { LARGE_CSV_CHARS } from '../../src/data/limits';
import { isRealDatasetKind, type RealDatasetKind } from '../../src/data/real/catalog';
import { loadedRealDataset } from '../../src/data/real/load';
import type { CsvSource, Dataset, DatasetSpec } from '../../src/data/types';

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

/** Why a bundled real data set could not be loaded, by kind (set by use-real-data-loading.ts). */
const realDataFailures = new Map<RealDatasetKind, string>();

/** Records that loading a bundled data set failed, so views say why instead of waiting for it. */
export function setRealDataFailure(kind: RealDatasetKind, message: string): void {
  realDataFailures.set(kind, message);
}

/**
 * What the page has of a spec's dataset when the spec is a large table or a bundled data set still
 * being loaded: the dataset, 'pending', or the error.
 */
export type OffThreadDataset = { dataset: Dataset } | { pending: true } | { error: string };

/**
 * The dataset of a spec whose table is LARGE_CSV_CHARS or more, as the off-thread parse left it;
 * undefined for every other spec, which the page may generate or parse in place. Views call this
 * instead of generating such a dataset themselves, so no view parses a large table on the page. A
 * bundled real data set is 'pending' until its asset has been loaded (then undefined: generate it).
 */
export function offThreadDataset(spec: DatasetSpec): OffThreadDataset | undefined {
  if (isRealDatasetKind(spec.kind)) {
    if (loadedRealDataset(spec.kind)) return undefined;
    const failure = realDataFailures.get(spec.kind);
    return failure === undefined ? { pending: true } : { error: failure };
  }
  if (spec.kind !== 'csv' || !spec.csv || spec.csv.text.length < LARGE_CSV_CHARS) return undefined;
  const entry = tables.get(spec.csv);
  if (entry?.status === 'done') return { dataset: entry.dataset };
  if (entry?.status === 'failed') return { error: entry.message };
  return { pending: true };
}

/** The sentence a view shows while its table is being read. */
export const READING_TABLE = 'Reading the table…';
