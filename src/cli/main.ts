import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { removeInFlightTempFiles } from '../project/atomic-write';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { checkProject, describeLayers, formatTable } from './inspect';
import { createProcessIo, EXIT, type CliIo } from './io';
import { loadProject, sourceName } from './load';
import { reportError } from './messages';
import { trainProject } from './train';

/** Runs `mlp validate`: prints every problem of the file and its network; 1 when any is an error. */
async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const name = sourceName(args.file as string);
  const file = await loadProject(args.file as string, io);
  const { issues, dataError } = checkProject(file);
  const errors = issues.filter((i) => i.severity === 'error');
  if (args.json) {
    io.out(JSON.stringify({ file: args.file, valid: errors.length === 0 && !dataError, dataError, issues }));
  } else {
    if (dataError) io.out(`error    data: ${dataError}`);
    for (const issue of issues) io.out(`${issue.severity.padEnd(8)} ${issue.nodeId ?? 'graph'}: ${issue.message}`);
    const verdict = errors.length === 0 && !dataError ? 'valid' : 'invalid';
    io.out(
      `${name}: ${verdict} (${errors.length + (dataError ? 1 : 0)} errors, ${issues.length - errors.length} warnings)`,
    );
  }
  return errors.length === 0 && !dataError ? EXIT.ok : EXIT.invalid;
}

/** Runs `mlp info`: the layers with their shapes and parameter counts. */
async function infoCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = await loadProject(args.file as string, io);
  const { rows, total } = describeLayers(file);
  if (args.json) {
    io.out(JSON.stringify({ file: args.file, title: file.meta.title, layers: rows, totalParams: total }));
    return EXIT.ok;
  }
  io.out(`${file.meta.title || sourceName(args.file as string)}`);
  const table = rows.map((r) => [r.id, r.name, r.kind, r.outputShape, String(r.params)]);
  for (const line of formatTable(['id', 'name', 'kind', 'output', 'params'], table)) io.out(line);
  io.out(`total parameters: ${total}`);
  return EXIT.ok;
}

/** Runs the CLI with argv (without node and script) and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = createProcessIo()): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const json = argv.includes('--json');
    reportError(io, json, err.message, EXIT.usage);
    if (!json) io.err(USAGE);
    return EXIT.usage;
  }
  try {
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return EXIT.ok;
      case 'version':
        io.out(args.json ? JSON.stringify({ name: 'mlp', version }) : `mlp (MLP Studio) ${version}`);
        return EXIT.ok;
      case 'validate':
        return await validateCommand(args, io);
      case 'info':
        return await infoCommand(args, io);
      case 'train':
        return await trainProject(args, io);
    }
  } catch (err) {
    // LoadError, OutputError and anything unforeseen: invalid input, said in one line (or one JSON object).
    reportError(io, args.json, (err as Error).message, EXIT.invalid);
    return EXIT.invalid;
  }
}

/** Exits on Ctrl+C or a kill without leaving a half-written hidden temp file beside --out. */
function cleanUpOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      removeInFlightTempFiles();
      process.exit(code);
    });
  }
}

/** Runs the CLI as the `mlp` process: real streams, signal clean-up, and the exit code. */
export async function runAsProcess(argv: string[] = process.argv.slice(2)): Promise<number> {
  cleanUpOnSignals();
  const code = await runCli(argv, createProcessIo());
  process.exitCode = code;
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runAsProcess();
}
