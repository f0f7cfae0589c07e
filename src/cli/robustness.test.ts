// The CLI against unlucky and hostile input: special files, closed pipes, unwritable --out,
// standard input and output, exit codes and JSON errors.
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { parseProject } from '../project';
import { runCli } from './main';
import { captureIo } from './test-io';

const MOONS = 'assets/examples/moons-2-10-1.mlp';
const moonsText = readFileSync(MOONS, 'utf8');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlp-cli-robust-'));
});

/** A copy of the moons example with `change` applied, written to dir/name. */
function variant(name: string, change: (file: ReturnType<typeof parseProject>) => void): string {
  const file = parseProject(moonsText);
  change(file);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

describe('mlp refuses what is not a regular project file, before reading it', () => {
  it('refuses a FIFO at once instead of waiting for a writer forever', async () => {
    const fifo = join(dir, 'pipe.mlp');
    execFileSync('mkfifo', [fifo]);
    const io = captureIo();
    expect(await runCli(['validate', fifo], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/pipe\.mlp': it is a named pipe \(FIFO\), not a project file/);
  }, 5_000);

  it.each([
    ['/dev/zero', /'\/dev\/zero': it is a device, not a project file/],
    ['src', /'src': it is a folder, not a project file\. Give the path of a \.mlp file/],
  ])('refuses %s with a message naming what it is', async (path, message) => {
    const io = captureIo();
    expect(await runCli(['validate', path], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(message);
  });

  it('refuses a file that is not UTF-8 instead of mangling it', async () => {
    const path = join(dir, 'latin1.mlp');
    writeFileSync(path, Buffer.from(moonsText.replace('"title": "', '"title": "Caf\u00e9 '), 'latin1'));
    const io = captureIo();
    expect(await runCli(['validate', path], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/latin1\.mlp' is not UTF-8 text/);
  });
});

describe('mlp train --out', () => {
  it('checks the folder before training and names it, not a hidden temp file', async () => {
    const out = join(dir, 'no-such-folder', 'o.mlp');
    const io = captureIo();
    expect(await runCli(['train', MOONS, '--epochs', '2', '--out', out], io)).toBe(1);
    expect(io.stdout.filter((l) => l.startsWith('epoch'))).toEqual([]);
    expect(io.stderr.join('\n')).toMatch(/the folder '.*no-such-folder' does not exist\. Create it first/);
    expect(io.stderr.join('\n')).not.toMatch(/\.tmp/);
  });

  it('refuses to replace a FIFO with a regular file, before training', async () => {
    const fifo = join(dir, 'out-pipe.mlp');
    execFileSync('mkfifo', [fifo]);
    const io = captureIo();
    expect(await runCli(['train', MOONS, '--epochs', '1', '--out', fifo], io)).toBe(1);
    expect(io.stdout.filter((l) => l.startsWith('epoch'))).toEqual([]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses an empty --out as a usage error (exit 2) instead of saving nothing', async () => {
    const io = captureIo();
    expect(await runCli(['train', MOONS, '--epochs', '1', '--out', ''], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/--out needs a file name/);
  });

  it("writes the trained project to standard output for '-', progress to standard error", async () => {
    const io = captureIo();
    expect(await runCli(['train', MOONS, '--epochs', '2', '--out', '-'], io)).toBe(0);
    const saved = parseProject(io.stdout.join('\n'));
    expect(saved.state?.epoch).toBe(2);
    expect(io.stderr.filter((l) => l.startsWith('epoch'))).toHaveLength(2);
  });

  it('keeps writing the file when the reader of its output goes away (| head -1)', async () => {
    const out = join(dir, 'piped.mlp');
    // bin/mlp.mjs runs a bundle of the current sources (rebuilt when they change), as a user's shell does.
    const child = spawn(process.execPath, ['bin/mlp.mjs', 'train', MOONS, '--epochs', '300', '--out', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
    expect(parseProject(readFileSync(out, 'utf8')).state?.epoch).toBe(300);
    expect(readdirSync(dir).filter((n) => n.startsWith('.piped.mlp.'))).toEqual([]);
  }, 60_000);
});

describe('mlp exit codes, formats and standard input', () => {
  it('exits 3 when training diverges, and saves nothing', async () => {
    const path = variant('diverges.mlp', (f) => {
      f.training.optimizer.learningRate = 1000;
      const act = f.graph.nodes.find((n) => n.id === 'activation-1');
      if (act?.kind === 'activation') act.params.activation = 'relu';
    });
    const out = join(dir, 'diverged-out.mlp');
    const io = captureIo();
    expect(await runCli(['train', path, '--epochs', '50', '--out', out], io)).toBe(3);
    expect(io.stderr.join('\n')).toMatch(/training diverged at step \d+ .*Nothing was saved/);
    expect(readdirSync(dir)).not.toContain('diverged-out.mlp');
  });

  it('prints warnings with a space after the severity', async () => {
    const path = variant('stacked.mlp', (f) => {
      f.graph.edges = f.graph.edges.filter((e) => e.source !== 'activation-1' && e.target !== 'activation-1');
      f.graph.nodes = f.graph.nodes.filter((n) => n.id !== 'activation-1');
      f.graph.edges.push({ id: 'e-d1-d2', source: 'dense-1', target: 'dense-2' });
    });
    const io = captureIo();
    await runCli(['validate', path], io);
    const warning = io.stdout.find((l) => l.includes('dense-2'));
    expect(warning).toMatch(/^warning +dense-2: \S/);
  });

  it('prints its version', async () => {
    const io = captureIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.stdout).toEqual([`mlp (MLP Studio) ${version}`]);
  });

  it("reads the project from standard input for '-'", async () => {
    const io = captureIo(moonsText);
    expect(await runCli(['validate', '-'], io)).toBe(0);
    expect(io.stdout.at(-1)).toMatch(/^standard input: valid/);
  });

  it('reports errors as JSON objects on standard error under --json', async () => {
    const missing = captureIo();
    expect(await runCli(['validate', join(dir, 'missing.mlp'), '--json'], missing)).toBe(1);
    expect(missing.stdout).toEqual([]);
    expect(JSON.parse(missing.stderr[0])).toEqual({
      level: 'error',
      exitCode: 1,
      message: expect.stringMatching(/missing\.mlp': no such file/),
    });
    const usage = captureIo();
    expect(await runCli(['frobnicate', 'x.mlp', '--json'], usage)).toBe(2);
    expect(JSON.parse(usage.stderr[0])).toMatchObject({
      level: 'error',
      exitCode: 2,
      message: expect.stringMatching(/Unknown command/),
    });
  });
});

describe('a folder given as FILE for a project that exists', () => {
  it('is named a folder, even when it ends in .mlp', async () => {
    const folder = join(dir, 'folder.mlp');
    mkdirSync(folder);
    const io = captureIo();
    expect(await runCli(['info', folder], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/folder\.mlp': it is a folder/);
  });
});
