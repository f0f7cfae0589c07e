/**
 * Reading an imported CSV file into a table the project can hold: refused by size before it is read,
 * decoded as strict UTF-8, parsed off the page's thread, and refused when the project would no
 * longer fit in a file that opens again. Every refusal says the size or the fault and the limit.
 */
import { formatCount, type CsvSource, type Dataset } from '../../../src/data/index';
import { decodeUtf8Strict, MAX_FILE_BYTES, MAX_LENGTH, serializeProject } from '../../../src/project/light';
import type { AppState } from '../../store/types';
import { projectFileOf } from '../files/project-file';
import { parseCsvOffThread } from './csv-off-thread';
import { csvSourceFrom } from './csv-import';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB (${formatCount(bytes)} bytes)`;
}

/** The project with `source` as its dataset, as the import would leave it. */
function withTable(state: Pick<AppState, 'document' | 'view'>, source: CsvSource) {
  const document = { ...state.document, data: { ...state.document.data, kind: 'csv' as const, csv: source } };
  return projectFileOf({ ...state, document });
}

/** An imported table and its parsed dataset. */
export interface ImportedTable {
  source: CsvSource;
  dataset: Dataset;
}

/**
 * Reads `file` into a table for the project in `state`; throws an Error whose message names the
 * size or the fault and the limit. `maxBytes` is the project file limit (tests pass a smaller one).
 */
export async function importTable(
  file: File,
  state: Pick<AppState, 'document' | 'view'>,
  maxBytes = MAX_FILE_BYTES,
): Promise<ImportedTable> {
  // The table is stored inside the project file, so one larger than a project file can never be saved.
  if (file.size > maxBytes) {
    throw new Error(
      `the file is ${megabytes(file.size)}; a project holds at most ${megabytes(maxBytes)}, table included. Import a sample of its rows`,
    );
  }
  const text = decodeUtf8Strict(new Uint8Array(await file.arrayBuffer()));
  const source = csvSourceFrom(file.name.slice(0, MAX_LENGTH.fileName), text);
  const { dataset, textJsonBytes } = await parseCsvOffThread(source);
  // Line breaks and quotes take two bytes each once escaped in JSON, so a table under the limit can
  // still make the project too large. The table's share was measured off the page's thread; the
  // rest is the project with a stand-in text too long to be printed on one line, as the real one is.
  const standIn = 'x'.repeat(256);
  const projectBytes =
    new Blob([serializeProject(withTable(state, { ...source, text: standIn }))]).size -
    (standIn.length + 2) +
    textJsonBytes;
  if (projectBytes > maxBytes) {
    throw new Error(
      `with this table the project would be ${megabytes(projectBytes)} once saved (line breaks and quotes take ` +
        `two bytes each in a project file); a project holds at most ${megabytes(maxBytes)}. Import a sample of its rows`,
    );
  }
  return { source, dataset };
}
