import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_DATASETS, type RealDatasetKind } from './catalog';
import { loadRealDataset } from './load';

/** The assets as scripts/make-real-datasets.py wrote them from scikit-learn 1.9.1; a change must be deliberate. */
const ASSETS = new Map<RealDatasetKind, { file: string; sha256: string; classCounts: number[] }>([
  [
    'iris',
    {
      file: 'iris.json',
      sha256: 'f2216a3040f1ad827f859b8a588f753ab5e211f0e6e698b428ad87e31d5863d8',
      classCounts: [50, 50, 50],
    },
  ],
  [
    'wine',
    {
      file: 'wine.json',
      sha256: 'a8db76bdb0c207ca05875fa70fa836d49be21120ce926952055d05dbdab860d0',
      classCounts: [59, 71, 48],
    },
  ],
  [
    'breastCancer',
    {
      file: 'breast-cancer.json',
      sha256: 'e96e86930493e3ec1fca97dd6e84ec443c7b508737de3ba4c985fa68c6cd9ed0',
      classCounts: [212, 357],
    },
  ],
  [
    'digits',
    {
      file: 'digits.json',
      sha256: 'f6ef9fae0f135bf5f1970e3a9644ca30151c708c8c7ff3ffcf1d4c858b4d7106',
      classCounts: [178, 182, 177, 183, 181, 182, 181, 179, 174, 180],
    },
  ],
]);

const assetDir = join(import.meta.dirname, '..', '..', '..', 'assets', 'datasets');

describe('bundled real data sets', () => {
  for (const [kind, asset] of ASSETS) {
    it(`${kind}: the asset's checksum is the recorded one`, () => {
      const digest = createHash('sha256')
        .update(readFileSync(join(assetDir, asset.file)))
        .digest('hex');
      expect(digest).toBe(asset.sha256);
    });

    it(`${kind}: loads with the catalogue's shape, names and class counts`, async () => {
      const info = REAL_DATASETS.get(kind)!;
      const dataset = await loadRealDataset(kind);
      expect([dataset.n, dataset.features, dataset.classes]).toEqual([info.samples, info.features, info.classes]);
      expect(dataset.x).toHaveLength(info.samples * info.features);
      expect(dataset.featureNames).toHaveLength(info.features);
      expect(dataset.classNames).toHaveLength(info.classes);
      const counts = new Array<number>(info.classes).fill(0);
      for (const c of dataset.y) counts[c]++;
      expect(counts).toEqual(asset.classCounts);
      expect(dataset.task).toBe(info.classes === 2 ? 'binary' : 'multiclass');
      // Names double as CSV headers (exports, tables): unique, and free of commas and quotes.
      expect(new Set(dataset.featureNames).size).toBe(info.features);
      for (const name of [...dataset.featureNames, ...dataset.classNames!]) expect(name).not.toMatch(/[,"]/);
    });
  }

  it('iris: the first row is the first flower of the source (5.1, 3.5, 1.4, 0.2; setosa)', async () => {
    const iris = await loadRealDataset('iris');
    expect(Array.from(iris.x.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2].map(Math.fround));
    expect(iris.classNames![iris.y[0]]).toBe('setosa');
  });

  it('digits: are 8 × 8 images of ink counts 0-16, and the first one is a 0', async () => {
    const digits = await loadRealDataset('digits');
    expect(digits.image).toEqual({ width: 8, height: 8 });
    expect(Math.min(...digits.x)).toBe(0);
    expect(Math.max(...digits.x)).toBe(16);
    expect(digits.y[0]).toBe(0);
    expect(Array.from(digits.x.subarray(0, 8))).toEqual([0, 0, 5, 13, 9, 1, 0, 0]);
  });
});
