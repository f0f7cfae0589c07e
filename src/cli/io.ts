import { readStream } from './read-limited';

/** Where the CLI reads and writes; injected so tests can capture output without spawning a process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Reads all of standard input as bytes, up to `maxBytes` + 1 (for FILE '-'). */
  readStdin(maxBytes: number): Promise<Uint8Array>;
}

/**
 * Writes lines to a stream until its reader goes away: an EPIPE (`mlp train … | head -1`) makes later
 * lines vanish quietly instead of crashing the process, so the run still finishes and saves.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): (line: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return (line) => {
    if (!closed) stream.write(`${line}\n`);
  };
}

/** Reads, writes and takes standard input through the process's own streams; safe against closed pipes. */
export function createProcessIo(): CliIo {
  return {
    out: quietOnClosedPipe(process.stdout),
    err: quietOnClosedPipe(process.stderr),
    readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
  };
}

/** Exit codes: 0 ok, 1 invalid input (file, network, data, output place), 2 usage error, 3 training diverged. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, diverged: 3 } as const;
