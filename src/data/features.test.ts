import { describe, expect, it } from 'vitest';
import { planeFeatures } from './features';

describe('planeFeatures', () => {
  it('computes every feature of each point, in the order asked', () => {
    const points = Float32Array.from([2, -3, 0.5, 4]);
    const out = planeFeatures(points, 2, ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2']);
    expect(out.length).toBe(14);
    expect(Array.from(out.slice(0, 7))).toEqual([2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)].map(Math.fround));
    expect(Array.from(out.slice(7))).toEqual([0.5, 4, 0.25, 16, 2, Math.sin(0.5), Math.sin(4)].map(Math.fround));
  });

  it('follows the requested order and allows repeats and an empty selection', () => {
    const points = Float32Array.from([3, 5]);
    expect(Array.from(planeFeatures(points, 1, ['x2', 'x1', 'x2']))).toEqual([5, 3, 5]);
    expect(planeFeatures(points, 1, []).length).toBe(0);
  });
});
