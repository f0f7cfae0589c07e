import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../src/graph/types';
import type { Rgb } from '../charts/colours';
import {
  gradientTint,
  MIN_TINT_DECADES,
  TINT_STEPS_PER_DECADE,
  tintColour,
  tintColours,
  tintDomain,
  tintFromKey,
  tintKey,
} from './gradient-tint';
import { denseLayer } from './test-samples';

function node(id: string, kind: GraphNode['kind']): GraphNode {
  return { id, kind, name: id, position: { x: 0, y: 0 }, params: {} } as GraphNode;
}

/** in → d0 → act → d1 → out, plus a skip in → add ← d1 feeding out via add. */
const graph: Graph = {
  nodes: [
    node('in', 'input'),
    node('d0', 'dense'),
    node('act', 'activation'),
    node('d1', 'dense'),
    node('out', 'output'),
  ],
  edges: [
    { id: 'e1', source: 'in', target: 'd0' },
    { id: 'e2', source: 'd0', target: 'act' },
    { id: 'e3', source: 'act', target: 'd1' },
    { id: 'e4', source: 'd1', target: 'out' },
  ],
};

const sample = { step: 1, epoch: 0, layers: [denseLayer('d0', 1e-5), denseLayer('d1', 0.1)] };

describe('gradient tint', () => {
  it('gives Linear nodes their own log10 norm and others the nearest Linear downstream', () => {
    const tint = gradientTint(graph, sample)!;
    expect(tint.log10ByNode.get('d0')).toBeCloseTo(-5, 10);
    expect(tint.log10ByNode.get('d1')).toBeCloseTo(-1, 10);
    expect(tint.log10ByNode.get('in')).toBeCloseTo(-5, 10);
    expect(tint.log10ByNode.get('act')).toBeCloseTo(-1, 10);
  });

  it('leaves nodes with no Linear downstream untinted', () => {
    expect(gradientTint(graph, sample)!.log10ByNode.has('out')).toBe(false);
  });

  it('has no tint without a sample or without Linear statistics', () => {
    expect(gradientTint(graph, null)).toBeNull();
    expect(gradientTint(graph, { step: 0, epoch: 0, layers: [] })).toBeNull();
  });

  it('spans whole decades, at least MIN_TINT_DECADES of them', () => {
    expect(tintDomain([-5, -1])).toEqual([-5, -1]);
    expect(tintDomain([-1.2, -0.8])).toEqual([-MIN_TINT_DECADES, 0]);
    expect(tintDomain([-4.5, -0.5])).toEqual([-5, 0]);
  });

  it('colours the bottom of the domain with the first stop and the top with the last', () => {
    const stops: Rgb[] = [
      [0, 0, 255],
      [255, 0, 0],
    ];
    expect(tintColour(-5, [-5, 0], stops)).toBe('#0000ff');
    expect(tintColour(0, [-5, 0], stops)).toBe('#ff0000');
    expect(tintColour(9, [-5, 0], stops)).toBe('#ff0000');
    const colours = tintColours(gradientTint(graph, sample), stops)!;
    expect(colours.get('in')).toBe(colours.get('d0'));
    expect(colours.get('d0')).not.toBe(colours.get('d1'));
  });

  it('rounds the tint to a key: samples that move no colour give the same key, a real change a new one', () => {
    const tint = gradientTint(graph, sample)!;
    const key = tintKey(tint);
    // 1e-5 × 1.01 moves log10 by 0.004 decades, far below one step (1/TINT_STEPS_PER_DECADE).
    expect(
      tintKey(gradientTint(graph, { ...sample, layers: [denseLayer('d0', 1.01e-5), denseLayer('d1', 0.1)] })),
    ).toBe(key);
    expect(
      tintKey(gradientTint(graph, { ...sample, layers: [denseLayer('d0', 3e-5), denseLayer('d1', 0.1)] })),
    ).not.toBe(key);
    expect(tintKey(null)).toBe('');
  });

  it('reads a key back to the rounded tint, within half a step of the exact magnitudes and with the same domain', () => {
    const tint = gradientTint(graph, { ...sample, layers: [denseLayer('d0', 2.7e-5), denseLayer('d1', 0.13)] })!;
    const back = tintFromKey(tintKey(tint))!;
    expect(back.domain).toEqual(tint.domain);
    expect([...back.log10ByNode.keys()]).toEqual([...tint.log10ByNode.keys()]);
    for (const [id, v] of tint.log10ByNode)
      expect(Math.abs(back.log10ByNode.get(id)! - v)).toBeLessThanOrEqual(0.5 / TINT_STEPS_PER_DECADE + 1e-12);
    expect(tintFromKey('')).toBeNull();
  });
});
