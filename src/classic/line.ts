/** The decision line w1·x1 + w2·x2 + b = threshold, clipped to the plotted box. */

/** A rectangle of the plane. */
export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A segment from (x1, y1) to (x2, y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The part of the line w1·x + w2·y + b = threshold inside `box`, or null when the line misses the
 * box or the weights are both zero (no line: the neuron answers the same everywhere).
 */
export function decisionSegment(w1: number, w2: number, b: number, threshold: number, box: Box): Segment | null {
  if (!Number.isFinite(w1 + w2 + b) || (w1 === 0 && w2 === 0)) return null;
  const c = threshold - b;
  const points: Array<[number, number]> = [];
  const add = (x: number, y: number) => {
    const inside = x >= box.xMin - 1e-9 && x <= box.xMax + 1e-9 && y >= box.yMin - 1e-9 && y <= box.yMax + 1e-9;
    if (inside && !points.some(([px, py]) => Math.abs(px - x) < 1e-12 && Math.abs(py - y) < 1e-12)) points.push([x, y]);
  };
  if (w2 !== 0) {
    add(box.xMin, (c - w1 * box.xMin) / w2);
    add(box.xMax, (c - w1 * box.xMax) / w2);
  }
  if (w1 !== 0) {
    add((c - w2 * box.yMin) / w1, box.yMin);
    add((c - w2 * box.yMax) / w1, box.yMax);
  }
  if (points.length < 2) return null;
  // Of up to four edge crossings (a corner counts once), the two farthest apart span the box.
  let best: Segment = { x1: points[0][0], y1: points[0][1], x2: points[1][0], y2: points[1][1] };
  let bestLength = -1;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const length = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
      if (length > bestLength) {
        bestLength = length;
        best = { x1: points[i][0], y1: points[i][1], x2: points[j][0], y2: points[j][1] };
      }
    }
  }
  return best;
}
