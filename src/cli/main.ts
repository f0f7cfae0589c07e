import { pathToFileURL } from 'node:url';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { checkProject, describeLayers, formatTable } from './inspect';
import { EXIT, processIo, type CliIo } from './io';
import { loadProject, LoadError } from './load';
import { trainProject } from './train';

/** Runs `mlp validate`: prints every problem of the file and its network; 1 when any is an error. */
async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = await loadProject(args.file as string);
  const { issues, dataError } = checkProject(file);
  const errors = issues.filter((i) => i.severity === 'error');
  if (args.json) {
    io.out(JSON.stringify({ file: args.file, valid: errors.length === 0 && !dataError, dataError, issues }));
  } else {
    if (dataError) io.out(`error  data: ${dataError}`);
    for (const issue of issues) io.out(`${issue.severity.padEnd(7)}${issue.nodeId ?? 'graph'}: ${issue.message}`);
    const verdict = errors.length === 0 && !dataError ? 'valid' : 'invalid';
    io.out(`${args.file}: ${verdict} (${errors.length + (dataError ? 1 : 0)} errors, ${issues.length - errors.length} warnings)`);
  }
  return errors.length === 0 && !dataError ? EXIT.ok : EXIT.invalid;
}

/** Runs `mlp info`: the layers with their shapes and parameter counts. */
async function infoCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = await loadProject(args.file as string);
  const { rows, total } = describeLayers(file);
  if (args.json) {
    io.out(JSON.stringify({ file: args.file, title: file.meta.title, layers: rows, totalParams: total }));
    return EXIT.ok;
  }
  io.out(`${file.meta.title || args.file}`);
  const table = rows.map((r) => [r.id, r.name, r.kind, r.outputShape, String(r.params)]);
  for (const line of formatTable(['id', 'name', 'kind', 'output', 'params'], table)) io.out(line);
  io.out(`total parameters: ${total}`);
  return EXIT.ok;
}

/** Runs the CLI with argv (without node and script) and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`mlp: ${err.message}`);
    io.err(USAGE);
    return EXIT.usage;
  }
  try {
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return EXIT.ok;
      case 'validate':
        return await validateCommand(args, io);
      case 'info':
        return await infoCommand(args, io);
      case 'train':
        return await trainProject(args, io);
    }
  } catch (err) {
    if (err instanceof LoadError) {
      io.err(`mlp: ${err.message}`);
      return EXIT.invalid;
    }
    io.err(`mlp: ${(err as Error).message}`);
    return EXIT.invalid;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
