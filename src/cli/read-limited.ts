import { constants, promises as fs, type Stats } from 'node:fs';
import { decodeUtf8Strict } from '../project/decode';

/** Thrown when a project source cannot be read; its message names the file, the reason and the fix. */
export class LoadError extends Error {
  override name = 'LoadError';
}

/** Names what a non-regular file is, for messages. */
export function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Decodes UTF-8 strictly: a file with invalid bytes is refused, as the desktop app refuses it, never mangled; `name` comes quoted. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return decodeUtf8Strict(bytes);
  } catch (err) {
    // The one encoding rule of every reader, with the file named as the command line names it.
    throw new LoadError((err as Error).message.replace(/^The file/, name));
  }
}

/** Reads a stream into bytes, stopping after `maxBytes` + 1 so an endless source cannot fill memory. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    chunks.push(bytes);
    total += bytes.byteLength;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, Math.min(total, maxBytes + 1));
}

/**
 * Reads a regular file of at most `maxBytes`, refusing a folder, FIFO, socket or device before
 * reading a byte (a FIFO would block, /dev/zero never ends). The file is opened non-blocking and
 * checked again through its handle, so a path swapped after the first check is refused too.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let stats: Stats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new LoadError(`Cannot read '${path}': no such file. Check the path.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new LoadError(`Cannot read '${path}': permission denied. Check the file's permissions.`);
    throw new LoadError(`Cannot read '${path}': ${(error as Error).message}`);
  }
  const refuse = (s: Stats) => {
    if (!s.isFile())
      throw new LoadError(
        `Cannot read '${path}': it is ${describeKind(s)}, not a project file. Give the path of a .mlp file.`,
      );
    if (s.size > maxBytes)
      throw new LoadError(
        `Cannot read '${path}': it is ${megabytes(s.size)}; project files are limited to ${megabytes(maxBytes)}.`,
      );
  };
  refuse(stats);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new LoadError(
      `Cannot read '${path}': ` +
        ((error as NodeJS.ErrnoException).code === 'EACCES'
          ? "permission denied. Check the file's permissions."
          : (error as Error).message),
    );
  }
  try {
    refuse(await handle.stat());
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes)
        throw new LoadError(
          `Cannot read '${path}': it grew past ${megabytes(maxBytes)} while being read; project files are ` +
            `limited to ${megabytes(maxBytes)}.`,
        );
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}
