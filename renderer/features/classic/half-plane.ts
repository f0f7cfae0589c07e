/** Geometry for the classic scatter: the data's bounds and the part of the box on the neuron's "1" side. */
import type { ClassicData } from '../../../src/classic/index';
import type { PlaneBounds } from '../boundary/plot-frame';

/** Bounds around every sample with a margin of 8 % of the span (at least 0.5 in each direction for a degenerate column). */
export function dataBounds(data: ClassicData): PlaneBounds {
  const min = [Infinity, Infinity];
  const max = [-Infinity, -Infinity];
  for (let i = 0; i < data.n; i++) {
    for (const j of [0, 1]) {
      const v = data.x[2 * i + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  const pad = (j: number) => Math.max((max[j] - min[j]) * 0.08, 0.5);
  return { x1: [min[0] - pad(0), max[0] + pad(0)], x2: [min[1] - pad(1), max[1] + pad(1)] };
}

/**
 * The polygon of the bounds' rectangle where w1·x1 + w2·x2 + b ≥ threshold (Sutherland–Hodgman
 * clipping of the rectangle against one half-plane); empty when none of it is, the whole
 * rectangle when all of it is.
 */
export function positiveRegion(
  bounds: PlaneBounds,
  w1: number,
  w2: number,
  b: number,
  threshold: number,
): Array<[number, number]> {
  const corners: Array<[number, number]> = [
    [bounds.x1[0], bounds.x2[0]],
    [bounds.x1[1], bounds.x2[0]],
    [bounds.x1[1], bounds.x2[1]],
    [bounds.x1[0], bounds.x2[1]],
  ];
  const side = ([x, y]: [number, number]) => w1 * x + w2 * y + b - threshold;
  const out: Array<[number, number]> = [];
  for (let k = 0; k < corners.length; k++) {
    const p = corners[k];
    const q = corners[(k + 1) % corners.length];
    const sp = side(p);
    const sq = side(q);
    if (sp >= 0) out.push(p);
    if (sp >= 0 !== sq >= 0) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}
