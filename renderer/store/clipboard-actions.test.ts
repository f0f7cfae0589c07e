import { describe, expect, it } from 'vitest';
import { createEmptyProject, createProject } from '../../src/project/index';
import { createAppStore } from './app-store';
import { PASTE_OFFSET } from './clipboard';

describe('copy, paste and duplicate', () => {
  it('pastes copies with new ids, the edges among them, shifted and selected, as one undo step', () => {
    const store = createAppStore(createEmptyProject());
    const a = store.getState().addNodeAt('input', { x: 0, y: 0 });
    const b = store.getState().addNodeAt('dense', { x: 200, y: 0 }, { units: 3 });
    const c = store.getState().addNodeAt('output', { x: 400, y: 0 });
    store.getState().connect(a, b);
    store.getState().connect(b, c);
    store.getState().setSelection([a, b]);
    store.getState().copySelection();
    const steps = store.getState().history.past.length;
    store.getState().paste();

    const { nodes, edges } = store.getState().document.graph;
    const copies = store.getState().view.selection.nodeIds;
    expect(copies).toHaveLength(2);
    expect(copies).not.toContain(a);
    expect(copies).not.toContain(b);
    const [ca, cb] = copies.map((id) => nodes.find((n) => n.id === id)!);
    expect(ca.kind).toBe('input');
    expect(ca.position).toEqual({ x: PASTE_OFFSET.x, y: PASTE_OFFSET.y });
    expect(cb.kind === 'dense' && cb.params.units).toBe(3);
    // Only the edge inside the copied pair comes along; b → c does not.
    expect(edges.filter((e) => copies.includes(e.source) || copies.includes(e.target))).toEqual([
      expect.objectContaining({ source: ca.id, target: cb.id }),
    ]);
    expect(store.getState().history.past.length).toBe(steps + 1);
  });

  it('cascades repeated pastes instead of stacking them', () => {
    const store = createAppStore(createEmptyProject());
    const a = store.getState().addNodeAt('dense', { x: 10, y: 10 });
    store.getState().copySelection();
    store.getState().paste();
    const first = store.getState().view.selection.nodeIds[0];
    store.getState().paste();
    const second = store.getState().view.selection.nodeIds[0];
    const at = (id: string) => store.getState().document.graph.nodes.find((n) => n.id === id)!.position;
    expect(at(first)).toEqual({ x: 10 + PASTE_OFFSET.x, y: 10 + PASTE_OFFSET.y });
    expect(at(second)).toEqual({ x: 10 + 2 * PASTE_OFFSET.x, y: 10 + 2 * PASTE_OFFSET.y });
    expect(new Set([a, first, second]).size).toBe(3);
  });

  it('pastes nodes that were deleted after copying', () => {
    const store = createAppStore(createEmptyProject());
    store.getState().addNodeAt('batchNorm', { x: 0, y: 0 });
    store.getState().copySelection();
    store.getState().deleteSelection();
    expect(store.getState().document.graph.nodes).toHaveLength(0);
    store.getState().paste();
    expect(store.getState().document.graph.nodes.map((n) => n.kind)).toEqual(['batchNorm']);
  });

  it('does nothing on paste with an empty clipboard or copy with nothing selected', () => {
    const store = createAppStore();
    const doc = store.getState().document;
    store.getState().copySelection();
    store.getState().paste();
    expect(store.getState().document).toBe(doc);
    expect(store.getState().view.clipboard).toBeNull();
  });

  it('duplicates the selection without touching the clipboard', () => {
    const store = createAppStore();
    const count = store.getState().document.graph.nodes.length;
    store.getState().selectAll();
    store.getState().duplicateSelection();
    expect(store.getState().document.graph.nodes).toHaveLength(2 * count);
    expect(store.getState().view.clipboard).toBeNull();
    expect(store.getState().view.selection.nodeIds).toHaveLength(count);
    store.getState().undo();
    expect(store.getState().document.graph.nodes).toHaveLength(count);
  });
});

describe('auto-layout', () => {
  it('places every node after the nodes feeding it, left to right, as one undo step', async () => {
    const file = createProject();
    // Scramble the starting chain so the layout has something to do.
    const scrambled = {
      ...file,
      graph: {
        ...file.graph,
        nodes: file.graph.nodes.map((n, i) => ({ ...n, position: { x: (i * 137) % 300, y: (i * 91) % 250 } })),
      },
    };
    const store = createAppStore(scrambled);
    await store.getState().autoLayout();
    const { nodes, edges } = store.getState().document.graph;
    const x = new Map(nodes.map((n) => [n.id, n.position.x]));
    for (const e of edges) expect(x.get(e.source)!).toBeLessThan(x.get(e.target)!);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().document.graph).toBe(scrambled.graph);
  });

  it('leaves the graph alone when it changed while the layout ran', async () => {
    const store = createAppStore();
    const pending = store.getState().autoLayout();
    const id = store.getState().addNodeAt('dropout', { x: 999, y: 999 });
    await pending;
    expect(store.getState().document.graph.nodes.find((n) => n.id === id)?.position).toEqual({ x: 999, y: 999 });
    expect(store.getState().history.past).toHaveLength(1);
  });
});

describe('auto-layout of a long chain', () => {
  it('wraps a chain too long for the canvas into several rows, each row still flowing left to right', async () => {
    const file = createProject();
    const store = createAppStore({ ...file, graph: { nodes: file.graph.nodes.slice(0, 1), edges: [] } });
    let previous = file.graph.nodes[0].id;
    for (let i = 0; i < 14; i++) {
      const id = store.getState().addNodeAt(i % 2 ? 'activation' : 'dense', { x: 0, y: 0 });
      store.getState().connect(previous, id);
      previous = id;
    }
    await store.getState().autoLayout({ width: 800, height: 600 });
    const rows = new Set(store.getState().document.graph.nodes.map((n) => n.position.y));
    expect(rows.size).toBeGreaterThan(1);
    const xs = store.getState().document.graph.nodes.map((n) => n.position.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan((800 / 0.75) * 1.5);

    store.getState().undo();
    await store.getState().autoLayout({ width: 10_000, height: 600 });
    expect(new Set(store.getState().document.graph.nodes.map((n) => n.position.y)).size).toBe(1);
  });
});
