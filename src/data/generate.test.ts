import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { DEFAULT_DATASET, generateDataset } from './generate';
import type { DatasetKind, DatasetSpec } from './types';

const GENERATED_KINDS: DatasetKind[] = [
  'moons',
  'circles',
  'linear',
  'blobs',
  'xor',
  'spiral',
  'gaussians',
  'sine',
  'plane',
];
const spec = (patch: Partial<DatasetSpec>): DatasetSpec => ({ ...DEFAULT_DATASET, ...patch });

describe('DEFAULT_DATASET', () => {
  it("is the workshops' moons with 200 samples and noise 0.1", () => {
    expect(DEFAULT_DATASET).toEqual({
      kind: 'moons',
      samples: 200,
      noise: 0.1,
      classes: 2,
      factor: 0.5,
      spread: 1,
      seed: 1,
      validationSplit: 0.2,
      standardize: false,
    });
    const ds = generateDataset(DEFAULT_DATASET);
    expect(ds).toMatchObject({ n: 200, features: 2, task: 'binary', classes: 2 });
  });
});

describe('generateDataset', () => {
  it.each(GENERATED_KINDS)('%s: the same seed gives identical arrays, another seed different ones', (kind) => {
    const first = generateDataset(spec({ kind, classes: 3, seed: 5 }));
    const again = generateDataset(spec({ kind, classes: 3, seed: 5 }));
    const other = generateDataset(spec({ kind, classes: 3, seed: 6 }));
    expect(again.x).toEqual(first.x);
    expect(again.y).toEqual(first.y);
    expect(other.x).not.toEqual(first.x);
    expect(first.n).toBe(200);
    expect(first.x.length).toBe(first.n * first.features);
    expect(Array.from(first.x).every(Number.isFinite)).toBe(true);
  });

  it('uses the classes setting for blobs and spiral only', () => {
    expect(generateDataset(spec({ kind: 'blobs', classes: 4 })).classes).toBe(4);
    expect(generateDataset(spec({ kind: 'spiral', classes: 5 })).task).toBe('multiclass');
    expect(generateDataset(spec({ kind: 'moons', classes: 4 })).classes).toBe(2);
  });

  it.each([
    [{ samples: 5 }, /Samples .* 10 to 100,000, but is 5/],
    [{ samples: 200.5 }, /whole number .* but is 200.5/],
    [{ samples: 1_000_000 }, /but is 1000000/],
    [{ noise: -0.1 }, /Noise .* but is -0.1/],
    [{ noise: Number.NaN }, /Noise .* but is NaN/],
    [{ kind: 'blobs', classes: 25 }, /Classes .* 2 to 20, but is 25/],
    [{ kind: 'spiral', classes: 10, samples: 15 }, /15 samples are too few for 10 classes.*at least 20/],
    [{ kind: 'circles', factor: 1 }, /Factor .* but is 1\./],
    [{ kind: 'gaussians', spread: -1 }, /Spread .* but is -1/],
    [{ kind: 'csv' }, /no table is attached/],
  ] as Array<[Partial<DatasetSpec>, RegExp]>)('refuses %o with a message naming the value', (patch, message) => {
    expect(() => generateDataset(spec(patch))).toThrow(DataError);
    expect(() => generateDataset(spec(patch))).toThrow(message);
  });

  it('sends csv specs to the CSV parser', () => {
    const text = ['a,b,label', ...Array.from({ length: 12 }, (_, i) => `${i},${i * 2},${i % 2 ? 'yes' : 'no'}`)].join(
      '\n',
    );
    const ds = generateDataset(
      spec({ kind: 'csv', csv: { fileName: 't.csv', text, targetColumn: 'label', targetKind: 'class' } }),
    );
    expect(ds).toMatchObject({ n: 12, features: 2, classes: 2, classNames: ['no', 'yes'] });
  });
});
