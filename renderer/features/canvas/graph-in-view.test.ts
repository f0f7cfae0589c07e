import { describe, expect, it } from 'vitest';
import { graphInView, nodeBounds } from './graph-in-view';

const pane = { width: 800, height: 400 };

describe('graphInView', () => {
  it("is true when the graph, at the viewport's zoom and pan, fits in the pane", () => {
    expect(graphInView({ x: 0, y: 0, width: 700, height: 300 }, [10, 10, 1], pane)).toBe(true);
    expect(graphInView({ x: 0, y: 0, width: 1400, height: 600 }, [0, 0, 0.5], pane)).toBe(true);
  });

  it('is false when part of the graph lies off any edge', () => {
    expect(graphInView({ x: 0, y: 0, width: 700, height: 300 }, [200, 0, 1], pane)).toBe(false);
    expect(graphInView({ x: 0, y: 0, width: 700, height: 300 }, [0, -50, 1], pane)).toBe(false);
    expect(graphInView({ x: 0, y: 0, width: 700, height: 300 }, [0, 0, 1.5], pane)).toBe(false);
  });

  it('counts an empty graph as in view', () => {
    expect(graphInView(null, [0, 0, 1], pane)).toBe(true);
  });
});

describe('nodeBounds', () => {
  it('spans every node from its position to its measured far corner, and is null for no nodes', () => {
    const node = (x: number, y: number, width: number, height: number) => ({
      internals: { positionAbsolute: { x, y } },
      measured: { width, height },
    });
    expect(nodeBounds([node(0, 10, 100, 50), node(200, -20, 80, 40)])).toEqual({
      x: 0,
      y: -20,
      width: 280,
      height: 80,
    });
    expect(nodeBounds([])).toBeNull();
  });
});
