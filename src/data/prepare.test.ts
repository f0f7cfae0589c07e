import { describe, expect, it } from 'vitest';
import type { InputParams, PlaneFeature } from '../graph/types';
import { DataError } from './errors';
import { DEFAULT_DATASET } from './generate';
import { prepareData } from './prepare';
import type { DatasetSpec } from './types';

const plane = (features: PlaneFeature[]): InputParams => ({ source: 'plane', features, columns: 2 });
const table = (columns: number): InputParams => ({ source: 'table', features: [], columns });
const spec = (patch: Partial<DatasetSpec>): DatasetSpec => ({ ...DEFAULT_DATASET, ...patch });

/** Column j of a row-major matrix with `width` columns. */
const column = (x: Float32Array, width: number, j: number) =>
  Array.from({ length: x.length / width }, (_, i) => x[i * width + j]);
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const std = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));

const CSV_TEXT = [
  'a,b,c,label',
  ...Array.from({ length: 20 }, (_, i) => `${i},${i * i},${-i},${i % 2 ? 'odd' : 'even'}`),
].join('\n');
const csvSpec = spec({
  kind: 'csv',
  csv: { fileName: 'n.csv', text: CSV_TEXT, targetColumn: 'label', targetKind: 'class' },
});

describe('prepareData', () => {
  it('splits the default moons 160/40 and feeds the raw points through x1, x2 unchanged', () => {
    const data = prepareData(DEFAULT_DATASET, plane(['x1', 'x2']));
    expect(data).toMatchObject({
      inputWidth: 2,
      task: 'binary',
      classes: 2,
      featureNames: ['x1', 'x2'],
      standardization: null,
    });
    expect([data.train.n, data.validation.n]).toEqual([160, 40]);
    expect(data.train.x).toEqual(data.raw.train.x);
    expect(data.validation.y).toEqual(data.raw.validation.y);
  });

  it('maps rows through the chosen plane features', () => {
    const data = prepareData(DEFAULT_DATASET, plane(['x1Squared', 'x1x2', 'sinX2']));
    expect(data.inputWidth).toBe(3);
    const raw = data.raw.train.x;
    for (const i of [0, 17, 159]) {
      const [x1, x2] = [raw[i * 2], raw[i * 2 + 1]];
      expect(data.train.x[i * 3]).toBeCloseTo(x1 * x1, 5);
      expect(data.train.x[i * 3 + 1]).toBeCloseTo(x1 * x2, 5);
      expect(data.train.x[i * 3 + 2]).toBeCloseTo(Math.sin(x2), 5);
    }
  });

  it('standardises with training statistics: train columns get mean 0 and std 1, validation does not', () => {
    const data = prepareData(spec({ kind: 'gaussians', samples: 400, standardize: true }), plane(['x1', 'x2']));
    for (const j of [0, 1]) {
      const train = column(data.train.x, 2, j);
      expect(mean(train)).toBeCloseTo(0, 5);
      expect(std(train)).toBeCloseTo(1, 4);
      const rawTrain = column(data.raw.train.x, 2, j);
      const rawValidation = column(data.raw.validation.x, 2, j);
      const expected = rawValidation.map((v) => (v - mean(rawTrain)) / std(rawTrain));
      column(data.validation.x, 2, j).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 4));
    }
  });

  it('transforms raw points exactly as the training rows were transformed', () => {
    const data = prepareData(spec({ kind: 'circles', standardize: true }), plane(['x1', 'x2Squared', 'sinX1']));
    expect(data.transform(data.raw.validation.x, data.validation.n)).toEqual(data.validation.x);
    const grid = Float32Array.from([0, 0, 1, -1]);
    expect(data.transform(grid, 2).length).toBe(6);
  });

  it('bounds contain every raw point with a margin', () => {
    const data = prepareData(spec({ kind: 'blobs', classes: 3 }), plane(['x1', 'x2']));
    const bounds = data.bounds;
    expect(bounds).not.toBeNull();
    for (const part of [data.raw.train, data.raw.validation]) {
      const x1 = column(part.x, 2, 0);
      const x2 = column(part.x, 2, 1);
      expect(Math.min(...x1)).toBeGreaterThan(bounds!.x1[0]);
      expect(Math.max(...x1)).toBeLessThan(bounds!.x1[1]);
      expect(Math.min(...x2)).toBeGreaterThan(bounds!.x2[0]);
      expect(Math.max(...x2)).toBeLessThan(bounds!.x2[1]);
    }
  });

  it('feeds 1-D sine data to plane features with x2 = 0, and bounds x2 by the target', () => {
    const data = prepareData(spec({ kind: 'sine', noise: 0 }), plane(['x1', 'x2', 'sinX1']));
    expect(data).toMatchObject({ task: 'regression', classes: 1, inputWidth: 3 });
    expect(column(data.train.x, 3, 1).every((v) => v === 0)).toBe(true);
    column(data.train.x, 3, 2).forEach((v, i) => expect(v).toBeCloseTo(data.train.y[i], 5));
    expect(data.bounds!.x2[0]).toBeLessThan(-0.99);
    expect(data.bounds!.x2[1]).toBeGreaterThan(0.99);
    const mapped = data.transform(Float32Array.from([1.5, 123]), 1);
    expect(Array.from(mapped)).toEqual([1.5, 0, Math.fround(Math.sin(1.5))]);
  });

  it("feeds a table's raw columns to a table Input node, with no plane bounds", () => {
    const data = prepareData(csvSpec, table(3));
    expect(data).toMatchObject({
      inputWidth: 3,
      featureNames: ['a', 'b', 'c'],
      classNames: ['even', 'odd'],
      bounds: null,
    });
    expect(data.train.n + data.validation.n).toBe(20);
    expect(() => data.transform(new Float32Array(2), 1)).toThrow(DataError);
  });

  it('refuses plane features for a table with more than 2 columns and says to use a table input', () => {
    expect(() => prepareData(csvSpec, plane(['x1', 'x2']))).toThrow(/has 3 columns .* source to 'table'/);
  });
});
