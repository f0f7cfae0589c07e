/** Where the CLI writes; injected so tests can capture output without spawning a process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Writes to the process's stdout and stderr. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 ok, 1 invalid input (file, network, data), 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
