import { describe, expect, it } from 'vitest';
import { selectAnalysis, selectDataPreview } from './analysis';
import { createAppStore } from './app-store';

describe('app store: validation state', () => {
  it('reports the starting network as trainable with its parameter count', () => {
    const store = createAppStore();
    const analysis = selectAnalysis(store.getState());
    expect(analysis.trainable).toBe(true);
    expect(analysis.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Input(2) → Linear 8 → ReLU → Linear 1 → Sigmoid: (2·8 + 8) + (8·1 + 1).
    expect(analysis.totalParams).toBe(2 * 8 + 8 + 8 * 1 + 1);
  });

  it('flags a dangling node on that node, and clears the flag when it is deleted', () => {
    const store = createAppStore();
    const id = store.getState().addNodeAt('dense', { x: 0, y: 300 });
    expect(selectAnalysis(store.getState()).issuesByNode.get(id)?.length).toBeGreaterThan(0);
    store.getState().deleteSelection();
    expect(selectAnalysis(store.getState()).issuesByNode.has(id)).toBe(false);
  });

  it('updates shapes and counts when a parameter changes', () => {
    const store = createAppStore();
    const first = store.getState().document.graph.nodes.find((n) => n.kind === 'dense')!;
    store.getState().updateNodeParams(first.id, { units: 4 });
    const analysis = selectAnalysis(store.getState());
    expect(analysis.shapes.get(first.id)?.width).toBe(4);
    expect(analysis.totalParams).toBe(2 * 4 + 4 + 4 * 1 + 1);
  });

  it('gives the same analysis object back until the document changes (stable for React selectors)', () => {
    const store = createAppStore();
    const a = selectAnalysis(store.getState());
    store.getState().setSelection([store.getState().document.graph.nodes[0].id]);
    expect(selectAnalysis(store.getState())).toBe(a);
    store.getState().setDataset({ noise: 0.2 });
    expect(selectAnalysis(store.getState())).not.toBe(a);
  });

  it('turns a bad dataset setting into a message instead of an exception', () => {
    const store = createAppStore();
    store.getState().setDataset({ samples: 3 });
    const preview = selectDataPreview(store.getState());
    expect(preview.split).toBeNull();
    expect(preview.error).toMatch(/Samples/);
    expect(preview.error).toMatch(/3/);
  });

  it('holds a table Input to the dataset width', () => {
    const store = createAppStore();
    const input = store.getState().document.graph.nodes.find((n) => n.kind === 'input')!;
    store.getState().updateNodeParams(input.id, { source: 'table', columns: 5 });
    const issues = selectAnalysis(store.getState()).issuesByNode.get(input.id) ?? [];
    expect(issues.some((i) => i.severity === 'error' && i.message.includes('5'))).toBe(true);
  });
});
