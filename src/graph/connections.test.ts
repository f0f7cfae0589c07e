import { describe, expect, it } from 'vitest';
import { connectNodes, isValidConnection } from './operations';
import { chain, place, twoTenOne } from './test-support';
import type { Graph } from './types';

const reason = (graph: Graph, source: string, target: string): string => {
  const check = isValidConnection(graph, source, target);
  if (check.ok) throw new Error(`expected ${source} → ${target} to be refused`);
  return check.reason;
};

describe('isValidConnection', () => {
  it('allows a plain forward connection', () => {
    let g = place({ nodes: [], edges: [] }, 'input').graph;
    g = place(g, 'dense').graph;
    expect(isValidConnection(g, 'input-1', 'dense-1')).toEqual({ ok: true });
  });

  it('refuses unknown nodes and self-loops', () => {
    const { graph, ids } = twoTenOne();
    expect(reason(graph, 'ghost', ids[1])).toMatch(/no node with id 'ghost'/);
    expect(reason(graph, ids[1], ids[1])).toMatch(/'Linear 1' cannot feed itself/);
  });

  it('refuses edges out of the Output and into an Input', () => {
    const { graph, ids } = twoTenOne();
    const extra = place(graph, 'dense').graph;
    expect(reason(extra, ids[5], 'dense-3')).toMatch(/'Output 1' ends the network/);
    expect(reason(extra, 'dense-3', ids[0])).toMatch(/'Input 1' is where data enters/);
  });

  it('refuses a duplicate edge and a second input into a one-input node, naming the input it has', () => {
    const { graph, ids } = twoTenOne();
    expect(reason(graph, ids[0], ids[1])).toMatch(/'Input 1' already feeds 'Linear 1'/);
    const extra = place(graph, 'dense').graph;
    expect(reason(extra, 'dense-3', ids[2])).toMatch(/'ReLU 1' takes one input and already has 'Linear 1'/);
  });

  it('refuses an edge that would close a loop, showing the loop', () => {
    const { graph } = chain([['add'], ['dense'], ['activation'], ['dense']]);
    const message = reason(graph, 'dense-2', 'add-1');
    expect(message).toMatch(/would close a loop/);
    expect(message).toContain("'Add 1' → 'Linear 1' → 'ReLU 1' → 'Linear 2' → 'Add 1'");
  });

  it('lets an Add take many inputs of one width, and refuses a width it cannot add', () => {
    const trunk = chain([['input'], ['dense', { units: 8 }], ['activation']]);
    let g = place(trunk.graph, 'dense', { units: 8 }).graph;
    g = place(g, 'dense', { units: 4 }).graph;
    g = place(g, 'add').graph;
    g = connectNodes(g, trunk.ids[0], 'dense-2');
    g = connectNodes(g, trunk.ids[0], 'dense-3');
    g = connectNodes(g, trunk.ids[2], 'add-1');
    expect(isValidConnection(g, 'dense-2', 'add-1')).toEqual({ ok: true });
    g = connectNodes(g, 'dense-2', 'add-1');
    expect(reason(g, 'dense-3', 'add-1')).toMatch(
      /Add needs inputs of equal width; got 8 from 'ReLU 1' and 4 from 'Linear 3'/,
    );
  });

  it("refuses an edge that would change an Add's width further upstream", () => {
    let g = chain([['input'], ['dense', { units: 8 }]]).graph;
    g = place(g, 'activation').graph;
    g = place(g, 'add').graph;
    g = connectNodes(g, 'dense-1', 'add-1');
    g = connectNodes(g, 'activation-1', 'add-1');
    expect(reason(g, 'input-1', 'activation-1')).toMatch(/break 'Add 1'.*got 8 from 'Linear 1' and 2 from 'ReLU 1'/);
    expect(isValidConnection(g, 'dense-1', 'activation-1')).toEqual({ ok: true });
  });
});
