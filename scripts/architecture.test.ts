import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  featureImports,
  featureOf,
  findCycles,
  importSpecifiers,
  mutualFeaturePairs,
  readImportGraph,
  type ImportGraph,
} from './import-graph';

const ROOT = path.resolve(__dirname, '..');

/**
 * Import cycles known to exist while the training runtime is being rewritten (src/training and renderer/training).
 * TEMPORARY: once that rewrite is merged this list must be emptied; the test below fails while an entry names a
 * cycle that no longer exists, so a stale allowance cannot linger.
 */
const KNOWN_CYCLES: readonly (readonly string[])[] = [];

const graphOf = (edges: Record<string, string[]>): ImportGraph =>
  new Map(Object.entries(edges).map(([file, targets]) => [file, new Set(targets)]));

describe('the import graph helpers', () => {
  it('reads every kind of import, and not one named in a comment', () => {
    const text = [
      "import { a, type B } from './a';",
      "import type {\n  C,\n  D,\n} from '../c';",
      "import E, { f } from './e';",
      "import * as g from './g';",
      "export { h } from './h';",
      "export * from './i';",
      "import './j.css';",
      "const K = lazy(() => import('./k'));",
      "// an older version imported { x } from './not-an-import'",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(['../c', './a', './e', './g', './h', './i', './j.css', './k']);
  });

  it('finds a cycle through type-only and indirect imports, and none in a chain', () => {
    const cyclic = graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts'] });
    expect(findCycles(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });

  it('names feature folders that import each other, but not a one-way import', () => {
    const graph = graphOf({
      'renderer/features/dock/A.tsx': ['renderer/features/charts/B.tsx'],
      'renderer/features/charts/B.tsx': ['renderer/features/dock/C.ts', 'renderer/ui/D.ts'],
      'renderer/features/dock/C.ts': [],
      'renderer/features/lesson/E.tsx': ['renderer/features/dock/C.ts'],
    });
    expect(mutualFeaturePairs(graph)).toEqual(['charts <-> dock']);
    expect(featureOf('renderer/ui/D.ts')).toBeNull();
  });
});

describe('the architecture of the tree', () => {
  const graph = readImportGraph(ROOT, ['src', 'renderer', 'electron']);

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(500);
    expect(graph.get('renderer/features/dock/BottomDock.tsx')).toContain('renderer/features/dock/view-registry.ts');
  });

  it('has no import cycle beyond the temporary allowance', () => {
    const known = new Set(KNOWN_CYCLES.map((cycle) => cycle.join(' → ')));
    const found = findCycles(graph).map((cycle) => cycle.join(' → '));
    const unexpected = found.filter((cycle) => !known.has(cycle));
    expect(unexpected, 'Break these import cycles (move the shared types into a file both sides import)').toEqual([]);
    const gone = [...known].filter((cycle) => !found.includes(cycle));
    expect(gone, 'These cycles are gone: remove them from KNOWN_CYCLES in scripts/architecture.test.ts').toEqual([]);
  });

  it('has no two feature folders that import each other', () => {
    expect(mutualFeaturePairs(graph), 'Move what both folders need into renderer/ui/ or a folder of its own').toEqual(
      [],
    );
  });

  it('lets the dock reach view folders only through its registry, and no view folder import the dock', () => {
    const registry = 'renderer/features/dock/view-registry.ts';
    const viewFolders = new Set(
      [...graph.get(registry)!].map(featureOf).filter((f): f is string => !!f && f !== 'dock'),
    );
    expect(viewFolders.size).toBeGreaterThan(5);
    const dockReaches = [...graph]
      .filter(([file]) => featureOf(file) === 'dock' && file !== registry)
      .flatMap(([file, targets]) =>
        [...targets].filter((t) => featureOf(t) && featureOf(t) !== 'dock').map((t) => `${file} → ${t}`),
      );
    expect(dockReaches, 'The dock imports views only through view-registry.ts').toEqual([]);
    const intoDock = [...featureImports(graph)]
      .filter(([from, row]) => viewFolders.has(from) && row.has('dock'))
      .map(([, row]) => row.get('dock'));
    expect(intoDock, 'View folders take their frame from renderer/ui/views/, not from the dock').toEqual([]);
  });

  it('trains through one driver: one store attachment, one store subscription, one place that hears a worker', () => {
    const pageTraining = [...graph.keys()].filter(
      (file) => file.startsWith('renderer/') && /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
    );
    const filesWith = (pattern: RegExp) =>
      pageTraining.filter((file) => pattern.test(readFileSync(path.join(ROOT, file), 'utf8'))).sort();
    expect(filesWith(/\.attachTrainingRuntime\(/), 'Only the driver attaches to the store').toEqual([
      'renderer/training/driver.ts',
    ]);
    expect(
      filesWith(/\.subscribe\(/).filter((file) => file.startsWith('renderer/training/')),
      'The driver holds the one store subscription of training',
    ).toEqual(['renderer/training/driver.ts']);
    expect(
      filesWith(/\.onmessage = /).filter(
        (file) => file.startsWith('renderer/training/') && !file.endsWith('.worker.ts'),
      ),
      'Workers are heard through WorkerLink only',
    ).toEqual(['renderer/training/worker-link.ts']);
  });
});
