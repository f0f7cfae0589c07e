import { describe, expect, it } from 'vitest';
import type { DepthSweepPoint } from '../../../src/training/depth-sweep/settings';
import { lastPoint, normExtent, sweepRows, sweptActivations } from './sweep-rows';

const p = (activation: DepthSweepPoint['activation'], depth: number, firstGradNorm: number): DepthSweepPoint => ({
  activation,
  depth,
  firstGradNorm,
  lastGradNorm: 1,
  trainLoss: 0.5,
});
const points = [p('sigmoid', 1, 0.1), p('relu', 1, 0.2), p('sigmoid', 2, 0.001), p('relu', 2, 0)];

describe('sweep rows', () => {
  it(
    'hold one row per depth of the range, the norm of each activation, and null where none is measured or it ' +
      'cannot go on a log axis',
    () => {
      expect(sweepRows(points, ['sigmoid', 'relu'], { min: 1, max: 3 })).toEqual([
        { depth: 1, sigmoid: 0.1, relu: 0.2 },
        { depth: 2, sigmoid: 0.001, relu: null },
        { depth: 3, sigmoid: null, relu: null },
      ]);
    },
  );

  it('list the activations present, the preferred order first; the extent of positive norms; the deepest point per line', () => {
    expect(sweptActivations(points, ['relu', 'tanh'])).toEqual(['relu', 'sigmoid']);
    expect(normExtent(points)).toEqual([0.001, 0.2]);
    expect(normExtent([])).toBeNull();
    expect(lastPoint(points, 'sigmoid')).toEqual(p('sigmoid', 2, 0.001));
    expect(lastPoint(points, 'tanh')).toBeNull();
  });
});
