import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../src/project/types';
import { parseProject } from '../../src/project/parse';
import { createAppStore } from './app-store';
import { FALLBACK_NODE_SIZE } from './auto-layout';
import { MAX_COLUMNS } from './reading-layout';

function exampleStore(name: string) {
  return createAppStore(
    parseProject(readFileSync(new URL(`../../assets/examples/${name}.mlp`, import.meta.url), 'utf8')),
  );
}

/** The document with every node's position blanked, so that two documents compare on everything else. */
function withoutPositions(document: ProjectDocument) {
  return {
    ...document,
    graph: { ...document.graph, nodes: document.graph.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) },
  };
}

/** The number of cards in the widest row (cards sharing a top edge). */
function widestRow(document: ProjectDocument, ids?: Set<string>): number {
  const rows = new Map<number, number>();
  for (const n of document.graph.nodes)
    if (!ids || ids.has(n.id)) rows.set(n.position.y, (rows.get(n.position.y) ?? 0) + 1);
  return Math.max(...rows.values());
}

const hidden = Array.from({ length: 8 }, (_, i) => [`dense-${i + 1}`, `activation-${i + 1}`]).flat();

describe('auto-layout', () => {
  it('is one undo step that restores every position exactly, and changes nothing but positions', async () => {
    const store = exampleStore('deep-sigmoid-skip');
    const before = store.getState().document;
    await store.getState().autoLayout({ width: 1280, height: 720 });
    const after = store.getState().document;
    expect(after.graph.nodes.map((n) => n.position)).not.toEqual(before.graph.nodes.map((n) => n.position));
    expect(withoutPositions(after)).toEqual(withoutPositions(before));
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().document).toBe(before);
  });

  it('does not mark the project changed when every node is already where the layout puts it', async () => {
    const store = exampleStore('deep-sigmoid-skip');
    await store.getState().autoLayout({ width: 1280, height: 720 });
    const laidOut = store.getState().document;
    await store.getState().autoLayout({ width: 1280, height: 720 });
    expect(store.getState().document).toBe(laidOut);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('lays the skip lesson out in reading order, rows of at most six cards', async () => {
    const store = exampleStore('deep-sigmoid-skip');
    await store.getState().autoLayout({ width: 1280, height: 720 });
    const { nodes } = store.getState().document.graph;
    expect(widestRow(store.getState().document)).toBeLessThanOrEqual(MAX_COLUMNS);
    // Reading order: each node after the first is right of the one before it or on a lower row.
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1].position, nodes[i].position];
      expect(b.y > a.y || (b.y === a.y && b.x > a.x)).toBe(true);
    }
  });

  it('lays a collapsed group out as one card and keeps the grouping', async () => {
    const store = exampleStore('deep-sigmoid');
    store.getState().setSelection(hidden);
    store.getState().collapseSelection();
    const grouped = store.getState().document.graph;
    await store.getState().autoLayout({ width: 1280, height: 720 });
    const { graph } = store.getState().document;
    expect(graph.groups).toEqual(grouped.groups);
    const shown = new Set(graph.nodes.map((n) => n.id).filter((id) => !hidden.slice(1).includes(id)));
    const cards = graph.nodes.filter((n) => shown.has(n.id));
    expect(cards.map((n) => n.position.x)).toEqual(cards.map((_, i) => i * (FALLBACK_NODE_SIZE.width + 76)));
    expect(new Set(cards.map((n) => n.position.y))).toEqual(new Set([0]));
  });
});
