import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from './types';
import { inputsOf, topologicalOrder } from './topology';

const node = (id: string): GraphNode => ({ id, kind: 'add', name: id, position: { x: 0, y: 0 }, params: {} });

describe('topologicalOrder', () => {
  it('puts every node after its inputs, stable by document order', () => {
    const g: Graph = {
      nodes: [node('d'), node('a'), node('c'), node('b')],
      edges: [
        { id: 'e1', source: 'a', target: 'b' },
        { id: 'e2', source: 'b', target: 'd' },
        { id: 'e3', source: 'a', target: 'c' },
        { id: 'e4', source: 'c', target: 'd' },
      ],
    };
    const { order, cyclic } = topologicalOrder(g);
    expect(order.map((n) => n.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(cyclic).toEqual([]);
    expect(inputsOf(g, 'd')).toEqual(['b', 'c']);
  });

  it('reports the nodes on a cycle', () => {
    const g: Graph = {
      nodes: [node('a'), node('b'), node('c')],
      edges: [
        { id: 'e1', source: 'a', target: 'b' },
        { id: 'e2', source: 'b', target: 'c' },
        { id: 'e3', source: 'c', target: 'b' },
      ],
    };
    const { order, cyclic } = topologicalOrder(g);
    expect(order.map((n) => n.id)).toEqual(['a']);
    expect(cyclic.sort()).toEqual(['b', 'c']);
  });
});
