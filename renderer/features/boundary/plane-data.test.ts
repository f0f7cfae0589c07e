import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, prepareData } from '../../../src/data/index';
import { planeData } from './plane-data';

describe('plane data for the boundary view', () => {
  it('uses the same bounds as the data the network trains on (and its grid)', () => {
    const plane = planeData(DEFAULT_DATASET);
    if ('error' in plane) throw new Error(plane.error);
    const trained = prepareData(DEFAULT_DATASET, { source: 'plane', features: ['x1', 'x2', 'x1Squared'], columns: 2 });
    expect(plane.bounds).toEqual(trained.bounds);
    expect(plane.features).toBe(2);
    expect(plane.task).toBe('binary');
    expect(plane.split.train.n + plane.split.validation.n).toBe(DEFAULT_DATASET.samples);
  });

  it('plots 1-column data against its target, with the targets range for the ramp', () => {
    const plane = planeData({ ...DEFAULT_DATASET, kind: 'sine', samples: 120 });
    if ('error' in plane) throw new Error(plane.error);
    expect(plane.features).toBe(1);
    expect(plane.task).toBe('regression');
    const ys = [...plane.split.train.y, ...plane.split.validation.y];
    expect(plane.targetRange).toEqual([Math.min(...ys), Math.max(...ys)]);
    expect(plane.bounds.x2[0]).toBeLessThan(plane.targetRange[0]);
    expect(plane.bounds.x2[1]).toBeGreaterThan(plane.targetRange[1]);
  });

  it('projects a table of more than 2 columns onto its principal plane, or onto two chosen columns', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i},${i % 7},${(i * 3) % 5},${i % 2}`);
    const text = ['a,b,c,label', ...rows].join('\n');
    const csv = { fileName: 'wide.csv', text, targetColumn: 'label', targetKind: 'class' as const };
    const spec = { ...DEFAULT_DATASET, kind: 'csv' as const, csv };
    const pca = planeData(spec);
    if ('error' in pca) throw new Error(pca.error);
    expect(pca.projection?.axes).toEqual(['PC1', 'PC2']);
    expect(pca.split.train.features).toBe(2);
    expect(pca.split.train.x.length).toBe(pca.raw.train.n * 2);
    expect(pca.raw.train.features).toBe(3);
    const columns = planeData(spec, { kind: 'features', x: 2, y: 0 });
    if ('error' in columns) throw new Error(columns.error);
    expect(columns.projection?.axes).toEqual(['c', 'a']);
    // The points of two chosen columns are those columns' raw values.
    expect(columns.split.train.x[0]).toBe(columns.raw.train.x[2]);
    expect(columns.split.train.x[1]).toBe(columns.raw.train.x[0]);
  });
});
