import { describe, expect, it } from 'vitest';
import { connectNodes } from './operations';
import { inferShapes, paramCounts, totalParams, trainableParams } from './shapes';
import { chain, place, twoTenOne } from './test-support';
import type { Graph } from './types';

describe('inferShapes', () => {
  it('follows the 2-10-1 network', () => {
    const { graph, ids } = twoTenOne();
    const shapes = inferShapes(graph);
    expect(ids.map((id) => shapes.get(id)?.width)).toEqual([2, 10, 10, 1, 1, 1]);
    expect(shapes.get(ids[1])?.inputWidths).toEqual([2]);
  });

  it('carries widths through an Add skip connection and a Concat', () => {
    // Input(2) → Linear(8) → ReLU → Linear(8) → Add(ReLU, Linear) → Concat(Add, Input) → Linear(1)
    const { graph: trunk } = chain([
      ['input'],
      ['dense', { units: 8 }],
      ['activation'],
      ['dense', { units: 8 }],
      ['add'],
    ]);
    let g: Graph = connectNodes(trunk, 'activation-1', 'add-1');
    g = place(g, 'concat').graph;
    g = connectNodes(connectNodes(g, 'add-1', 'concat-1'), 'input-1', 'concat-1');
    g = place(g, 'dense', { units: 1 }).graph;
    g = connectNodes(g, 'concat-1', 'dense-3');
    const shapes = inferShapes(g);
    expect(shapes.get('add-1')).toEqual({ width: 8, inputWidths: [8, 8] });
    expect(shapes.get('concat-1')).toEqual({ width: 10, inputWidths: [8, 2] });
    expect(shapes.get('dense-3')?.width).toBe(1);
    // by hand: 2·8+8 + 8·8+8 + 10·1+1
    expect(totalParams(g)).toBe(24 + 72 + 11);
  });

  it('reports an Add of unequal widths by name and leaves everything after it unknown', () => {
    let g = chain([['input'], ['dense', { units: 8 }], ['add'], ['activation']]).graph;
    g = place(g, 'dense', { units: 4 }).graph;
    g = connectNodes(g, 'input-1', 'dense-2');
    // connectNodes refuses this pair, so build the mismatch as a loaded file could hold it
    g = { ...g, edges: [...g.edges, { id: 'e-x', source: 'dense-2', target: 'add-1' }] };
    const shapes = inferShapes(g);
    expect(shapes.get('add-1')?.width).toBeNull();
    expect(shapes.get('add-1')?.error).toMatch(/got 8 from 'Linear 1' and 4 from 'Linear 2'/);
    expect(shapes.get('activation-1')).toEqual({ width: null, inputWidths: [] });
  });

  it('gives no width to nodes missing inputs or sitting on a loop', () => {
    const lonely = place({ nodes: [], edges: [] }, 'activation').graph;
    expect(inferShapes(lonely).get('activation-1')?.width).toBeNull();
    const loop: Graph = {
      nodes: chain([['dense'], ['activation']]).graph.nodes,
      edges: [
        { id: 'a', source: 'dense-1', target: 'activation-1' },
        { id: 'b', source: 'activation-1', target: 'dense-1' },
      ],
    };
    const shapes = inferShapes(loop);
    expect([shapes.get('dense-1')?.width, shapes.get('activation-1')?.width]).toEqual([null, null]);
  });
});

describe('parameter counts', () => {
  it('counts 41 weights in the 2-10-1 network: 2·10+10 and 10·1+1', () => {
    const { graph, ids } = twoTenOne();
    const counts = paramCounts(graph);
    expect(counts.get(ids[1])).toBe(30);
    expect(counts.get(ids[3])).toBe(11);
    expect(counts.get(ids[2])).toBe(0);
    expect(totalParams(graph)).toBe(41);
  });

  it('counts BatchNorm as 4 per feature, 2 of them trainable, and drops biases when asked', () => {
    const { graph } = chain([
      ['input', { source: 'table', columns: 3 }],
      ['dense', { units: 5, useBias: false }],
      ['batchNorm'],
    ]);
    expect(totalParams(graph)).toBe(3 * 5 + 4 * 5);
    expect(trainableParams(graph)).toBe(3 * 5 + 2 * 5);
  });

  it('leaves out nodes whose input width is unknown', () => {
    const g = place({ nodes: [], edges: [] }, 'dense').graph;
    expect(paramCounts(g).has('dense-1')).toBe(false);
    expect(totalParams(g)).toBe(0);
  });
});
