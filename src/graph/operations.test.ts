import { describe, expect, it } from 'vitest';
import {
  addNode,
  connectNodes,
  createNode,
  disconnectEdges,
  duplicateNodes,
  moveNodes,
  removeNodes,
  renameNode,
  updateParams,
} from './operations';
import { chain, deepFreeze, place, twoTenOne } from './test-support';
import type { Graph } from './types';

const empty: Graph = { nodes: [], edges: [] };
const at = { x: 10, y: 20 };

describe('createNode', () => {
  it('numbers ids per kind and names per label, one above the highest in use', () => {
    let g = place(empty, 'dense').graph;
    g = place(g, 'dense').graph;
    const third = createNode(g, 'dense', at);
    expect(third.id).toBe('dense-3');
    expect(third.name).toBe('Linear 3');
    expect(createNode(g, 'input', at)).toMatchObject({ id: 'input-1', name: 'Input 1' });
    const withoutFirst = removeNodes(g, ['dense-1']);
    expect(createNode(withoutFirst, 'dense', at).id).toBe('dense-3');
  });

  it('names an activation after its function and merges params over the defaults', () => {
    const node = createNode(empty, 'activation', at, { activation: 'leakyRelu' });
    expect(node.name).toBe('Leaky ReLU 1');
    expect(node.params).toEqual({ activation: 'leakyRelu', alpha: 0.01 });
    expect(createNode(empty, 'activation', at).name).toBe('ReLU 1');
    expect(createNode(empty, 'activation', at, { activation: 'linear' }).name).toBe('Identity 1');
  });

  it('does not add the node, nor share the position object', () => {
    const position = { x: 1, y: 2 };
    const node = createNode(empty, 'dropout', position);
    position.x = 99;
    expect(node.position).toEqual({ x: 1, y: 2 });
    expect(empty.nodes).toHaveLength(0);
  });
});

describe('addNode and removeNodes', () => {
  it('appends a node and refuses a taken id', () => {
    const { graph, id } = place(empty, 'dense');
    expect(graph.nodes.map((n) => n.id)).toEqual([id]);
    const clash = { ...createNode(empty, 'dense', at) };
    expect(() => addNode(graph, clash)).toThrow(/'dense-1' already exists/);
  });

  it('removes nodes with every edge touching them, leaving the rest', () => {
    const { graph, ids } = twoTenOne();
    const after = removeNodes(deepFreeze(graph), [ids[2]]);
    expect(after.nodes.map((n) => n.id)).toEqual(ids.filter((id) => id !== ids[2]));
    expect(after.edges.some((e) => e.source === ids[2] || e.target === ids[2])).toBe(false);
    expect(after.edges).toHaveLength(graph.edges.length - 2);
  });
});

describe('connectNodes and disconnectEdges', () => {
  it('adds one edge with a unique id and leaves the input graph alone', () => {
    let g = place(empty, 'input').graph;
    g = deepFreeze(place(g, 'dense').graph);
    const after = connectNodes(g, 'input-1', 'dense-1');
    expect(after.edges).toEqual([{ id: expect.any(String), source: 'input-1', target: 'dense-1' }]);
    expect(g.edges).toHaveLength(0);
  });

  it('returns the very same graph when the connection is refused', () => {
    const { graph, ids } = twoTenOne();
    expect(connectNodes(graph, ids[3], ids[1])).toBe(graph);
  });

  it('removes the edges asked for only', () => {
    const { graph } = twoTenOne();
    const [first, ...rest] = graph.edges;
    expect(disconnectEdges(deepFreeze(graph), [first.id, 'no-such-edge']).edges).toEqual(rest);
  });
});

describe('updateParams', () => {
  it('merges a patch into one node, dropping keys the kind does not have', () => {
    const { graph, ids } = twoTenOne();
    const after = updateParams(deepFreeze(graph), ids[1], { units: 4, rate: 0.5 } as never);
    const dense = after.nodes.find((n) => n.id === ids[1]);
    expect(dense?.params).toMatchObject({ units: 4, useBias: true });
    expect(dense?.params).not.toHaveProperty('rate');
    expect(after.nodes.filter((n) => n.id !== ids[1])).toEqual(graph.nodes.filter((n) => n.id !== ids[1]));
  });

  it('renames an automatically named activation with its function, but never a hand-named one', () => {
    const { graph, ids } = twoTenOne();
    const switched = updateParams(graph, ids[2], { activation: 'tanh' });
    expect(switched.nodes.find((n) => n.id === ids[2])?.name).toBe('Tanh 1');
    const named = renameNode(graph, ids[2], 'hidden');
    expect(updateParams(named, ids[2], { activation: 'tanh' }).nodes.find((n) => n.id === ids[2])?.name).toBe('hidden');
  });

  it('returns the graph unchanged for an unknown id', () => {
    const { graph } = twoTenOne();
    expect(updateParams(graph, 'nope', { units: 3 })).toBe(graph);
  });
});

describe('moveNodes, renameNode', () => {
  it('moves only the nodes named', () => {
    const { graph, ids } = twoTenOne();
    const after = moveNodes(deepFreeze(graph), [
      { id: ids[0], position: { x: -5, y: 7 } },
      { id: 'ghost', position: at },
    ]);
    expect(after.nodes[0].position).toEqual({ x: -5, y: 7 });
    expect(after.nodes.slice(1)).toEqual(graph.nodes.slice(1));
  });

  it('trims names and ignores blank ones', () => {
    const { graph, ids } = twoTenOne();
    expect(renameNode(deepFreeze(graph), ids[1], '  hidden  ').nodes[1].name).toBe('hidden');
    expect(renameNode(graph, ids[1], '   ')).toBe(graph);
  });
});

describe('duplicateNodes', () => {
  it('copies nodes and the edges among them with fresh ids, names and shifted positions', () => {
    const { graph, ids } = chain([['input'], ['dense', { units: 3 }], ['activation'], ['output']]);
    const { graph: after, copyIds } = duplicateNodes(deepFreeze(graph), [ids[1], ids[2]], { x: 40, y: 40 });
    expect(copyIds).toEqual(['dense-2', 'activation-2']);
    const [dense, relu] = copyIds.map((id) => after.nodes.find((n) => n.id === id));
    expect(dense).toMatchObject({ name: 'Linear 2', params: { units: 3 } });
    expect(relu?.name).toBe('ReLU 2');
    expect(dense?.position).toEqual({ x: graph.nodes[1].position.x + 40, y: graph.nodes[1].position.y + 40 });
    const copiedEdges = after.edges.filter((e) => copyIds.includes(e.source) || copyIds.includes(e.target));
    expect(copiedEdges.map((e) => [e.source, e.target])).toEqual([['dense-2', 'activation-2']]);
    expect(new Set(after.edges.map((e) => e.id)).size).toBe(after.edges.length);
  });

  it('gives hand-named copies a "copy" suffix and does not share params with the original', () => {
    const { graph, ids } = chain([['dense', { units: 3 }]]);
    const named = renameNode(graph, ids[0], 'encoder');
    const { graph: after, copyIds } = duplicateNodes(named, ids, { x: 0, y: 0 });
    const copy = after.nodes.find((n) => n.id === copyIds[0]);
    expect(copy?.name).toBe('encoder copy');
    expect(copy?.params).not.toBe(named.nodes[0].params);
  });
});
