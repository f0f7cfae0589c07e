import { describe, expect, it } from 'vitest';
import { createEmptyProject, createProject } from '../../src/project/index';
import { selectDataPreview } from './analysis';
import { createAppStore } from './app-store';
import { isDirty } from './view-slice';

const node = (store: ReturnType<typeof createAppStore>, id: string) =>
  store.getState().document.graph.nodes.find((n) => n.id === id);

describe('app store: editing the graph', () => {
  it('starts clean, with nothing to undo', () => {
    const store = createAppStore();
    const s = store.getState();
    expect(isDirty(s)).toBe(false);
    expect(s.history.past).toHaveLength(0);
    expect(s.document.graph.nodes.length).toBeGreaterThan(0);
  });

  it('adds a node where asked, selects it, and undoes/redoes it as one step', () => {
    const store = createAppStore(createEmptyProject());
    const id = store.getState().addNodeAt('dense', { x: 120, y: 40 }, { units: 5 });
    const added = node(store, id);
    expect(added?.position).toEqual({ x: 120, y: 40 });
    expect(added?.kind === 'dense' && added.params.units).toBe(5);
    expect(store.getState().view.selection.nodeIds).toEqual([id]);
    expect(isDirty(store.getState())).toBe(true);

    store.getState().undo();
    expect(node(store, id)).toBeUndefined();
    expect(store.getState().view.selection.nodeIds).toEqual([]);
    expect(isDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(node(store, id)?.position).toEqual({ x: 120, y: 40 });
  });

  it('makes a whole drag one undo step, and each move outside a drag its own step', () => {
    const store = createAppStore(createEmptyProject());
    const id = store.getState().addNodeAt('dense', { x: 0, y: 0 });
    const stepsBefore = store.getState().history.past.length;
    store.getState().beginChange();
    for (let x = 1; x <= 30; x++) store.getState().moveNodes([{ id, position: { x, y: x / 2 } }]);
    store.getState().endChange();
    expect(store.getState().history.past.length).toBe(stepsBefore + 1);
    store.getState().undo();
    expect(node(store, id)?.position).toEqual({ x: 0, y: 0 });

    store.getState().moveNodes([{ id, position: { x: 5, y: 5 } }]);
    store.getState().moveNodes([{ id, position: { x: 9, y: 9 } }]);
    store.getState().undo();
    expect(node(store, id)?.position).toEqual({ x: 5, y: 5 });
  });

  it('folds typing into one field (edits between focus and blur) into one step', () => {
    const store = createAppStore(createEmptyProject());
    const id = store.getState().addNodeAt('dense', { x: 0, y: 0 }, { units: 8 });
    store.getState().beginChange();
    for (const units of [1, 16, 128]) store.getState().updateNodeParams(id, { units });
    store.getState().endChange();
    const dense = node(store, id);
    expect(dense?.kind === 'dense' && dense.params.units).toBe(128);
    store.getState().undo();
    const restored = node(store, id);
    expect(restored?.kind === 'dense' && restored.params.units).toBe(8);
  });

  it('connects a valid pair and refuses an impossible one with a reason, leaving the document alone', () => {
    const store = createAppStore(createEmptyProject());
    const input = store.getState().addNodeAt('input', { x: 0, y: 0 });
    const dense = store.getState().addNodeAt('dense', { x: 200, y: 0 });
    expect(store.getState().connect(input, dense)).toBe(true);
    expect(store.getState().document.graph.edges).toEqual([expect.objectContaining({ source: input, target: dense })]);
    expect(store.getState().view.connectionRefusal).toBeNull();

    const before = store.getState().document;
    const steps = store.getState().history.past.length;
    expect(store.getState().connect(dense, input)).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().history.past.length).toBe(steps);
    expect(store.getState().view.connectionRefusal?.message).toMatch(/Input|takes no inputs/i);
  });

  it('previews a connection live: a refusal message while invalid, cleared once valid', () => {
    const store = createAppStore(createEmptyProject());
    const a = store.getState().addNodeAt('dense', { x: 0, y: 0 });
    const b = store.getState().addNodeAt('dense', { x: 200, y: 0 });
    const doc = store.getState().document;
    expect(store.getState().previewConnection(a, a, { x: 10, y: 20 })).toBe(false);
    expect(store.getState().view.connectionRefusal).toEqual({
      message: expect.stringContaining('itself'),
      at: { x: 10, y: 20 },
    });
    expect(store.getState().previewConnection(a, b)).toBe(true);
    expect(store.getState().view.connectionRefusal).toBeNull();
    expect(store.getState().document).toBe(doc);
  });

  it('deletes the selected nodes with their edges in one step, and undo brings both back', () => {
    const store = createAppStore();
    const { nodes, edges } = store.getState().document.graph;
    const victim = nodes[1].id;
    const touching = edges.filter((e) => e.source === victim || e.target === victim).length;
    expect(touching).toBeGreaterThan(0);
    store.getState().setSelection([victim]);
    store.getState().deleteSelection();
    const after = store.getState().document.graph;
    expect(after.nodes.map((n) => n.id)).not.toContain(victim);
    expect(after.edges.length).toBe(edges.length - touching);
    expect(store.getState().view.selection.nodeIds).toEqual([]);
    store.getState().undo();
    expect(store.getState().document.graph).toEqual({ nodes, edges });
  });

  it('deletes a selected edge on its own', () => {
    const store = createAppStore();
    const edge = store.getState().document.graph.edges[0];
    store.getState().setSelection([], [edge.id]);
    store.getState().deleteSelection();
    const graph = store.getState().document.graph;
    expect(graph.edges.map((e) => e.id)).not.toContain(edge.id);
    expect(graph.nodes).toHaveLength(store.getState().history.past[0].graph.nodes.length);
  });

  it('selects all nodes and edges', () => {
    const store = createAppStore();
    store.getState().selectAll();
    const { graph } = store.getState().document;
    expect(store.getState().view.selection).toEqual({
      nodeIds: graph.nodes.map((n) => n.id),
      edgeIds: graph.edges.map((e) => e.id),
    });
  });

  it('drops vanished nodes from the selection on undo', () => {
    const store = createAppStore(createEmptyProject());
    const id = store.getState().addNodeAt('dropout', { x: 0, y: 0 });
    expect(store.getState().view.selection.nodeIds).toEqual([id]);
    store.getState().undo();
    expect(store.getState().view.selection.nodeIds).toEqual([]);
  });

  it('renames a node; a blank name changes nothing', () => {
    const store = createAppStore(createEmptyProject());
    const id = store.getState().addNodeAt('dense', { x: 0, y: 0 });
    store.getState().renameNode(id, 'Hidden');
    expect(node(store, id)?.name).toBe('Hidden');
    const doc = store.getState().document;
    store.getState().renameNode(id, '   ');
    expect(store.getState().document).toBe(doc);
  });
});

