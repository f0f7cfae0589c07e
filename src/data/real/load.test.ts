import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, generateDataset } from '../generate';
import { prepareData } from '../prepare';
import type { DatasetSpec } from '../types';
import { decodeRealDataset, type RealDatasetAsset } from './decode';
import { ensureDatasetLoaded, loadedRealDataset, loadRealDataset } from './load';

const wine: DatasetSpec = { ...DEFAULT_DATASET, kind: 'wine', seed: 3, validationSplit: 0.25, standardize: true };
const table = { source: 'table' as const, features: [], columns: 13 };

describe('loading real data sets', () => {
  it('generating a set before it is loaded says to load it first', () => {
    expect(loadedRealDataset('wine')).toBeUndefined();
    expect(() => generateDataset(wine)).toThrow(/Wine cultivars data set is not loaded yet.*ensureDatasetLoaded/);
  });

  it('two loads share one and later generation copies the loaded set', async () => {
    const [a, b] = await Promise.all([loadRealDataset('wine'), loadRealDataset('wine')]);
    expect(a).toBe(b);
    const generated = generateDataset(wine);
    expect(generated.x).toEqual(a.x);
    generated.x[0] = -1;
    expect(a.x[0]).not.toBe(-1);
  });

  it('splits by the seed, stratified, and standardises with training statistics', async () => {
    await ensureDatasetLoaded(wine);
    const prepared = prepareData(wine, table);
    expect(prepared.train.n + prepared.validation.n).toBe(178);
    expect(prepared.validation.n).toBeGreaterThanOrEqual(43);
    expect(prepared.validation.n).toBeLessThanOrEqual(46);
    const again = prepareData(wine, table);
    expect(again.train.y).toEqual(prepared.train.y);
    const other = prepareData({ ...wine, seed: 4 }, table);
    expect(other.train.x).not.toEqual(prepared.train.x);
    let mean = 0;
    for (let i = 0; i < prepared.train.n; i++) mean += prepared.train.x[i * 13 + 12];
    expect(Math.abs(mean / prepared.train.n)).toBeLessThan(1e-5);
    expect(prepared.bounds).toBeNull();
    expect(prepared.classNames).toEqual(['class_0', 'class_1', 'class_2']);
  });

  it('ensureDatasetLoaded is a no-op for generated data', async () => {
    await expect(ensureDatasetLoaded(DEFAULT_DATASET)).resolves.toBeUndefined();
  });

  it('a damaged asset is refused with the data set and the fix named', () => {
    const asset: RealDatasetAsset = {
      id: 'iris',
      samples: 150,
      features: 4,
      featureNames: ['a', 'b', 'c', 'd'],
      classNames: ['x', 'y', 'z'],
      x: new Array<number>(599).fill(1),
      y: new Array<number>(150).fill(0),
    };
    expect(() => decodeRealDataset('iris', asset)).toThrow(
      /'iris' data set is damaged: it holds 599 values.*make-real/,
    );
    expect(() =>
      decodeRealDataset('iris', { ...asset, x: new Array<number>(600).fill(1), y: [...asset.y.slice(1), 3] }),
    ).toThrow(/label is not a class index/);
  });
});
