import { parseArgs } from 'node:util';

/** A parsed command line: the command, its file and options. */
export interface CliArgs {
  command: 'validate' | 'info' | 'train' | 'help' | 'version';
  file: string | null;
  epochs: number | null;
  backend: 'cpu' | 'wasm';
  /** Which training engine: as the app chooses ('auto'), or one forced. */
  engine: 'auto' | 'tfjs' | 'fast';
  json: boolean;
  /** Where `train` saves the trained project: a path, '-' for standard output, or null for nowhere. */
  out: string | null;
  /** `train` only: start from fresh weights even when the file holds trained ones. */
  fresh: boolean;
}

/** Thrown for a command line that cannot be understood; the CLI exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The text printed by `mlp help` and after a usage error. */
export const USAGE = `Usage: mlp <command> FILE.mlp [options]      (FILE '-' reads standard input)

Commands:
  validate FILE          check a project file and its network; exit 1 if anything is wrong
  info FILE              list the layers with their shapes and parameter counts
  train FILE             train the network headless and print progress per epoch; a file
                         with trained weights resumes from them (and says so)
    --epochs N           epochs to train in this run (default: the project's setting, less
                         the epochs already trained when resuming)
    --fresh              start from fresh weights and a new history, ignoring trained ones
    --backend cpu|wasm   tfjs backend (default: cpu)
    --engine auto|tfjs|fast
                         training engine (default: auto, the app's choice: the fast
                         engine for networks it runs, else tfjs)
    --out FILE           save the trained project (weights and history) to FILE, checked
                         before training and written atomically; '-' writes it to standard
                         output (progress then goes to standard error)
  --json                 print JSON: one object per line on standard output; messages and
                         errors as {"level", "message", ...} objects on standard error
  --version              print the version
  -h, --help             print this help

Exit codes: 0 ok, 1 invalid input (unreadable file, invalid project or network, --out not
writable), 2 usage error, 3 training diverged.`;

const COMMANDS = new Set(['validate', 'info', 'train', 'help', 'version']);

/** Parses argv (without the node and script entries) into CliArgs, or throws UsageError naming the problem. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        epochs: { type: 'string' },
        backend: { type: 'string' },
        engine: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        fresh: { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'V', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : values.version ? 'version' : (positionals[0] ?? 'help');
  if (!COMMANDS.has(command)) {
    throw new UsageError(`Unknown command '${command}'. Use one of: validate, info, train.`);
  }
  const file = positionals[1] ?? null;
  if (command !== 'help' && command !== 'version' && file === null) {
    throw new UsageError(`'mlp ${command}' needs a project file, e.g. 'mlp ${command} moons.mlp'.`);
  }
  if (positionals.length > 2) {
    throw new UsageError(`Unexpected argument '${positionals[2]}'. Give one project file.`);
  }
  let epochs: number | null = null;
  if (values.epochs !== undefined) {
    epochs = Number(values.epochs);
    if (!Number.isInteger(epochs) || epochs < 1 || epochs > 1_000_000) {
      throw new UsageError(`--epochs '${values.epochs}' is not valid; give a whole number from 1 to 1000000.`);
    }
  }
  const backend = values.backend ?? 'cpu';
  if (backend !== 'cpu' && backend !== 'wasm') {
    throw new UsageError(`--backend '${backend}' is not available headless; use cpu or wasm.`);
  }
  const engine = values.engine ?? 'auto';
  if (engine !== 'auto' && engine !== 'tfjs' && engine !== 'fast') {
    throw new UsageError(`--engine '${engine}' is not an engine; use auto, tfjs or fast.`);
  }
  if (
    command !== 'train' &&
    (values.epochs !== undefined ||
      values.out !== undefined ||
      values.backend !== undefined ||
      values.engine !== undefined ||
      values.fresh)
  ) {
    throw new UsageError(`--epochs, --fresh, --backend, --engine and --out only apply to 'mlp train'.`);
  }
  if (values.out !== undefined && values.out.trim() === '') {
    throw new UsageError(
      `--out needs a file name, e.g. '--out trained.mlp', or '-' for standard output; it was empty.`,
    );
  }
  return {
    command: command as CliArgs['command'],
    file,
    epochs,
    backend,
    engine,
    json: values.json ?? false,
    out: values.out ?? null,
    fresh: values.fresh ?? false,
  };
}
