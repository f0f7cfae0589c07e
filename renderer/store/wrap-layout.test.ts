import { describe, expect, it } from 'vitest';
import { createEmptyProject, createProject } from '../../src/project/index';
import type { Graph } from '../../src/graph/types';
import { arrangeChain, chainOrder, COLUMN_GAP, READABLE_ZOOM, ROW_GAP, rowsFor, zoomForRows } from './wrap-layout';

const CARD = { width: 160, height: 80 };
const LAPTOP = { width: 700, height: 450, maxZoom: 1.25 };
const WIDE = { width: 1700, height: 650, maxZoom: 1.25 };

/** The starter chain with its nodes listed in a shuffled order, so the order must come from the edges. */
function shuffledStarter(): Graph {
  const { graph } = createProject();
  const [a, b, c, d, e, f] = graph.nodes;
  return { nodes: [d, a, f, c, e, b], edges: [...graph.edges].reverse() };
}

describe('chain layout for a template', () => {
  it('follows the edges from the input to the output, whatever order the nodes are listed in', () => {
    expect(chainOrder(shuffledStarter())).toEqual([
      'input-1',
      'dense-1',
      'activation-1',
      'dense-2',
      'activation-2',
      'output-1',
    ]);
  });

  it('is not a chain when a node branches, two nodes start, or the graph is empty', () => {
    const { graph } = createProject();
    const branched: Graph = {
      nodes: graph.nodes,
      edges: [...graph.edges.slice(0, 4), { id: 'x', source: 'dense-2', target: 'output-1' }],
    };
    expect(chainOrder(branched)).toBeNull();
    expect(chainOrder({ nodes: graph.nodes, edges: graph.edges.slice(1) })).toBeNull();
    expect(chainOrder(createEmptyProject().graph)).toBeNull();
    expect(arrangeChain(branched, new Map(), CARD, LAPTOP)).toBeNull();
  });

  it('computes the zoom a row count allows from the cards, the gaps and the area', () => {
    // Six cards in one row: six widths and five gaps; in two rows: three widths and two gaps, two heights and a gap.
    expect(zoomForRows(6, 1, CARD, LAPTOP)).toBeCloseTo(700 / (6 * 160 + 5 * COLUMN_GAP));
    expect(zoomForRows(6, 2, CARD, LAPTOP)).toBeCloseTo(
      Math.min(700 / (3 * 160 + 2 * COLUMN_GAP), 450 / (2 * 80 + ROW_GAP)),
    );
    expect(zoomForRows(1, 1, CARD, LAPTOP)).toBe(1.25);
  });

  it('keeps one row where it reads well, and wraps into the fewest readable rows where it would not', () => {
    expect(zoomForRows(6, 1, CARD, WIDE)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(rowsFor(6, CARD, WIDE)).toBe(1);
    expect(zoomForRows(6, 1, CARD, LAPTOP)).toBeLessThan(READABLE_ZOOM);
    expect(zoomForRows(6, 2, CARD, LAPTOP)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(rowsFor(6, CARD, LAPTOP)).toBe(2);
  });

  it("takes the area's own readable zoom where the view enlarges card type (the presenter view)", () => {
    const one = zoomForRows(6, 1, CARD, LAPTOP);
    expect(rowsFor(6, CARD, { ...LAPTOP, readableZoom: one })).toBe(1);
    expect(rowsFor(6, CARD, { ...LAPTOP, readableZoom: one + 0.01 })).toBe(2);
  });

  it('shows a chain too long to read at any row count as large as it can', () => {
    const rows = rowsFor(20, CARD, LAPTOP);
    const zoom = zoomForRows(20, rows, CARD, LAPTOP);
    expect(zoom).toBeLessThan(READABLE_ZOOM);
    for (let other = 1; other <= 20; other++)
      expect(zoomForRows(20, other, CARD, LAPTOP)).toBeLessThanOrEqual(zoom + 1e-9);
  });

  it('places the chain in reading order, row by row, a card plus a gap apart, using the largest measured card', () => {
    const sizes = new Map([['dense-1', { width: 170, height: 90 }]]);
    const moves = arrangeChain(shuffledStarter(), sizes, CARD, LAPTOP);
    const at = Object.fromEntries((moves ?? []).map((m) => [m.id, m.position]));
    const dx = 170 + COLUMN_GAP;
    const dy = 90 + ROW_GAP;
    expect(at).toEqual({
      'input-1': { x: 0, y: 0 },
      'dense-1': { x: dx, y: 0 },
      'activation-1': { x: 2 * dx, y: 0 },
      'dense-2': { x: 0, y: dy },
      'activation-2': { x: dx, y: dy },
      'output-1': { x: 2 * dx, y: dy },
    });
  });
});
