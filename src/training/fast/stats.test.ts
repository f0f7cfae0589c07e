import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, HISTOGRAM_LENGTH, histogramTensor } from '../histogram';
import { exactBin, writeHistogram } from './stats';

/** Counts by the exact float32 formula, value by value: the definition the fast path must reproduce. */
function exactCounts(values: Float32Array): { range: number; counts: number[] } {
  let range = 0;
  for (const v of values) range = Math.max(range, Math.abs(v));
  const width = Math.fround(Math.max(range * 2, Math.fround(1e-30)));
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const v of values) {
    const bin = exactBin(v, range, width);
    if (bin === bin) counts[bin]++;
  }
  return { range, counts };
}

function fastCounts(values: Float32Array, range: number): number[] {
  const target = new Float32Array(HISTOGRAM_LENGTH);
  writeHistogram(values, values.length, range, target, 0);
  return Array.from(target.subarray(1));
}

/** Values on and a hair either side of every bin edge of [−r, r], the worst case for a float64 shortcut. */
function edgeValues(r: number): Float32Array {
  const values: number[] = [];
  for (let b = 0; b <= HISTOGRAM_BINS; b++) {
    const edge = Math.fround(-r + (2 * r * b) / HISTOGRAM_BINS);
    values.push(
      edge,
      Math.fround(edge * (1 + 2 ** -23)),
      Math.fround(edge * (1 - 2 ** -23)),
      Math.fround(edge + 2 ** -30),
    );
  }
  return Float32Array.from(values.map((v) => Math.max(-r, Math.min(r, v))));
}

describe('fast engine histograms', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('count every value in the bin the float32 formula gives, edges included (property)', () => {
    const float = fc.float({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.array(float, { minLength: 1, maxLength: 300 }),
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        (raw, r) => {
          const values = Float32Array.from([...raw, ...edgeValues(Math.fround(r))]);
          const { range, counts } = exactCounts(values);
          expect(fastCounts(values, range)).toEqual(counts);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agree with the histogram tfjs computes on the device, bin for bin', () => {
    for (const r of [1, 0.1, 3.7, 1e-4]) {
      const values = Float32Array.from([
        ...edgeValues(r),
        ...Array.from({ length: 500 }, (_, i) => Math.fround(r * Math.sin(i * 1.7))),
      ]);
      const device = tf.tidy(() => histogramTensor(tf.tensor1d(values)).dataSync());
      const target = new Float32Array(HISTOGRAM_LENGTH);
      writeHistogram(values, values.length, device[0], target, 0);
      expect(Array.from(target)).toEqual(Array.from(device));
    }
  });

  it('leave NaN out and put the largest value in the last bin', () => {
    const values = Float32Array.from([NaN, -2, 0, 2, 2]);
    const counts = fastCounts(values, 2);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(counts[0]).toBe(1);
    expect(counts[HISTOGRAM_BINS - 1]).toBe(2);
  });
});
