import { ensureDatasetLoaded } from '../data';
import { parseProject, type ProjectFormatError } from '../project';
import { MAX_FILE_BYTES } from '../project/limits';
import type { MlpFile } from '../project/types';
import type { CliIo } from './io';
import { decodeUtf8, LoadError, readRegularFile } from './read-limited';

export { LoadError } from './read-limited';

/** The FILE argument that means standard input. */
export const STDIN = '-';

/** How a project source is named in messages: its path, or 'standard input' for '-'. */
export function sourceName(source: string): string {
  return source === STDIN ? 'standard input' : source;
}

/** A project source as messages quote it: 'path' in quotes, or standard input without. */
export function quotedSource(source: string): string {
  return source === STDIN ? 'standard input' : `'${source}'`;
}

/** Reads the bytes of a project source: standard input for '-', else a regular file, both capped at the format's size limit. */
async function readSource(source: string, io: CliIo): Promise<Uint8Array> {
  if (source !== STDIN) return readRegularFile(source, MAX_FILE_BYTES);
  const bytes = await io.readStdin(MAX_FILE_BYTES);
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new LoadError(
      `Standard input holds more than ${MAX_FILE_BYTES / 1024 / 1024} MB; project files are limited to that.`,
    );
  }
  return bytes;
}

/** Reads and parses a .mlp file (or standard input for '-'), turning every failure into a LoadError that names the source. */
export async function loadProject(source: string, io: CliIo): Promise<MlpFile> {
  const name = quotedSource(source);
  const text = decodeUtf8(await readSource(source, io), name);
  let file: MlpFile;
  try {
    file = parseProject(text);
  } catch (err) {
    const e = err as ProjectFormatError;
    throw new LoadError(`${name} is not a valid MLP Studio project: ${e.message}`);
  }
  // A bundled real data set is read from its asset once, so every command can then prepare it synchronously.
  await ensureDatasetLoaded(file.data);
  return file;
}
