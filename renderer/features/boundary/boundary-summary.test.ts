import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/index';
import { boundarySummary } from './boundary-summary';
import type { PlaneData } from './plane-data';

function part(x: number[], y: number[], extra: Partial<Dataset> = {}): Dataset {
  return {
    n: y.length,
    features: 2,
    x: Float32Array.from(x),
    y: Float32Array.from(y),
    task: 'binary',
    classes: 2,
    featureNames: ['x1', 'x2'],
    ...extra,
  };
}

function plane(overrides: Partial<PlaneData> & { validation?: Dataset; train?: Dataset } = {}): PlaneData {
  const validation = overrides.validation ?? part([0, 0, 1, 1, 1, 0], [0, 0, 1]);
  const train = overrides.train ?? part([], []);
  return {
    bounds: { x1: [0, 1], x2: [0, 1] },
    split: { train, validation },
    raw: { train, validation },
    task: 'binary',
    classes: 2,
    features: 2,
    targetRange: [0, 1],
    ...overrides,
  };
}

describe('the boundary in words', () => {
  it('gives each class its share of the plane and counts the validation points inside their own region', () => {
    // Cells, bottom row first: (0,0) 0.1 → class 0, (1,0) 0.9 → class 1, (0,1) 0.2 → class 0, (1,1) 0.8 → class 1.
    const grid = { step: 40, resolution: 2, channels: 1 as const, values: Float32Array.from([0.1, 0.9, 0.2, 0.8]) };
    // (0,0) of class 0 in class 0's half; (1,1) of class 0 in class 1's half; (1,0) of class 1 in its own.
    expect(boundarySummary(grid, plane())).toBe(
      'Decision boundary at step 40: of the plane, class 0 50 %, class 1 50 %. ' +
        "2 of 3 validation points lie in their own class's region.",
    );
  });

  it('names the classes a table gives, largest region first, and says projected points are where they project', () => {
    // Two channels per cell: [class index, its probability]; three of four cells predict 'cat'.
    const grid = {
      step: 7,
      resolution: 2,
      channels: 2 as const,
      values: Float32Array.from([2, 0.9, 2, 0.8, 0, 0.6, 2, 0.7]),
    };
    const names = { classNames: ['dog', 'bird', 'cat'], classes: 3, task: 'multiclass' as const };
    const summary = boundarySummary(
      grid,
      plane({
        task: 'multiclass',
        classes: 3,
        validation: part([0.1, 0.1, 0.1, 0.9], [2, 1], names),
        train: part([], [], names),
        projection: { axes: ['PC1', 'PC2'] } as PlaneData['projection'],
      }),
    );
    expect(summary).toBe(
      "Decision boundary at step 7: of the plane, 'cat' 75 %, 'dog' 25 %. 1 of 2 validation points lie in their own " +
        "class's region where they project onto this plane.",
    );
  });

  it('gives the range of the predictions for regression', () => {
    const grid = { step: 3, resolution: 2, channels: 1 as const, values: Float32Array.from([-1.5, 0.25, 2, 3.125]) };
    expect(boundarySummary(grid, plane({ task: 'regression', classes: 1 }))).toBe(
      'Decision boundary at step 3: the predictions over the plane range from -1.50 to 3.13.',
    );
  });
});
