/**
 * Parsing a CSV table without freezing the page: large tables go to a short-lived worker, small
 * ones (and environments without workers, such as unit tests) are parsed in place.
 */
import { DataError, parseCsvDataset, LARGE_CSV_CHARS, type CsvSource } from '../../../src/data/index';
import { type CsvReply, jsonStringBytes, type ParsedTable } from './csv-messages';

/** Whether a table is long enough to be parsed off the page's thread. */
export function isLargeCsv(source: CsvSource): boolean {
  return source.text.length >= LARGE_CSV_CHARS;
}

function spawn(): Worker {
  return new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'csv' });
}

/**
 * Parses a table as parseCsvDataset does (rejecting with its DataError message), in a worker when
 * the table is large; the size of its text as a JSON string is measured there too.
 */
export function parseCsvOffThread(source: CsvSource): Promise<ParsedTable> {
  if (!isLargeCsv(source) || typeof Worker === 'undefined') {
    return Promise.resolve().then(() => ({
      dataset: parseCsvDataset(source),
      textJsonBytes: jsonStringBytes(source.text),
    }));
  }
  const worker = spawn();
  return new Promise<ParsedTable>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CsvReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve({ dataset: reply.dataset, textJsonBytes: reply.textJsonBytes });
      else reject(new DataError(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(
        new Error(
          `The table could not be read in the background (${event.message || 'the worker stopped'}). Reload the page and import it again.`,
        ),
      );
    };
    worker.postMessage(source);
  });
}
