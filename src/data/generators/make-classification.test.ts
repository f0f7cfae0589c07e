// The make_classification-like generator: classes centred on vertices at ±separation that overlap
// (no line separates them, unlike the linear kind), label noise at the asked rate, 1 or 2
// informative features, and the spec checks.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, generateDataset } from '../index';
import { createRng } from '../rng';
import type { Dataset } from '../types';
import { generateClassification } from './classification';
import { generateLinear } from './linear';
import { coordinate, meanStd, rowsByClass } from './test-helpers';

const make = (
  changes: { samples?: number; noise?: number; informative?: number; separation?: number; flip?: number },
  seed = 1,
) =>
  generateClassification(
    { samples: 2000, noise: 0, informative: 2, separation: 1, flip: 0, ...changes },
    createRng(seed),
  );

/** Points on the wrong side of the perpendicular bisector of the two class means (the line a nearest-mean rule draws). */
function acrossBisector(ds: Dataset): number {
  const rows = rowsByClass(ds);
  const means = rows.map((r) => [meanStd(coordinate(ds, r, 0)).mean, meanStd(coordinate(ds, r, 1)).mean]);
  const normal = [means[1][0] - means[0][0], means[1][1] - means[0][1]];
  const mid = [(means[0][0] + means[1][0]) / 2, (means[0][1] + means[1][1]) / 2];
  let wrong = 0;
  for (let i = 0; i < ds.n; i++) {
    const side = (ds.x[2 * i] - mid[0]) * normal[0] + (ds.x[2 * i + 1] - mid[1]) * normal[1];
    if ((side > 0 ? 1 : 0) !== ds.y[i]) wrong++;
  }
  return wrong / ds.n;
}

describe('make_classification-like data', () => {
  it('centres the two classes on different vertices of the square of half-side `separation`', () => {
    for (const seed of [1, 2, 3]) {
      const ds = make({ separation: 2 }, seed);
      const means = rowsByClass(ds).map((r) => [
        meanStd(coordinate(ds, r, 0)).mean,
        meanStd(coordinate(ds, r, 1)).mean,
      ]);
      for (const m of means) for (const v of m) expect(Math.abs(Math.abs(v) - 2)).toBeLessThan(0.1);
      expect(means[0]).not.toEqual(means[1]);
    }
  });

  it('overlaps: at class separation 1 a few % of points lie across the best simple line, where the linear kind has none', () => {
    const overlap = acrossBisector(make({ separation: 1 }));
    expect(overlap).toBeGreaterThan(0.01);
    expect(overlap).toBeLessThan(0.3);
    expect(acrossBisector(generateLinear({ samples: 2000, noise: 0 }, createRng(1)))).toBe(0);
    expect(acrossBisector(make({ separation: 3 }))).toBeLessThan(overlap);
  });

  it('redraws a fraction `flip` of the labels: half of those change class', () => {
    // Far apart, so every changed label shows as a point across the bisector.
    const flipped = acrossBisector(make({ separation: 20, flip: 0.4, samples: 4000 }));
    expect(flipped).toBeGreaterThan(0.17);
    expect(flipped).toBeLessThan(0.23);
  });

  it('with 1 informative feature separates the classes along x1 only; x2 is N(0, 1) noise in both', () => {
    const ds = make({ informative: 1, separation: 2 });
    for (const rows of rowsByClass(ds)) {
      const x2 = meanStd(coordinate(ds, rows, 1));
      expect(Math.abs(x2.mean)).toBeLessThan(0.1);
      expect(Math.abs(x2.std - 1)).toBeLessThan(0.1);
      expect(Math.abs(Math.abs(meanStd(coordinate(ds, rows, 0)).mean) - 2)).toBeLessThan(0.1);
    }
  });

  it('is a dataset kind with defaults, checked like every other setting', () => {
    const ds = generateDataset({ ...DEFAULT_DATASET, kind: 'classification', samples: 100 });
    expect(ds).toMatchObject({ n: 100, features: 2, classes: 2, task: 'binary' });
    expect(generateDataset({ ...DEFAULT_DATASET, kind: 'classification', samples: 100 }).x).toEqual(ds.x);
    expect(() => generateDataset({ ...DEFAULT_DATASET, kind: 'classification', informative: 3 })).toThrow(
      /Informative features must be a whole number from 1 to 2, but is 3/,
    );
    expect(() => generateDataset({ ...DEFAULT_DATASET, kind: 'classification', flip: 1.5 })).toThrow(
      /Label noise .* but is 1\.5/,
    );
  });
});
