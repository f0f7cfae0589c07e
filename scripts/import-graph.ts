/**
 * The project's import graph, read from the source text, and the two shapes the architecture forbids in it: import
 * cycles (counted as madge counts them: type-only and dynamic imports included) and feature folders that import each
 * other. Used by scripts/architecture.test.ts; imports are read with patterns rather than a parser, so the test stays
 * fast (the code is laid out by Prettier: one statement per line start).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files (paths relative to the root, with forward slashes) and, for each, the project files it imports. */
export type ImportGraph = Map<string, Set<string>>;

const SOURCE = /\.(ts|tsx)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(root: string, folder: string, into: string[]): string[] {
  for (const name of readdirSync(path.join(root, folder))) {
    const relative = `${folder}/${name}`;
    if (name === 'node_modules') continue;
    if (statSync(path.join(root, relative)).isDirectory()) sourceFiles(root, relative, into);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) into.push(relative);
  }
  return into;
}

/** The project file a relative `specifier` in `from` names (with its .ts, .tsx or index file), or null. */
export function resolveImport(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const bare = specifier.replace(/\?.*$/, '');
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (
      SOURCE.test(candidate) &&
      existsSync(path.join(root, candidate)) &&
      statSync(path.join(root, candidate)).isFile()
    )
      return candidate;
  }
  return null;
}

// Static imports and re-exports at the start of a line (named, default, namespace, type-only), side-effect imports and
// dynamic import() calls.
const CLAUSE = String.raw`(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+\w+))?)`;
const FROM = new RegExp(String.raw`^\s*(?:import|export)(?:\s+type)?\s*${CLAUSE}\s*from\s*['"]([^'"]+)['"]`, 'gm');
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source text imports (statically, for side effects, or dynamically). */
export function importSpecifiers(text: string): string[] {
  return [FROM, BARE, DYNAMIC].flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]));
}

/** Reads every .ts/.tsx file under `folders` (relative to `root`) and the relative imports among them. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    for (const file of sourceFiles(root, folder, [])) {
      const targets = new Set<string>();
      for (const specifier of importSpecifiers(readFileSync(path.join(root, file), 'utf8'))) {
        const target = resolveImport(root, file, specifier);
        if (target && target !== file) targets.add(target);
      }
      graph.set(file, targets);
    }
  }
  return graph;
}

/**
 * The import cycles of `graph`: its strongly connected components of more than one file (Tarjan's algorithm), each
 * sorted, the list sorted by first file. Every file of a component reaches every other through imports.
 */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) components.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The folder under `renderer/features/` a file belongs to, or null for a file elsewhere. */
export function featureOf(file: string): string | null {
  const match = /^renderer\/features\/([^/]+)\//.exec(file);
  return match ? match[1] : null;
}

/** Which feature folders each feature folder imports (itself excluded), with one importing file as the example. */
export function featureImports(graph: ImportGraph): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const [file, targets] of graph) {
    const from = featureOf(file);
    if (!from) continue;
    for (const target of targets) {
      const to = featureOf(target);
      if (!to || to === from) continue;
      const row = edges.get(from) ?? new Map<string, string>();
      if (!row.has(to)) row.set(to, `${file} imports ${target}`);
      edges.set(from, row);
    }
  }
  return edges;
}

/** The pairs of feature folders that import each other, each as "a <-> b" with a < b, sorted. */
export function mutualFeaturePairs(graph: ImportGraph): string[] {
  const edges = featureImports(graph);
  const pairs: string[] = [];
  for (const [from, row] of edges) {
    for (const to of row.keys()) if (from < to && edges.get(to)?.has(from)) pairs.push(`${from} <-> ${to}`);
  }
  return pairs.sort();
}
