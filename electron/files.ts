/**
 * Reading and writing .mlp project files: size-limited reads that validate before anything
 * reaches the renderer, and crash-safe saves. Errors carry messages meant for the person.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_PROJECT_FILE_BYTES, type OpenedProject, type SavedProject } from '../src/ipc/contract';
import { removeStaleTempFiles, writeFileAtomic } from '../src/project/atomic-write';
import { decodeUtf8Strict } from '../src/project/decode';

/** The extension of project files. */
export const PROJECT_EXTENSION = '.mlp';

/** A file problem with a message that says what went wrong and how to fix it. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}

/** Checks a project's text; throws (with a message for people) when it is not a valid project. */
export type ProjectParser = (text: string) => unknown;

/**
 * Opening with O_NONBLOCK returns at once for a FIFO (a plain open would wait for a writer forever),
 * so the handle's stat can refuse it; reads of regular files are unaffected. Windows has no flag.
 */
const OPEN_FOR_READING = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * Why a file is not a project, in words that quote none of it when it is not even a project file
 * (no JSON, not an object, no "format": "mlp-project"): a dropped file may be anything on disk, and
 * its bytes must not travel back in a message. Problems inside a project file (the parser's error
 * names a field path) keep the parser's detailed message.
 */
export function describeParseFailure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const fieldPath = (error as { path?: unknown } | null)?.path;
  if (typeof fieldPath === 'string' && fieldPath !== '' && fieldPath !== 'format') {
    return `it is not a valid MLP Studio project. ${reason}`;
  }
  const where = /not valid JSON at line (\d+), column (\d+)/.exec(reason);
  if (where)
    return `it is not valid JSON (the first error is at line ${where[1]}, column ${where[2]}), so it is not an MLP Studio project.`;
  return 'it is not an MLP Studio project, which is a JSON object with "format": "mlp-project". Open a .mlp file saved by MLP Studio.';
}

/** Human-readable size, e.g. "40.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The extension of the Jupyter notebooks the app exports; they carry their project and open like one. */
export const NOTEBOOK_EXTENSION = '.ipynb';

/** Whether a path names a file the app opens: a project (.mlp) or an exported notebook (.ipynb), any case. */
export function isOpenableFile(filePath: string): boolean {
  return hasProjectExtension(filePath) || filePath.toLowerCase().endsWith(NOTEBOOK_EXTENSION);
}

/** Whether a path names a project file (ends in .mlp, any case). */
export function hasProjectExtension(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(PROJECT_EXTENSION);
}

/** Turns a Node file-system error into a sentence that says what happened to which file. */
export function describeFileError(error: unknown, action: 'open' | 'save', filePath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const subject = `Could not ${action} "${filePath}"`;
  switch (code) {
    case 'ENOENT':
      return action === 'open'
        ? `${subject}: the file does not exist. It may have been moved, renamed or deleted.`
        : `${subject}: its folder does not exist. Choose another location with Save As.`;
    case 'EACCES':
    case 'EPERM':
      return `${subject}: permission denied. Check the file's permissions or choose another location.`;
    case 'EISDIR':
      return `${subject}: it is a folder, not a project file.`;
    case 'ENOSPC':
      return `${subject}: the disk is full. Free some space and try again; the previous file is unchanged.`;
    case 'EROFS':
      return `${subject}: the disk is read-only. Choose another location with Save As.`;
    default:
      return `${subject}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Reads and validates a project file: refuses anything that is not a regular file, is larger than
 * `maxBytes` (checked before reading), is not UTF-8, or that `parse` rejects.
 */
export async function readProjectFile(
  filePath: string,
  parse: ProjectParser,
  maxBytes: number = MAX_PROJECT_FILE_BYTES,
): Promise<OpenedProject> {
  const absolute = path.resolve(filePath);
  const name = path.basename(absolute);
  let bytes: Uint8Array;
  let handle: fs.FileHandle | undefined;
  try {
    // Stat the open handle, not the path, so the size checked is the size of the file read.
    handle = await fs.open(absolute, OPEN_FOR_READING);
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ProjectFileError(`Could not open "${absolute}": it is not a regular file.`);
    if (stat.size > maxBytes) {
      throw new ProjectFileError(
        `Could not open "${absolute}": the file is ${formatBytes(stat.size)}, above the ${formatBytes(maxBytes)} limit for projects. ` +
          'Save the project again without trained weights or history to make it smaller.',
      );
    }
    bytes = await handle.readFile();
  } catch (error) {
    if (error instanceof ProjectFileError) throw error;
    throw new ProjectFileError(describeFileError(error, 'open', absolute));
  } finally {
    await handle?.close();
  }
  let text: string;
  try {
    text = decodeUtf8Strict(bytes);
  } catch (error) {
    throw new ProjectFileError(`Could not open "${absolute}": ${(error as Error).message}`);
  }
  try {
    parse(text);
  } catch (error) {
    throw new ProjectFileError(`Could not open "${absolute}": ${describeParseFailure(error)}`);
  }
  return { path: absolute, name, text };
}

/**
 * Checks that `data` (UTF-8) reads back as a project with `parse`, exactly as an open would read it;
 * throws a ProjectFileError naming `target` otherwise. The app never writes what it cannot open.
 */
export function checkReadsBack(target: string, data: Uint8Array, parse: ProjectParser): void {
  let problem: string | null = null;
  try {
    // The bytes, not the text, are what an open will read (the encoder replaces lone surrogates).
    parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== null) {
    throw new ProjectFileError(
      `Did not save "${target}": the project would not open again, so the file on disk was left as it was. ${problem} ` +
        'Fix the field named above and save again, or use Save As to keep the rest of your work elsewhere.',
    );
  }
}

/**
 * Saves project text to `filePath` atomically (the old file survives any crash), after checking the
 * extension, the size limit and that `parse` reads the bytes back; removes temp files that crashed
 * saves left beside it.
 */
export async function writeProjectFile(
  filePath: string,
  text: string,
  parse: ProjectParser,
  maxBytes: number = MAX_PROJECT_FILE_BYTES,
): Promise<SavedProject> {
  const absolute = path.resolve(filePath);
  if (!hasProjectExtension(absolute)) {
    throw new ProjectFileError(`Could not save "${absolute}": project files must end in ${PROJECT_EXTENSION}.`);
  }
  const data = new TextEncoder().encode(text);
  if (data.byteLength > maxBytes) {
    throw new ProjectFileError(
      `Could not save "${absolute}": the project is ${formatBytes(data.byteLength)}, above the ${formatBytes(maxBytes)} limit. ` +
        'Leave out trained weights or history to make it smaller.',
    );
  }
  checkReadsBack(absolute, data, parse);
  try {
    await writeFileAtomic(absolute, data);
  } catch (error) {
    throw new ProjectFileError(describeFileError(error, 'save', absolute));
  }
  await removeStaleTempFiles(absolute).catch(() => 0);
  return { path: absolute, name: path.basename(absolute) };
}
