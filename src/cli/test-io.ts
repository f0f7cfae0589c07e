import type { CliIo } from './io';

/** A CliIo that records what a command prints, and serves `stdin` (text) as standard input. */
export function captureIo(stdin = ''): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    readStdin: async (maxBytes) => new TextEncoder().encode(stdin).subarray(0, maxBytes + 1),
  };
}
