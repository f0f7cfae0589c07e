/** Where in a CSV table a problem was found, so the UI can point at the cell. */
export interface DataErrorLocation {
  /** Spreadsheet-style row number: the header is row 1, the first data row is row 2. */
  row?: number;
  /** Header name of the offending column. */
  column?: string;
  /** The offending text or value, as found. */
  value?: string;
}

/**
 * A problem with a dataset a person asked for (an imported CSV table or a generator setting); the
 * message says what is wrong, the offending value, the limit and how to fix it.
 */
export class DataError extends Error {
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;

  constructor(message: string, location: DataErrorLocation = {}) {
    super(message);
    this.name = 'DataError';
    this.row = location.row;
    this.column = location.column;
    this.value = location.value;
  }
}

/** Quotes a user-supplied value for an error message, shortened so a huge cell cannot flood the UI. */
export function quoteValue(value: string, maxLength = 40): string {
  const shown = value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
  return `'${shown}'`;
}
