/**
 * Crash-safe file replacement: write a temp file beside the target, fsync it, rename it over the
 * target, fsync the folder. Written by hand rather than with write-file-atomic because that
 * library does not fsync the folder, and without it the rename itself can be lost on power cut. Node only: used by the Electron main process
 * and the CLI, never by the renderer.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const TEMP_SUFFIX = '.tmp';

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

/** Resolves a symlinked target to the file it points at, so the link survives the rename. */
async function resolveTarget(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    return path.resolve(target);
  }
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
 * content, never a mix or nothing (side effects: creates, fsyncs and renames a temp file).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const finalPath = await resolveTarget(target);
  const temp = tempPathFor(finalPath);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, finalPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
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
  const finalPath = await resolveTarget(target);
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
