import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from './generate';
import { prepareData } from './prepare';
import { projectedPlane } from './projected-plane';
import type { DatasetSpec } from './types';

/** A CSV spec of rows (a, b, a again, label): rank 2, so every row lies in the plane of the first two components. */
function rankTwoSpec(standardize: boolean): DatasetSpec {
  const lines = ['a,b,c,label'];
  for (let i = 0; i < 40; i++) {
    const a = Math.sin(i * 0.7) * 3 + 1;
    const b = Math.cos(i * 1.3) * 0.5 - 2;
    lines.push(`${a.toFixed(4)},${b.toFixed(4)},${a.toFixed(4)},${i % 2 === 0 ? 'x' : 'y'}`);
  }
  const csv = { fileName: 'rank-two.csv', text: lines.join('\n'), targetColumn: 'label', targetKind: 'class' as const };
  return { ...DEFAULT_DATASET, kind: 'csv', validationSplit: 0.25, standardize, csv };
}

const TABLE_INPUT = { source: 'table' as const, features: [], columns: 0 };

describe('projectedPlane', () => {
  it('maps each projected sample back to the network input it was trained on (data in a plane)', () => {
    for (const standardize of [true, false]) {
      const prepared = prepareData(rankTwoSpec(standardize), TABLE_INPUT);
      const plane = projectedPlane(prepared, { kind: 'pca' });
      if (!plane) throw new Error('expected a plane for 3 columns');
      const back = plane.transform(plane.points.validation, prepared.validation.n);
      expect(back.length).toBe(prepared.validation.x.length);
      back.forEach((value, i) => expect(value).toBeCloseTo(prepared.validation.x[i], 3));
    }
  });

  it('spans every projected point of both splits with its bounds', () => {
    const prepared = prepareData(rankTwoSpec(true), TABLE_INPUT);
    const plane = projectedPlane(prepared, { kind: 'pca' });
    if (!plane) throw new Error('expected a plane');
    for (const points of [plane.points.train, plane.points.validation]) {
      for (let i = 0; i < points.length; i += 2) {
        expect(points[i]).toBeGreaterThan(plane.bounds.x1[0]);
        expect(points[i]).toBeLessThan(plane.bounds.x1[1]);
        expect(points[i + 1]).toBeGreaterThan(plane.bounds.x2[0]);
        expect(points[i + 1]).toBeLessThan(plane.bounds.x2[1]);
      }
    }
  });

  it('holds the other columns at their training means for two chosen columns (0 once standardised)', () => {
    const prepared = prepareData(rankTwoSpec(true), TABLE_INPUT);
    const plane = projectedPlane(prepared, { kind: 'features', x: 1, y: 2 });
    if (!plane) throw new Error('expected a plane');
    expect(plane.projection.axes).toEqual(['b', 'c']);
    const [row] = [plane.transform(Float32Array.from([-2, 1]), 1)];
    expect(row[0]).toBeCloseTo(0, 5);
  });

  it('is null for data of two columns, which is drawn over its own plane', () => {
    const prepared = prepareData(DEFAULT_DATASET, { source: 'plane', features: ['x1', 'x2'], columns: 0 });
    expect(projectedPlane(prepared, { kind: 'pca' })).toBeNull();
  });
});
