import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionSegment } from './line';

const BOX = { xMin: -3, xMax: 4, yMin: -2, yMax: 5 };

describe('decisionSegment', () => {
  it('returns a segment whose ends lie on the line and on the edge of the box', () => {
    const weight = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(weight, weight, fc.double({ min: -3, max: 3, noNaN: true }), (w1, w2, b) => {
        const segment = decisionSegment(w1, w2, b, 0.5, BOX);
        if (segment === null) return;
        for (const [x, y] of [
          [segment.x1, segment.y1],
          [segment.x2, segment.y2],
        ]) {
          expect(Math.abs(w1 * x + w2 * y + b - 0.5)).toBeLessThan(1e-6 * (1 + Math.abs(w1) + Math.abs(w2)));
          expect(x).toBeGreaterThanOrEqual(BOX.xMin - 1e-6);
          expect(x).toBeLessThanOrEqual(BOX.xMax + 1e-6);
          expect(y).toBeGreaterThanOrEqual(BOX.yMin - 1e-6);
          expect(y).toBeLessThanOrEqual(BOX.yMax + 1e-6);
          const onEdge = [x - BOX.xMin, BOX.xMax - x, y - BOX.yMin, BOX.yMax - y].some((d) => Math.abs(d) < 1e-6);
          expect(onEdge).toBe(true);
        }
      }),
    );
  });

  it('spans the box for a vertical and a horizontal line, and is absent when the line misses or the weights are zero', () => {
    expect(decisionSegment(2, 0, -2, 0, BOX)).toEqual({ x1: 1, y1: -2, x2: 1, y2: 5 });
    expect(decisionSegment(0, 1, 0, 0, BOX)).toEqual({ x1: -3, y1: 0, x2: 4, y2: 0 });
    expect(decisionSegment(1, 0, -10, 0, BOX)).toBeNull();
    expect(decisionSegment(0, 0, 1, 0, BOX)).toBeNull();
  });
});
