import { describe, expect, it } from 'vitest';
import { createNode } from '../../../src/graph/operations';
import { describeEdge, describeNode } from './graph-description';

const empty = { nodes: [], edges: [] };

describe('graph descriptions', () => {
  it('names a node, its kind, its output shape and its parameter count', () => {
    const dense = createNode(empty, 'dense', { x: 0, y: 0 }, { units: 10 });
    expect(describeNode(dense, { width: 10, paramCount: 30, problems: 0 })).toBe(
      'Linear 1, Linear layer, output [B, 10], 30 params',
    );
  });

  it('says when the count is unknown and how many problems there are', () => {
    const dense = createNode(empty, 'dense', { x: 0, y: 0 });
    expect(describeNode(dense, { width: null, paramCount: null, problems: 2 })).toBe(
      'Linear 1, Linear layer, output [B, ?], parameters unknown until connected, 2 problems',
    );
  });

  it('names both ends of an edge and the shape it carries', () => {
    expect(describeEdge('Input 1', 'Linear 1', 2)).toBe('Connection from Input 1 to Linear 1, carries [B, 2]');
  });
});
