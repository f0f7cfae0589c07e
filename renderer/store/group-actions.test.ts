import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/project/parse';
import { toFlowEdges, toFlowNodes } from '../features/canvas/flow-elements';
import { analyseGraph, selectDataPreview } from './analysis';
import { createAppStore } from './app-store';

const hidden = Array.from({ length: 8 }, (_, i) => [`dense-${i + 1}`, `activation-${i + 1}`]).flat();

function deepSigmoidStore() {
  const file = parseProject(readFileSync(new URL('../../assets/examples/deep-sigmoid.mlp', import.meta.url), 'utf8'));
  // The lesson ships grouped; these tests group its plain layers themselves.
  const { groups: _shipped, ...graph } = file.graph;
  const store = createAppStore({ ...file, graph });
  return store;
}

describe('collapsing repeated layers', () => {
  it('groups the selected 8 × [Linear 16 → Sigmoid] as one undo step and expands it again', () => {
    const store = deepSigmoidStore();
    const before = store.getState().document.graph;
    store.getState().setSelection(hidden);
    const id = store.getState().collapseSelection();
    expect(id).toBe('group-1');
    const { graph } = store.getState().document;
    expect(graph.groups).toEqual([{ id: 'group-1', nodeIds: hidden, repeats: 8, collapsed: true }]);
    expect(graph.nodes).toBe(before.nodes);
    store.getState().setGroupCollapsed('group-1', false);
    expect(store.getState().document.graph.groups?.[0].collapsed).toBe(false);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().document.graph).toEqual(before);
  });

  it('refuses a selection that is not a repeat and says why', () => {
    const store = deepSigmoidStore();
    store.getState().setSelection(['dense-1', 'dense-3']);
    expect(store.getState().collapseSelection()).toBeNull();
    expect(store.getState().document.graph.groups).toBeUndefined();
    expect(store.getState().view.toast?.message).toMatch(/one unbroken chain/);
  });

  it('drops a group once one of its layers is deleted, so a saved file never holds a broken group', () => {
    const store = deepSigmoidStore();
    store.getState().setSelection(hidden);
    store.getState().collapseSelection();
    store.getState().setSelection(['activation-8']);
    store.getState().deleteSelection();
    expect(store.getState().document.graph.groups).toBeUndefined();
  });

  it('draws a collapsed group as one card that lists every real layer, hides the rest, and starts the outgoing edge at the card', () => {
    const store = deepSigmoidStore();
    store.getState().setSelection(hidden);
    store.getState().collapseSelection();
    const { graph } = store.getState().document;
    const analysis = analyseGraph(graph, selectDataPreview(store.getState()));
    const tints = new Map(hidden.map((id, i) => [id, `#00000${i % 10}`]));
    const nodes = toFlowNodes(graph, analysis, { nodeIds: [], edgeIds: [] }, new Map(), tints);
    const card = nodes.find((n) => n.id === 'dense-1');
    expect(card?.hidden).toBeUndefined();
    expect(card?.data.group?.label).toBe('8 × [Linear 16 → Sigmoid]');
    expect(card?.data.group?.layers.map((l) => l.id)).toEqual(hidden);
    expect(card?.data.group?.layers[3].tint).toBe('#000003');
    expect(nodes.filter((n) => n.hidden).map((n) => n.id)).toEqual(hidden.slice(1));
    const edges = toFlowEdges(graph, analysis, { nodeIds: [], edgeIds: [] });
    const out = edges.find((e) => e.target === 'dense-9');
    expect(out?.source).toBe('dense-1');
    expect(out?.hidden).toBeUndefined();
    expect(edges.filter((e) => e.hidden)).toHaveLength(15);
  });
});
