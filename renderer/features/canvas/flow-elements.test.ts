import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src/project/index';
import { parseProject } from '../../../src/project/parse';
import { analyseGraph, previewData } from '../../store/analysis';
import { applySelectChanges, movesOf, sizesOf } from './flow-changes';
import { skipEdgeIds, toFlowEdges, toFlowNodes } from './flow-elements';
import { arcPath } from './ShapeEdge';

const file = createProject();
const analysis = analyseGraph(file.graph, previewData(file.data));

describe('flow elements derived from the document', () => {
  it('gives one canvas node per graph node, with selection, measured size, shape and count', () => {
    const [input, dense] = file.graph.nodes;
    const nodes = toFlowNodes(
      file.graph,
      analysis,
      { nodeIds: [dense.id], edgeIds: [] },
      new Map([[dense.id, { width: 160, height: 80 }]]),
    );
    expect(nodes.map((n) => n.id)).toEqual(file.graph.nodes.map((n) => n.id));
    const flowDense = nodes.find((n) => n.id === dense.id)!;
    expect(flowDense.selected).toBe(true);
    expect(flowDense.measured).toEqual({ width: 160, height: 80 });
    expect(flowDense.position).toBe(dense.position);
    expect(flowDense.data.width).toBe(analysis.shapes.get(dense.id)?.width);
    expect(flowDense.data.paramCount).toBe(analysis.paramCounts.get(dense.id));
    const flowInput = nodes.find((n) => n.id === input.id)!;
    expect(flowInput.selected).toBe(false);
    expect(flowInput.measured).toBeUndefined();
  });

  it('labels each edge with the output shape of its source', () => {
    const edges = toFlowEdges(file.graph, analysis, { nodeIds: [], edgeIds: [file.graph.edges[0].id] });
    expect(edges).toHaveLength(file.graph.edges.length);
    for (const edge of edges) {
      const width = analysis.shapes.get(edge.source)?.width;
      expect(edge.data?.label).toBe(`[B, ${width}]`);
      expect(edge.data?.shortLabel).toBe(`[B, ${width}]`);
    }
    expect(edges[0].selected).toBe(true);
    expect(edges[1].selected).toBe(false);
  });

  it('counts the edges into each node', () => {
    const nodes = toFlowNodes(file.graph, analysis, { nodeIds: [], edgeIds: [] }, new Map());
    for (const node of nodes) {
      expect(node.data.inputCount).toBe(file.graph.edges.filter((e) => e.target === node.id).length);
    }
  });
});

describe('React Flow changes mapped back', () => {
  it('keeps position changes that carry a position', () => {
    expect(
      movesOf([
        { type: 'position', id: 'a', position: { x: 1, y: 2 }, dragging: true },
        { type: 'position', id: 'b', dragging: false },
        { type: 'select', id: 'c', selected: true },
      ]),
    ).toEqual([{ id: 'a', position: { x: 1, y: 2 } }]);
  });

  it('reports only sizes that differ from the known ones', () => {
    const known = new Map([['a', { width: 10, height: 20 }]]);
    expect(sizesOf([{ type: 'dimensions', id: 'a', dimensions: { width: 10, height: 20 } }], known)).toBeNull();
    expect(sizesOf([{ type: 'dimensions', id: 'a', dimensions: { width: 12, height: 20 } }], known)).toEqual(
      new Map([['a', { width: 12, height: 20 }]]),
    );
  });

  it('applies selection changes, returning the same array when nothing changed', () => {
    const selected = ['a', 'b'];
    expect(applySelectChanges(selected, [{ type: 'select', id: 'a', selected: true }])).toBe(selected);
    expect(
      applySelectChanges(selected, [
        { type: 'select', id: 'a', selected: false },
        { type: 'select', id: 'c', selected: true },
      ]),
    ).toEqual(['b', 'c']);
  });
});

describe('gradient-flow tint on the canvas', () => {
  it('passes each node its tint and tints every edge like the node it feeds', () => {
    const [first, second] = file.graph.nodes;
    const tints = new Map([
      [first.id, '#111111'],
      [second.id, '#222222'],
    ]);
    const nodes = toFlowNodes(file.graph, analysis, { nodeIds: [], edgeIds: [] }, new Map(), tints);
    expect(nodes.find((n) => n.id === first.id)?.data.tint).toBe('#111111');
    expect(nodes.find((n) => n.id === file.graph.nodes[2].id)?.data.tint).toBeUndefined();
    for (const edge of toFlowEdges(file.graph, analysis, { nodeIds: [], edgeIds: [] }, tints)) {
      expect(edge.data?.tint).toBe(tints.get(edge.target));
    }
  });

  it('leaves nodes and edges plain without a tint', () => {
    expect(
      toFlowNodes(file.graph, analysis, { nodeIds: [], edgeIds: [] }, new Map()).every(
        (n) => n.data.tint === undefined,
      ),
    ).toBe(true);
    expect(
      toFlowEdges(file.graph, analysis, { nodeIds: [], edgeIds: [] }).every((e) => e.data?.tint === undefined),
    ).toBe(true);
  });
});

describe('skip connections', () => {
  it('marks the edges that jump over layers into an Add (x → Add beside x → block → Add), and only those', () => {
    const skip = parseProject(
      readFileSync(new URL('../../../assets/examples/deep-sigmoid-skip.mlp', import.meta.url), 'utf8'),
    );
    const ids = skipEdgeIds(skip.graph);
    const pairs = skip.graph.edges.filter((e) => ids.has(e.id)).map((e) => `${e.source}>${e.target}`);
    expect(pairs).toEqual(['activation-1>add-1', ...Array.from({ length: 6 }, (_, i) => `add-${i + 1}>add-${i + 2}`)]);
    const edges = toFlowEdges(skip.graph, analyseGraph(skip.graph, previewData(skip.data)), {
      nodeIds: [],
      edgeIds: [],
    });
    expect(edges.filter((e) => e.data?.skip)).toHaveLength(7);
    // A plain chain has none.
    expect(skipEdgeIds(file.graph).size).toBe(0);
  });

  it('draws a skip as an arc whose label sits above both ends', () => {
    const [path, x, y] = arcPath(0, 100, 600, 100);
    expect(path.startsWith('M 0 100 C')).toBe(true);
    expect(x).toBe(300);
    expect(y).toBeLessThan(100 - 60);
  });
});
