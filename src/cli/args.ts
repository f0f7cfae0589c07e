import { parseArgs } from 'node:util';

/** A parsed command line: the command, its file and options. */
export interface CliArgs {
  command: 'validate' | 'info' | 'train' | 'help';
  file: string | null;
  epochs: number | null;
  backend: 'cpu' | 'wasm';
  /** Which training engine: as the app chooses ('auto'), or one forced. */
  engine: 'auto' | 'tfjs' | 'fast';
  json: boolean;
  out: string | null;
}

/** Thrown for a command line that cannot be understood; the CLI exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The text printed by `mlp help` and after a usage error. */
export const USAGE = `Usage: mlp <command> FILE.mlp [options]

Commands:
  validate FILE          check a project file and its network; exit 1 if anything is wrong
  info FILE              list the layers with their shapes and parameter counts
  train FILE             train the network headless and print progress per epoch
    --epochs N           epochs to train (default: the project's setting)
    --backend cpu|wasm   tfjs backend (default: cpu)
    --engine auto|tfjs|fast
                         training engine (default: auto, the app's choice: the fast
                         engine for networks it runs, else tfjs)
    --json               print one JSON object per line instead of a table
    --out FILE           save the trained project (weights and history) to FILE

Exit codes: 0 ok, 1 invalid input, 2 usage error.`;

const COMMANDS = new Set(['validate', 'info', 'train', 'help']);

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
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : (positionals[0] ?? 'help');
  if (!COMMANDS.has(command)) {
    throw new UsageError(`Unknown command '${command}'. Use one of: validate, info, train.`);
  }
  const file = positionals[1] ?? null;
  if (command !== 'help' && file === null) {
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
  if (command !== 'train' && (values.epochs !== undefined || values.out !== undefined || values.backend !== undefined || values.engine !== undefined)) {
    throw new UsageError(`--epochs, --backend, --engine and --out only apply to 'mlp train'.`);
  }
  return {
    command: command as CliArgs['command'],
    file,
    epochs,
    backend,
    engine,
    json: values.json ?? false,
    out: values.out ?? null,
  };
}
