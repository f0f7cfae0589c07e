import { describe, expect, it } from 'vitest';
import { connectNodes } from './operations';
import { connectTargets, screenOrder } from './screen-order';
import { place } from './test-support';
import type { Graph } from './types';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe('screenOrder', () => {
  it('reads rows top to bottom and each row left to right, tolerating cards a little out of line', () => {
    const items = [at('d', 0, 300), at('b', 250, 30), at('a', 0, 0), at('c', 500, -20), at('e', 250, 290)];
    expect(screenOrder(items)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('starts a new row once a card sits further below than the tolerance', () => {
    expect(screenOrder([at('low', 0, 100), at('high', 400, 0)])).toEqual(['high', 'low']);
  });
});

describe('connectTargets', () => {
  it('lists the layers a node may feed, in reading order, leaving out itself, inputs and cycles', () => {
    let graph: Graph = { nodes: [], edges: [] };
    const ids: string[] = [];
    for (const kind of ['input', 'dense', 'activation', 'output'] as const) {
      const placed = place(graph, kind);
      graph = placed.graph;
      ids.push(placed.id);
    }
    const [input, dense, act, output] = ids;
    expect(connectTargets(graph, input)).toEqual([dense, act, output]);
    graph = connectNodes(graph, input, dense);
    graph = connectNodes(graph, dense, act);
    // The activation already feeds nothing back: Linear → act exists, so act → Linear would close a loop.
    expect(connectTargets(graph, act)).toEqual([output]);
    expect(connectTargets(graph, output)).toEqual([]);
  });
});