describe('app store: project, dirty flag and settings', () => {
  it('loads a project with fresh history and a clean state, or as unsaved work when asked', () => {
    const store = createAppStore(createEmptyProject());
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    const file = createProject({ meta: { title: 'Loaded' } });
    store.getState().loadProject(file, { name: 'loaded.mlp', handle: '/tmp/loaded.mlp' });
    const s = store.getState();
    expect(s.document.graph).toBe(file.graph);
    expect(s.history.past).toHaveLength(0);
    expect(isDirty(s)).toBe(false);
    expect(s.view.file).toEqual({ name: 'loaded.mlp', handle: '/tmp/loaded.mlp', meta: file.meta });

    store.getState().loadProject(file, { name: 'draft.mlp', dirty: true });
    expect(isDirty(store.getState())).toBe(true);
  });

  it('is clean after a save, dirty after an undo past it, and clean again after the redo', () => {
    const store = createAppStore(createEmptyProject());
    store.getState().addNodeAt('dense', { x: 0, y: 0 });
    store.getState().markSaved({ name: 'net.mlp', handle: 'h' });
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().view.file.name).toBe('net.mlp');
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(true);
    store.getState().redo();
    expect(isDirty(store.getState())).toBe(false);
  });

  it('new project replaces the document and forgets the file', () => {
    const store = createAppStore(createEmptyProject());
    store.getState().markSaved({ name: 'old.mlp', handle: 'old' });
    store.getState().newProject();
    expect(store.getState().view.file.name).toBe('Untitled.mlp');
    expect(store.getState().view.file.handle).toBeNull();
    expect(store.getState().document.graph.nodes.length).toBeGreaterThan(0);
  });

  it('merges dataset, training and optimizer patches, each one undo step', () => {
    const store = createAppStore();
    const before = store.getState().document;
    store.getState().setDataset({ noise: 0.3 });
    store.getState().setTraining({ epochs: 12 });
    store.getState().setOptimizer({ name: 'adam', learningRate: 0.01 });
    const { data, training } = store.getState().document;
    expect(data).toEqual({ ...before.data, noise: 0.3 });
    expect(training.epochs).toBe(12);
    expect(training.optimizer).toEqual({ ...before.training.optimizer, name: 'adam', learningRate: 0.01 });
    for (let i = 0; i < 3; i++) store.getState().undo();
    expect(store.getState().document).toBe(before);
  });

  it('makes typing notes between focus and blur one undo step, and keeps the viewport out of history', () => {
    const store = createAppStore();
    const before = store.getState().document;
    store.getState().beginChange();
    for (const text of ['T', 'Tr', 'Try ReLU']) store.getState().setNotes(text);
    store.getState().endChange();
    store.getState().setViewport({ x: 10, y: 20, zoom: 0.5 });
    expect(store.getState().document.notes).toBe('Try ReLU');
    expect(store.getState().view.viewport).toEqual({ x: 10, y: 20, zoom: 0.5 });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().document).toBe(before);
  });

  it('regenerates the dataset with a different seed, so the previewed points change', () => {
    const store = createAppStore();
    const oldSeed = store.getState().document.data.seed;
    const oldPoints = selectDataPreview(store.getState()).split?.train.x;
    store.getState().regenerateDataset();
    expect(store.getState().document.data.seed).not.toBe(oldSeed);
    expect(selectDataPreview(store.getState()).split?.train.x).not.toEqual(oldPoints);
  });
});

