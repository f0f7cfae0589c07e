import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../src/graph/types';
import { arrangeRows, arrangeShownChain, readingOrder, visibleGraph } from './reading-layout';

const node = (id: string) =>
  ({ id, kind: 'dense', name: id, params: { units: 4 }, position: { x: 0, y: 0 } }) as unknown as GraphNode;
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });

describe('reading order', () => {
  it('follows the main line of a chain with a skip connection, whatever the order of the node list', () => {
    const graph: Graph = {
      nodes: ['d', 'a', 'c', 'b'].map(node),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('a', 'c'), edge('c', 'd')],
    };
    expect(readingOrder(graph)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is null for parallel branches, which are not one line', () => {
    const graph: Graph = {
      nodes: ['a', 'b', 'c', 'd'].map(node),
      edges: [edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')],
    };
    expect(readingOrder(graph)).toBeNull();
  });
});

describe('visible graph', () => {
  it('shows a collapsed group as its first layer, with the edges into and out of the group kept', () => {
    const graph: Graph = {
      nodes: ['in', 'g1', 'g2', 'g3', 'g4', 'out'].map(node),
      edges: [edge('in', 'g1'), edge('g1', 'g2'), edge('g2', 'g3'), edge('g3', 'g4'), edge('g4', 'out')],
      groups: [{ id: 'group-1', nodeIds: ['g1', 'g2', 'g3', 'g4'], repeats: 2, collapsed: true }],
    };
    const { graph: shown, hidden } = visibleGraph(graph);
    expect(shown.nodes.map((n) => n.id)).toEqual(['in', 'g1', 'out']);
    expect(shown.edges.map((e) => [e.source, e.target])).toEqual([
      ['in', 'g1'],
      ['g1', 'out'],
    ]);
    expect(hidden.get('g1')).toEqual(['g2', 'g3', 'g4']);
  });
});

describe('rows', () => {
  it('wraps after MAX_COLUMNS cards when the canvas is unknown and leaves room for arcs between rows', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `n${i}`);
    const rows = arrangeRows(ids, new Map(), { width: 100, height: 50 }, { arcs: true });
    expect(rows[5].position).toEqual({ x: 5 * 176, y: 0 });
    expect(rows[6].position).toEqual({ x: 0, y: 200 });
  });
});

describe('template layout of the shown cards', () => {
  it('lays a chain with a collapsed group out as its shown cards, the hidden layers moving with their card', () => {
    const graph: Graph = {
      nodes: ['in', 'g1', 'g2', 'g3', 'g4', 'out'].map(node).map((n, i) => ({ ...n, position: { x: i * 100, y: 0 } })),
      edges: [edge('in', 'g1'), edge('g1', 'g2'), edge('g2', 'g3'), edge('g3', 'g4'), edge('g4', 'out')],
      groups: [{ id: 'group-1', nodeIds: ['g1', 'g2', 'g3', 'g4'], repeats: 2, collapsed: true }],
    };
    const moves = new Map(
      (
        arrangeShownChain(graph, new Map(), { width: 100, height: 50 }, { width: 2000, height: 600, maxZoom: 1 }) ?? []
      ).map((m) => [m.id, m.position]),
    );
    expect(moves.get('g1')).toEqual({ x: 176, y: 0 });
    expect(moves.get('out')).toEqual({ x: 352, y: 0 });
    expect(moves.get('g2')).toEqual({ x: 276, y: 0 });
  });
});
