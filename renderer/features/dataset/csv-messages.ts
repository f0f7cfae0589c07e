/** The messages between the page and the CSV worker: one table in, one dataset or one error out. */
import type { CsvSource, Dataset } from '../../../src/data/types';

/** What the CSV worker answers: the parsed dataset, or the DataError's message. */
export type CsvReply = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** Parses a table as parseCsvDataset does and says so as a reply; never throws. */
export function replyTo(source: CsvSource, parse: (source: CsvSource) => Dataset): CsvReply {
  try {
    return { ok: true, dataset: parse(source) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The buffers of a dataset, moved rather than copied to the page. */
export function transfersOf(reply: CsvReply): Transferable[] {
  return reply.ok ? [reply.dataset.x.buffer as ArrayBuffer, reply.dataset.y.buffer as ArrayBuffer] : [];
}
