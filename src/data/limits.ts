/** Fewest samples a dataset may have: fewer cannot be split into training and validation sensibly. */
export const MIN_SAMPLES = 10;
/** Most samples a dataset may have, generated or imported, so that training stays interactive. */
export const MAX_SAMPLES = 100_000;
/** Most classes a classification dataset may have (the charts' palette and softmax outputs stay readable). */
export const MAX_CLASSES = 20;
/**
 * Longest CSV text an import or a project may hold, in UTF-16 code units: the .mlp format's limit on
 * data.csv.text is this same constant, so an imported table can always be saved and reopened.
 */
export const MAX_CSV_CHARS = 40_000_000;
/** Tables at least this long (about a tenth of a second to parse) are parsed off the page's thread by the app. */
export const LARGE_CSV_CHARS = 1_000_000;
/** Longest column name, in UTF-16 code units; the format's limit on data.csv.targetColumn is this one. */
export const MAX_COLUMN_NAME = 200;
/** Most columns an imported table may have. */
export const MAX_COLUMNS = 1024;
/** Largest noise and spread a generator accepts: beyond this every dataset is a blur. */
export const MAX_NOISE = 10;

/** Formats a count with thousands separators the same way everywhere ("100,000"). */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}
