import { describe, expect, it } from 'vitest';
import { rowOf, samplePixels, unitWeights, valueRange } from './sample-pixels';

const paper: [number, number, number] = [255, 255, 255];
const ink: [number, number, number] = [0, 0, 0];

describe('samplePixels', () => {
  it('paints the low end as paper and the high end as ink, row by row', () => {
    // A 3 × 2 image: top row 0, 8, 16; bottom row 16, 8, 0.
    const pixels = samplePixels([0, 8, 16, 16, 8, 0], 3, 2, [0, 16], { paper, ink });
    const grey = (i: number) => pixels[i * 4];
    expect([grey(0), grey(1), grey(2), grey(3), grey(4), grey(5)]).toEqual([255, 128, 0, 0, 128, 255]);
    expect(pixels[3]).toBe(255);
  });

  it('clamps values outside the range and refuses a sample of the wrong size', () => {
    const pixels = samplePixels([-5, 40], 2, 1, [0, 16], { paper, ink });
    expect([pixels[0], pixels[4]]).toEqual([255, 0]);
    expect(() => samplePixels([1, 2, 3], 2, 2, [0, 1], { paper, ink })).toThrow(/2 × 2 image needs 4 values.*3/);
  });
});

describe('valueRange', () => {
  it('spans the finite values, and falls back to [0, 1] for a flat sample', () => {
    expect(valueRange([3, -1, NaN, 7])).toEqual([-1, 7]);
    expect(valueRange([2, 2])).toEqual([0, 1]);
  });
});

describe('unitWeights and rowOf', () => {
  it('reads the column of one unit from a kernel stored inputs × units', () => {
    // 3 inputs × 2 units: W[i][u] = 10·i + u.
    const kernel = Float32Array.from([0, 1, 10, 11, 20, 21]);
    expect([...unitWeights(kernel, 3, 2, 1)]).toEqual([1, 11, 21]);
    expect(() => unitWeights(kernel, 4, 2, 0)).toThrow(/4 × 2 kernel needs 8 weights, but has 6/);
  });

  it('reads one sample of a row-major split', () => {
    expect([...rowOf(Float32Array.from([1, 2, 3, 4, 5, 6]), 1, 3)]).toEqual([4, 5, 6]);
  });
});
