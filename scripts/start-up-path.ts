/**
 * What the page evaluates before the canvas can be drawn: the files reached from renderer/main.tsx through static
 * value imports (type-only imports are erased; a dynamic import() is fetched later, on demand). Read with the same
 * patterns as import-graph.ts, for scripts/start-up-path.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveImport } from './import-graph';

const CLAUSE = String.raw`(\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+\w+))?)`;
const FROM = new RegExp(String.raw`^\s*(import|export)(\s+type)?\s*${CLAUSE}\s*from\s*['"]([^'"]+)['"]`, 'gm');
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;

/** The specifiers a source text imports for their values: not `import type`, nor a list of type-only names. */
export function valueImportSpecifiers(text: string): string[] {
  const typeOnly = (clause: string) =>
    clause.startsWith('{') &&
    clause
      .slice(1, -1)
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .every((name) => name.startsWith('type '));
  const fromClauses = [...text.matchAll(FROM)]
    .filter(([, , type, clause]) => !type && !typeOnly(clause))
    .map((match) => match[4]);
  return [...fromClauses, ...[...text.matchAll(BARE)].map((match) => match[1])];
}

/**
 * The project files evaluated at start-up from `entry`, each with the file that first imports it (for a readable
 * chain).
 */
export function startUpFiles(root: string, entry: string) {
  const importedBy = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of valueImportSpecifiers(readFileSync(path.join(root, file), 'utf8'))) {
      const target = resolveImport(root, file, specifier);
      if (target && !importedBy.has(target)) {
        importedBy.set(target, file);
        queue.push(target);
      }
    }
  }
  return importedBy;
}

/** The chain of imports from the entry to `file` ("a.ts → b.ts → file"). */
export function chainTo(importedBy: Map<string, string | null>, file: string): string {
  const chain: string[] = [];
  for (let at: string | null | undefined = file; at; at = importedBy.get(at)) chain.unshift(at);
  return chain.join(' → ');
}
