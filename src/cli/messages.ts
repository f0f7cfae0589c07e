import type { CliArgs } from './args';
import type { CliIo } from './io';
import { STDOUT } from './output';

/** How a command speaks: results and progress, notes for the person, and errors. */
export interface Messages {
  /** A result line (a table row or one JSON object): standard output, or standard error when the project goes to standard output. */
  progress(line: string): void;
  /** A sentence about what happens (resuming, saved …); under --json an object {level: 'note', message, …extra} on standard error. */
  note(message: string, extra?: Record<string, unknown>): void;
  /** An error; under --json an object {level: 'error', message, exitCode} on standard error. */
  error(message: string, exitCode: number): void;
}

/**
 * Routes a command's output: with --json, standard output carries only result objects and every
 * message is a JSON object on standard error; with `--out -`, standard output carries only the project.
 */
export function createMessages(args: Pick<CliArgs, 'json' | 'out'>, io: CliIo): Messages {
  const projectOnStdout = args.out === STDOUT;
  const progress = projectOnStdout ? io.err : io.out;
  return {
    progress,
    note(message, extra = {}) {
      if (args.json) io.err(JSON.stringify({ level: 'note', message, ...extra }));
      else progress(message);
    },
    error(message, exitCode) {
      reportError(io, args.json, message, exitCode);
    },
  };
}

/** Prints an error for the person (`mlp: …`) or, under --json, as {level: 'error', message, exitCode}; both on standard error. */
export function reportError(io: CliIo, json: boolean, message: string, exitCode: number): void {
  io.err(json ? JSON.stringify({ level: 'error', message, exitCode }) : `mlp: ${message}`);
}
