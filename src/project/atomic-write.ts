/**
 * Crash-safe file replacement: write a temp file beside the target, fsync it, rename it over the
 * target, fsync the folder. Written by hand rather than with write-file-atomic because that
 * library does not fsync the folder, and without it the rename itself can be lost on power cut. Node only: used by
 * the Electron main process
 * and the CLI, never by the renderer.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, unlinkSync, type Stats } from 'node:fs';
import path from 'node:path';

const TEMP_SUFFIX = '.tmp';
/** Permission bits of a newly created file, before the umask. */
const NEW_FILE_MODE = 0o644;

/** The temp-file name used while replacing `target`: hidden, beside it, tagged with this process id. */
export function tempPathFor(target: string, pid: number = process.pid): string {
  const tag = randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.${tag}${TEMP_SUFFIX}`);
}

/** Whether `fileName` is a temp file of `target` and, if so, the id of the process that wrote it. */
export function parseTempName(target: string, fileName: string): { pid: number } | null {
  const prefix = `.${path.basename(target)}.`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith(TEMP_SUFFIX)) return null;
  const match = /^(\d+)\.[0-9a-f]{12}$/.exec(fileName.slice(prefix.length, -TEMP_SUFFIX.length));
  return match ? { pid: Number(match[1]) } : null;
}

/** Thrown when the target exists but a regular file must not replace it (a folder, FIFO, device or dangling link). */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError';
  /** 'EISDIR' for a folder, so callers that explain errno codes say "it is a folder". */
  readonly code: string;
  constructor(message: string, code = 'ENOTREG') {
    super(message);
    this.code = code;
  }
}

/** What a target path names: the file to rename over, and the permission bits to keep (null: a new file). */
interface ResolvedTarget {
  finalPath: string;
  mode: number | null;
}

/** Names a non-regular file's kind for messages. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Resolves the target: a symlink to an existing file is written through (the link survives the
 * rename); a dangling symlink, a folder, a FIFO, a socket or a device is refused, because renaming
 * a regular file over it would silently replace something that is not a project file.
 */
export async function resolveTarget(target: string): Promise<ResolvedTarget> {
  const absolute = path.resolve(target);
  let link: Stats;
  try {
    link = await fs.lstat(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { finalPath: absolute, mode: null };
    throw error;
  }
  let finalPath = absolute;
  if (link.isSymbolicLink()) {
    try {
      finalPath = await fs.realpath(absolute);
    } catch {
      const points = await fs.readlink(absolute).catch(() => '?');
      throw new NotRegularFileError(
        `'${absolute}' is a symbolic link to '${points}', which does not exist; save under another name or fix the link.`,
      );
    }
  }
  const stats = await fs.stat(finalPath);
  if (!stats.isFile()) {
    const kind = kindOf(stats);
    throw new NotRegularFileError(
      `'${absolute}' is ${kind}, not a regular file; save under another name.`,
      stats.isDirectory() ? 'EISDIR' : 'ENOTREG',
    );
  }
  return { finalPath, mode: stats.mode & 0o7777 };
}

/** The realpath of the target where it exists, else the path itself (for finding temp files). */
async function realTarget(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    return path.resolve(target);
  }
}

/** Temp files being written by this process right now, removed by removeInFlightTempFiles on a signal. */
const inFlight = new Set<string>();

/**
 * Deletes, synchronously, the temp files of saves this process has in progress (side effect: unlinks
 * files); for SIGINT/SIGTERM handlers, which must not leave a hidden temp file behind.
 */
export function removeInFlightTempFiles(): number {
  let removed = 0;
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
      removed += 1;
    } catch {
      // Already renamed or removed: nothing is left behind.
    }
  }
  inFlight.clear();
  return removed;
}

/** Flushes a folder's entries to disk; platforms that cannot open folders (Windows) skip it. */
async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `target` with `data` so that at every instant the file holds either its old or its new
 * content, never a mix or nothing (side effects: creates, fsyncs and renames a temp file). The
 * replaced file's permission bits are kept; a symlink is written through to its file; a folder,
 * FIFO, device or dangling symlink is refused with NotRegularFileError. On any failure the temp
 * file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const { finalPath, mode } = await resolveTarget(target);
  const temp = tempPathFor(finalPath);
  let handle: fs.FileHandle | undefined;
  inFlight.add(temp);
  try {
    handle = await fs.open(temp, 'wx', NEW_FILE_MODE);
    // A new file gets NEW_FILE_MODE less the umask; a replaced one keeps its own bits exactly (0600 stays 0600).
    if (mode !== null) await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, finalPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    inFlight.delete(temp);
  }
  await fsyncDirectory(path.dirname(finalPath));
}

/** Whether a process with this id is still running (a live writer's temp file must not be removed). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes temp files of `target` left behind by writers that died mid-save; returns how many it removed. */
export async function removeStaleTempFiles(target: string): Promise<number> {
  const finalPath = await realTarget(target);
  const dir = path.dirname(finalPath);
  let removed = 0;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const temp = parseTempName(finalPath, name);
    if (!temp || temp.pid === process.pid || isProcessAlive(temp.pid)) continue;
    await fs.rm(path.join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
