/**
 * The licences of the libraries the renderer bundles, collected at build time for the About
 * dialog: the packages imported by renderer/ and src/ sources (type-only imports, tests, test
 * support and the CLI left out), then every package they depend on, as installed in node_modules, skipping what
 * their `browser` field drops from a browser build. `aboutModule()` serves the result to the
 * renderer as the Vite virtual module `virtual:mlp-about`, with the app's version.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** One bundled library as the About dialog lists it. */
export interface BundledLicence {
  name: string;
  version: string;
  license: string;
}

/** The fields of a package.json this reads. */
interface PackageJson {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  browser?: string | Record<string, string | false>;
}

const IMPORT_PATTERN =
  /(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The package a bare import specifier names ('@xyflow/react/dist/style.css' → '@xyflow/react'), or null for relative
 * paths, Node built-ins, virtual modules and Electron.
 */
export function packageOf(specifier: string): string | null {
  if (
    /^[./]/.test(specifier) ||
    specifier.startsWith('node:') ||
    specifier.startsWith('virtual:') ||
    specifier.includes('?')
  )
    return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (builtinModules.includes(name) || name === 'electron') return null;
  return name;
}

/** The packages a source text imports for its runtime (type-only imports are erased by the compiler). */
export function importedPackages(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    const name = packageOf(match[1] ?? match[2]);
    if (name) found.add(name);
  }
  return [...found];
}

/** Whether a source path is a test or test support (tests, test-*.ts helpers, test-support/, fakes), which no bundle includes. */
export function isTestSource(file: string): boolean {
  const name = path.basename(file);
  return /\.(test|d)\.tsx?$/.test(name) || /^(test-|fake-)/.test(name) || file.split(/[\\/]/).includes('test-support');
}

/** The source files under `dir` that can end up in the renderer (no tests or test support, no declarations). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !isTestSource(f))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Finds an installed package the way Node does: node_modules folders from `fromDir` up to `root`. */
function packageDir(name: string, fromDir: string, root: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || path.dirname(dir) === dir) return null;
  }
}

/** A package's licence as an SPDX expression, from `license` or the old `licenses` list. */
export function licenceOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  const types = (pkg.licenses ?? []).map((l) => l.type).filter(Boolean);
  return types.length > 0 ? types.join(' OR ') : 'UNKNOWN';
}

/** Collects every package the renderer's sources import, and their dependencies, with versions and licences, sorted by name. */
export function collectLicences(
  root: string,
  sourceDirs = ['renderer', 'src'],
  exclude = [path.join('src', 'cli')],
): BundledLicence[] {
  const files = sourceDirs
    .flatMap((d) => sourceFiles(path.join(root, d)))
    .filter((f) => !exclude.some((e) => f.startsWith(path.join(root, e) + path.sep)));
  const queue = [...new Set(files.flatMap((f) => importedPackages(readFileSync(f, 'utf8'))))].map((name) => ({
    name,
    from: root,
  }));
  const seen = new Map<string, BundledLicence>();
  while (queue.length > 0) {
    const { name, from } = queue.shift()!;
    const dir = packageDir(name, from, root);
    if (!dir) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
    const key = `${name}@${pkg.version}`;
    if (seen.has(key)) continue;
    seen.set(key, { name, version: pkg.version ?? '?', license: licenceOf(pkg) });
    const dropped =
      typeof pkg.browser === 'object'
        ? Object.keys(pkg.browser).filter(
            (k) => pkg.browser && (pkg.browser as Record<string, string | false>)[k] === false,
          )
        : [];
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      // Type packages are erased at build time; what a package's browser field maps to false is not bundled.
      if (!dep.startsWith('@types/') && !dropped.includes(dep)) queue.push({ name: dep, from: dir });
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const VIRTUAL_ID = 'virtual:mlp-about';

/**
 * A Vite plugin serving `virtual:mlp-about`: `appVersion` from package.json and `licences`, collected from the
 * project Vite builds or serves.
 */
export function aboutModule(): Plugin {
  let root = process.cwd();
  return {
    name: 'mlp-about',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return null;
      const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
      return (
        `export const appVersion = ${JSON.stringify(version ?? '0.0.0')};\nexport const licences = ` +
        `${JSON.stringify(collectLicences(root))};\n`
      );
    },
  };
}
