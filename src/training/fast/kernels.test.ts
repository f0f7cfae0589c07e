// The blocked product against a plain triple loop, over shapes that hit every remainder path of
// the 4 × 2 blocks, with and without bias, overwriting and accumulating.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnSums, multiplyByTransposed, transpose } from './kernels';

function naive(
  a: Float32Array,
  m: number,
  b: Float32Array,
  n: number,
  depth: number,
  bias: Float32Array | null,
): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = bias ? bias[j] : 0;
      for (let k = 0; k < depth; k++) s += a[i * depth + k] * b[j * depth + k];
      c[i * n + j] = s;
    }
  }
  return c;
}

const values = (length: number) =>
  fc
    .array(fc.float({ min: -4, max: 4, noNaN: true }), { minLength: length, maxLength: length })
    .map((v) => Float32Array.from(v));

describe('multiplyByTransposed', () => {
  it('equals A·Bᵀ + bias for every shape up to 9 × 7 × 6, and adds into C when accumulating', () => {
    const shape = fc.record({
      m: fc.integer({ min: 1, max: 9 }),
      n: fc.integer({ min: 1, max: 7 }),
      depth: fc.integer({ min: 1, max: 6 }),
      withBias: fc.boolean(),
    });
    const input = shape.chain(({ m, n, depth, withBias }) =>
      fc.record({
        m: fc.constant(m),
        n: fc.constant(n),
        depth: fc.constant(depth),
        a: values(m * depth),
        b: values(n * depth),
        bias: withBias ? values(n) : fc.constant(null),
        start: values(m * n),
      }),
    );
    fc.assert(
      fc.property(input, ({ m, n, depth, a, b, bias, start }) => {
        const expected = naive(a, m, b, n, depth, bias);
        const c = new Float32Array(m * n);
        multiplyByTransposed(a, m, b, n, depth, c, bias, false);
        c.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(expected[i]))));
        const accumulated = Float32Array.from(start);
        multiplyByTransposed(a, m, b, n, depth, accumulated, bias, true);
        accumulated.forEach((v, i) =>
          expect(Math.abs(v - (start[i] + expected[i]))).toBeLessThanOrEqual(
            1e-5 * (1 + Math.abs(start[i]) + Math.abs(expected[i])),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('leaves everything past the m × n result untouched', () => {
    const c = new Float32Array(3 * 2 + 4).fill(7);
    multiplyByTransposed(new Float32Array([1, 2, 3, 4, 5, 6]), 3, new Float32Array([1, 1, 2, 0]), 2, 2, c, null, false);
    expect(Array.from(c)).toEqual([3, 2, 7, 6, 11, 10, 7, 7, 7, 7]);
  });
});

describe('transpose and columnSums', () => {
  it('transpose swaps rows and columns; columnSums adds down each column', () => {
    const t = new Float32Array(6);
    transpose(new Float32Array([1, 2, 3, 4, 5, 6]), 2, 3, t);
    expect(Array.from(t)).toEqual([1, 4, 2, 5, 3, 6]);
    const sums = new Float32Array(2);
    columnSums(t, 3, 2, sums);
    expect(Array.from(sums)).toEqual([6, 15]);
  });

  it('transpose puts every element of any shape (blocks of four rows and the rest) at [c, r]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 9 }), (rows, cols) => {
        const source = Float32Array.from({ length: rows * cols }, (_, i) => i + 1);
        const target = new Float32Array(rows * cols + 3).fill(-1);
        transpose(source, rows, cols, target);
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) expect(target[c * rows + r]).toBe(source[r * cols + c]);
        expect(Array.from(target.subarray(rows * cols))).toEqual([-1, -1, -1]);
      }),
      { numRuns: 100 },
    );
  });

  it('columnSums equals a column-by-column float64 sum in row order, bit for bit, on any shape (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 1000 }),
        (rows, cols, seed) => {
          const source = Float32Array.from({ length: rows * cols }, (_, i) =>
            Math.fround(Math.sin(seed * 7.1 + i * 1.3) * 10 ** ((i % 7) - 3)),
          );
          const sums = new Float32Array(cols + 2).fill(-1);
          columnSums(source, rows, cols, sums);
          for (let c = 0; c < cols; c++) {
            let total = 0;
            for (let r = 0; r < rows; r++) total += source[r * cols + c];
            expect(sums[c]).toBe(Math.fround(total));
          }
          expect(Array.from(sums.subarray(cols))).toEqual([-1, -1]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