describe('app store: first layout of a template', () => {
  const moves = [{ id: 'input-1', position: { x: -50, y: 300 } }];

  it('lays the template out without an undo step and without marking it unsaved', () => {
    const store = createAppStore(createProject(), 'Untitled.mlp', { arrange: true });
    expect(store.getState().view.arrangePending).toBe(true);
    store.getState().settleArrangement(moves);
    const s = store.getState();
    expect(node(store, 'input-1')?.position).toEqual({ x: -50, y: 300 });
    expect(s.view.arrangePending).toBe(false);
    expect(s.history.past).toHaveLength(0);
    expect(isDirty(s)).toBe(false);
  });

  it('leaves the layout alone once the user has edited, and when nothing asked for one', () => {
    const edited = createAppStore(createProject(), 'Untitled.mlp', { arrange: true });
    edited.getState().addNodeAt('dense', { x: 0, y: 0 });
    const before = edited.getState().document;
    edited.getState().settleArrangement(moves);
    expect(edited.getState().document).toBe(before);
    expect(edited.getState().view.arrangePending).toBe(false);

    const opened = createAppStore(createProject());
    expect(opened.getState().view.arrangePending).toBe(false);
    const original = opened.getState().document;
    opened.getState().settleArrangement(moves);
    expect(opened.getState().document).toBe(original);
  });

  it('asks for a layout when a template loads, not when a file or a draft does', () => {
    const store = createAppStore(createEmptyProject());
    store.getState().loadProject(createProject(), { name: 'preset.mlp', arrange: true });
    expect(store.getState().view.arrangePending).toBe(true);
    store.getState().loadProject(createProject(), { name: 'mine.mlp' });
    expect(store.getState().view.arrangePending).toBe(false);
    store.getState().newProject();
    expect(store.getState().view.arrangePending).toBe(true);
  });
});
