import { describe, expect, it } from 'vitest';
import { disconnectEdges } from '../../../src/graph/operations';
import { twoTenOne } from '../../../src/graph/test-support';
import { DEFAULT_DATASET } from '../../../src/data/index';
import { analyseGraph, previewData } from '../../store/analysis';
import { layerLines } from './layer-list';

const lines = (graph: ReturnType<typeof twoTenOne>['graph']) =>
  layerLines(graph, analyseGraph(graph, previewData({ ...DEFAULT_DATASET })));

describe('layerLines', () => {
  it('reads the 2-10-1 network input to output with shapes, parameter counts and inputs', () => {
    const text = lines(twoTenOne().graph).map((l) => l.text);
    expect(text).toHaveLength(6);
    expect(text[0]).toMatch(/^Input 1, Input layer, output \[B, 2\], 0 params$/);
    expect(text[1]).toBe('Linear 1, Linear layer, output [B, 10], 30 params, from Input 1');
    expect(text[3]).toBe('Linear 2, Linear layer, output [B, 1], 11 params, from ReLU 1');
  });

  it('follows the graph: a cut edge leaves its layer not connected', () => {
    const { graph } = twoTenOne();
    const cut = disconnectEdges(graph, [graph.edges[0].id]);
    const linear = lines(cut).find((l) => l.text.startsWith('Linear 1'));
    expect(linear?.text).toContain('not connected');
    expect(linear?.text).toContain('output [B, ?]');
  });
});
