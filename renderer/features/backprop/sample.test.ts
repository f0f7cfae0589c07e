import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, prepareData } from '../../../src/data/index';
import { pickSample } from './sample';

const moons = prepareData(
  { ...DEFAULT_DATASET, standardize: true },
  { source: 'plane', features: ['x1', 'x2', 'x1x2'], columns: 2 },
);

describe('the traced sample', () => {
  it('takes a training row as the network sees it, with its one-hot target for several outputs', () => {
    const s = pickSample(moons, { kind: 'index', index: 3 }, 2);
    expect(s.raw).toEqual(Array.from(moons.raw.train.x.subarray(6, 8)));
    expect(s.input).toEqual(Array.from(moons.train.x.subarray(9, 12)));
    expect(s.target).toEqual(s.label === 1 ? [0, 1] : [1, 0]);
  });

  it('maps a typed point through standardisation and the plane features as training does', () => {
    const [x1, x2] = [0.5, -0.25];
    const s = pickSample(moons, { kind: 'typed', x: '0.5, -0.25', y: '1' }, 1);
    const { mean, std } = moons.standardization ?? { mean: [0, 0], std: [1, 1] };
    const [u, v] = [(x1 - mean[0]) / std[0], (x2 - mean[1]) / std[1]];
    expect(s.input).toEqual([u, v, u * v].map((e) => expect.closeTo(e, 5)));
    expect(s.target).toEqual([1]);
  });

  it('refuses what it cannot trace, saying what to type', () => {
    expect(() => pickSample(moons, { kind: 'index', index: 500 }, 1)).toThrow(/samples 0 to 159/);
    expect(() => pickSample(moons, { kind: 'typed', x: '1', y: '0' }, 1)).toThrow(
      /Type 2 feature values \(x1, x2\); got 1/,
    );
    expect(() => pickSample(moons, { kind: 'typed', x: '1, 2', y: '3' }, 1)).toThrow(/class from 0 to 1/);
    expect(() => pickSample(moons, { kind: 'typed', x: '1, x', y: '0' }, 1)).toThrow(/'x' is not a number/);
  });
});
