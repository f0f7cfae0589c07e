/**
 * The desktop app's log, a file a person can send with a bug report: renderer crashes, refused IPC
 * calls, failed opens and saves. Written with electron-log's Node logger (no IPC listener, no
 * preload of its own) to one file that rotates at LOG_MAX_BYTES into one `.old` copy.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import electronLog from 'electron-log/node';

/** Size at which the log file is renamed to `<name>.old.log` and a fresh one begins (so at most twice this on disk). */
export const LOG_MAX_BYTES = 1024 * 1024;

/** The log the rest of main writes to; every message passes through `redactMessage` first. */
export interface AppLog {
  /** Where the current log file is. */
  readonly file: string;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * `message` with the folders of quoted absolute paths cut to "…" (the file name stays, as it helps
 * to read the log) and the home folder shown as "~", so a shared log does not map the person's disk.
 */
export function redactMessage(message: string, home: string = os.homedir()): string {
  const quoted = message.replace(/"((?:[A-Za-z]:)?[\\/][^"]*)"/g, (_match, full: string) => {
    const name = full.split(/[\\/]/).pop() ?? '';
    return `"…${path.sep}${name}"`;
  });
  return home.length > 1 ? quoted.split(home).join('~') : quoted;
}

/** Creates the log writing to `file` (its folder is created on the first write), rotating at `maxBytes`. */
export function createAppLog(file: string, maxBytes: number = LOG_MAX_BYTES): AppLog {
  const logger = electronLog.create({ logId: `mlp-studio:${file}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = maxBytes;
  // The log may name files and errors: readable by its owner only.
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  // One line per event, stamped in UTC so logs from any time zone read alike.
  logger.transports.file.format = ({ data, level, message }) => [
    `[${(message.date ?? new Date()).toISOString()}] [${level}] ${data.map(String).join(' ')}`,
  ];
  logger.transports.console.level = process.env.MLP_LOG_CONSOLE === '1' ? 'info' : false;
  return {
    file,
    info: (message) => logger.info(redactMessage(message)),
    warn: (message) => logger.warn(redactMessage(message)),
    error: (message) => logger.error(redactMessage(message)),
  };
}

/** The part of Electron's shell that reveals a file. */
export interface ShellLike {
  showItemInFolder(fullPath: string): void;
  openPath(fullPath: string): Promise<string>;
}

/**
 * Help › Show Log: reveals the log file in the file manager, or opens its folder when no log has
 * been written yet (side effect: creates that folder). Resolves to '' or the shell's error text.
 */
export async function showLogFile(shell: ShellLike, file: string): Promise<string> {
  if (existsSync(file)) {
    shell.showItemInFolder(file);
    return '';
  }
  const folder = path.dirname(file);
  await fs.mkdir(folder, { recursive: true });
  return shell.openPath(folder);
}
