// The CLI bundle runs where no node_modules exist (an `npm pack` tarball installed without dev
// dependencies, the desktop package's resources/cli): it is built into a temp folder outside the
// repository, scanned for imports of packages, and run there.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { buildCli, EXTERNAL } from './cli-bundle.mjs';

const root = path.join(import.meta.dirname, '..');
let dir: string;
let bundle: string;

/** Module specifiers the bundle loads at run time: static and dynamic imports and require calls. */
function loadedSpecifiers(code: string): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /^(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/gm,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s*["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]);
  return found;
}

function run(...args: string[]) {
  return spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlp-cli-bundle-'));
  bundle = await buildCli(path.join(dir, 'cli'), { sourcemap: false, root });
  copyFileSync(path.join(root, 'assets/examples/moons-2-10-1.mlp'), path.join(dir, 'moons.mlp'));
  copyFileSync(path.join(root, 'assets/examples/digits-one-hidden.mlp'), path.join(dir, 'digits.mlp'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  it("loads no npm package at run time, only Node built-ins (and tfjs's never-called fetch helper)", () => {
    const builtins = new Set(builtinModules);
    const packages = [...loadedSpecifiers(readFileSync(bundle, 'utf8'))].filter((s) => {
      if (s.startsWith('node:') || s.startsWith('.') || s.startsWith('/')) return false;
      return !builtins.has(s.split('/')[0]) && !EXTERNAL.includes(s);
    });
    expect(packages).toEqual([]);
  });

  it('runs from a folder with no node_modules: --version, validate, and train on the wasm backend', () => {
    const v = run('--version');
    expect(v.stdout.trim()).toBe(`mlp (MLP Studio) ${version}`);
    const valid = run('validate', 'moons.mlp');
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/moons\.mlp: valid \(0 errors, 0 warnings\)/);
    const train = run('train', 'moons.mlp', '--epochs', '1', '--backend', 'wasm', '--json');
    expect(train.status).toBe(0);
    const notes = train.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(notes.filter((n) => n.skippedBackend)).toEqual([]);
    expect(notes[0]).toMatchObject({ level: 'note', backend: 'wasm' });
    expect(JSON.parse(train.stdout).epoch).toBe(1);
  });

  it('carries the bundled real data sets: trains the digits lesson with no assets folder beside it', () => {
    const train = run('train', 'digits.mlp', '--epochs', '1', '--backend', 'cpu', '--json');
    expect(train.status, train.stderr).toBe(0);
    expect(JSON.parse(train.stdout).validationAccuracy).toBeGreaterThan(0.8);
  });
});
