import { readFile, stat } from 'node:fs/promises';
import { decodeUtf8Strict, parseProject, type ProjectFormatError } from '../project';
import type { MlpFile } from '../project/types';

/** Largest project file the CLI reads, the same limit the app applies. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Thrown when a project file cannot be read or parsed; its message is for the person at the terminal. */
export class LoadError extends Error {
  override name = 'LoadError';
}

/** Reads and parses a .mlp file, turning every failure into a LoadError that names the file. */
export async function loadProject(path: string): Promise<MlpFile> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new LoadError(`Cannot read '${path}': no such file. Check the path.`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new LoadError(`'${path}' is ${(size / 1e6).toFixed(1)} MB; project files are limited to 50 MB.`);
  }
  const bytes = await readFile(path);
  try {
    // Strict UTF-8, as the app reads: a Latin-1 file is refused, not silently changed.
    return parseProject(decodeUtf8Strict(bytes));
  } catch (err) {
    const e = err as ProjectFormatError;
    throw new LoadError(`'${path}' is not a valid MLP Studio project: ${e.message}`);
  }
}
