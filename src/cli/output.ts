import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseProject, serializeProject } from '../project';
import { NotRegularFileError, resolveTarget, writeFileAtomic } from '../project/atomic-write';
import type { MlpFile } from '../project/types';

/** The --out value that means standard output. */
export const STDOUT = '-';

/** Thrown when --out cannot be written or the result would not open again; the CLI exits with code 1. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/**
 * Checks, before any training, that --out can be written: its folder exists, is a folder and is
 * writable, and the path is not a folder, FIFO, device or dangling symlink. Throws OutputError
 * naming the path and the fix; '-' (standard output) always passes.
 */
export async function checkOutput(out: string): Promise<void> {
  if (out === STDOUT) return;
  const given = path.dirname(path.resolve(out));
  const givenStats = await stat(given).catch(() => null);
  if (!givenStats)
    throw new OutputError(
      `Cannot save to --out '${out}': the folder '${given}' does not exist. Create it first or choose another path.`,
    );
  if (!givenStats.isDirectory())
    throw new OutputError(`Cannot save to --out '${out}': '${given}' is not a folder. Choose another path.`);
  let finalPath: string;
  try {
    ({ finalPath } = await resolveTarget(out));
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new OutputError(`Cannot save to --out: ${error.message}`);
    throw new OutputError(`Cannot save to --out '${out}': ${(error as Error).message}`);
  }
  // A symlink is written through: the folder that must be writable is its file's.
  const folder = path.dirname(finalPath);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new OutputError(
      `Cannot save to --out '${out}': the folder '${folder}' is not writable. Choose another path or change its permissions.`,
    );
  }
}

/**
 * Serializes the project, parses that text back with parseProject (the app's own reader) and only
 * then writes it: atomically to --out, or through `writeStdout` for '-'. A result that would not
 * open again is refused with OutputError and nothing is replaced. Returns the bytes written.
 */
export async function writeProjectChecked(
  out: string,
  file: MlpFile,
  writeStdout: (text: string) => void,
): Promise<number> {
  const text = serializeProject(file);
  try {
    parseProject(text);
  } catch (error) {
    const where = out === STDOUT ? 'standard output' : `'${out}'`;
    throw new OutputError(
      `The trained project would not open again, so nothing was written to ${where}: ${(error as Error).message}`,
    );
  }
  if (out === STDOUT) writeStdout(text.replace(/\n$/, ''));
  else {
    try {
      await writeFileAtomic(out, text);
    } catch (error) {
      throw new OutputError(
        `Cannot save to --out '${out}': ${(error as Error).message}. The previous file, if any, is unchanged.`,
      );
    }
  }
  return new TextEncoder().encode(text).byteLength;
}
