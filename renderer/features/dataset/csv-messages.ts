/** The messages between the page and the CSV worker: one table in, one dataset or one error out. */
import type { CsvSource, Dataset } from '../../../src/data/index';

/** A parsed table: its dataset, and the UTF-8 size of its text once written as a JSON string (as a project file stores it). */
export interface ParsedTable {
  dataset: Dataset;
  textJsonBytes: number;
}

/** What the CSV worker answers: the parsed table, or the DataError's message. */
export type CsvReply = ({ ok: true } & ParsedTable) | { ok: false; message: string };

/** Bytes a text takes as a JSON string in UTF-8, quotes and escapes included (as serializeProject writes it). */
export function jsonStringBytes(text: string): number {
  return new Blob([JSON.stringify(text)]).size;
}

/** Parses a table as parseCsvDataset does and says so as a reply; never throws. */
export function replyTo(source: CsvSource, parse: (source: CsvSource) => Dataset): CsvReply {
  try {
    return { ok: true, dataset: parse(source), textJsonBytes: jsonStringBytes(source.text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The buffers of a dataset, moved rather than copied to the page. */
export function transfersOf(reply: CsvReply): Transferable[] {
  return reply.ok ? [reply.dataset.x.buffer as ArrayBuffer, reply.dataset.y.buffer as ArrayBuffer] : [];
}
