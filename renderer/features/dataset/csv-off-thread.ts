/**
 * Parsing a CSV table without freezing the page: large tables go to a short-lived worker, small
 * ones (and environments without workers, such as unit tests) are parsed in place.
 */
import { DataError, parseCsvDataset } from '../../../src/data/index';
import { LARGE_CSV_CHARS } from '../../../src/data/limits';
import type { CsvSource, Dataset } from '../../../src/data/types';
import type { CsvReply } from './csv-messages';

/** Whether a table is long enough to be parsed off the page's thread. */
export function isLargeCsv(source: CsvSource): boolean {
  return source.text.length >= LARGE_CSV_CHARS;
}

function spawn(): Worker {
  return new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'csv' });
}

/** Parses a table as parseCsvDataset does (rejecting with its DataError message), in a worker when the table is large. */
export function parseCsvOffThread(source: CsvSource): Promise<Dataset> {
  if (!isLargeCsv(source) || typeof Worker === 'undefined') return Promise.resolve().then(() => parseCsvDataset(source));
  const worker = spawn();
  return new Promise<Dataset>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CsvReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.dataset);
      else reject(new DataError(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The table could not be read in the background (${event.message || 'the worker stopped'}). Reload the page and import it again.`));
    };
    worker.postMessage(source);
  });
}
