import { describe, expect, it } from 'vitest';
import { generateDataset } from '../data/index';
import { prepareClassicData, toDatasetSpec } from './data';
import { DEFAULT_CLASSIC_SETTINGS, plannedRuns } from './settings';
import type { ClassicDataSpec } from './types';

const SPEC: ClassicDataSpec = {
  kind: 'blobs',
  samples: 80,
  noise: 0,
  spread: 1,
  factor: 0.5,
  seed: 4,
  standardize: false,
};

describe('prepareClassicData', () => {
  it('keeps every generated sample, two classes labelled 0 and 1', () => {
    const raw = generateDataset(toDatasetSpec(SPEC));
    const data = prepareClassicData(SPEC);
    expect(data.n).toBe(80);
    expect(Array.from(data.x)).toEqual(Array.from(raw.x));
    expect(new Set(data.y)).toEqual(new Set([0, 1]));
    expect(data.standardization).toBeNull();
  });

  it('standardises each feature to mean 0 and standard deviation 1 when asked', () => {
    const data = prepareClassicData({ ...SPEC, standardize: true });
    for (const j of [0, 1]) {
      const column = Array.from({ length: data.n }, (_, i) => data.x[2 * i + j]);
      const mean = column.reduce((a, b) => a + b, 0) / data.n;
      const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / data.n;
      expect(mean).toBeCloseTo(0, 5);
      expect(variance).toBeCloseTo(1, 5);
    }
    expect(data.standardization?.std[0]).toBeGreaterThan(0);
  });

  it('refuses settings out of range with the generator’s message', () => {
    expect(() => prepareClassicData({ ...SPEC, samples: 3 })).toThrow(
      /Samples must be a whole number from 10 to 100,000, but is 3/,
    );
  });
});

describe('plannedRuns', () => {
  it('plans one run, both rules on the same η, or one rule at two rates', () => {
    expect(plannedRuns(DEFAULT_CLASSIC_SETTINGS).map((r) => r.title)).toEqual(['Perceptron, η = 0.1']);
    expect(
      plannedRuns({ ...DEFAULT_CLASSIC_SETTINGS, compare: 'rules', learningRate: 0.01 }).map((r) => r.config.rule),
    ).toEqual(['perceptron', 'adaline']);
    const rates = plannedRuns({
      ...DEFAULT_CLASSIC_SETTINGS,
      rule: 'adaline',
      compare: 'rates',
      learningRate: 0.01,
      secondLearningRate: 0.0001,
    });
    expect(rates.map((r) => r.title)).toEqual(['Adaline, η = 0.01', 'Adaline, η = 0.0001']);
  });
});
