// The flag-free BatchMatMul on the wasm backend: the same products as tfjs-wasm's own kernel for
// every combination of transpose flags, batched or not, checked against sums written out here; no
// storage left behind; and the original kernel back after restore.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeWasmPaths } from './wasm-paths-node';
import { restoreWasmMatMul, useFlagFreeMatMulOnWasm } from './wasm-matmul';

beforeAll(async () => {
  setWasmPaths(nodeWasmPaths());
  expect(await tf.setBackend('wasm')).toBe(true);
});

afterAll(() => restoreWasmMatMul());

/** C = op(A)·op(B) for one batch, by the definition. */
function product(
  a: Float32Array,
  b: Float32Array,
  [m, k, n]: number[],
  transposeA: boolean,
  transposeB: boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[transposeA ? p * m + i : i * k + p] * b[transposeB ? j * k + p : p * n + j];
      out.push(sum);
    }
  }
  return out;
}

const stored = () => (tf.backend() as unknown as { numDataIds(): number }).numDataIds();

describe('flag-free BatchMatMul on wasm', () => {
  it('computes op(A)·op(B) for every transpose flag and batch, as the definition and tfjs-wasm own kernel do (property)', () => {
    const dims = fc.tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 9 }),
      fc.boolean(),
      fc.boolean(),
      fc.integer({ min: 1, max: 1000 }),
    );
    fc.assert(
      fc.property(dims, ([batch, m, k, n, transposeA, transposeB, seed]) => {
        const a = Float32Array.from({ length: batch * m * k }, (_, i) => Math.fround(Math.sin(seed + i * 1.3)));
        const b = Float32Array.from({ length: batch * k * n }, (_, i) => Math.fround(Math.cos(seed * 0.7 + i * 0.9)));
        const aShape = batch === 1 ? (transposeA ? [k, m] : [m, k]) : transposeA ? [batch, k, m] : [batch, m, k];
        const bShape = batch === 1 ? (transposeB ? [n, k] : [k, n]) : transposeB ? [batch, n, k] : [batch, k, n];
        const run = () =>
          tf.tidy(() =>
            Array.from(tf.matMul(tf.tensor(a, aShape), tf.tensor(b, bShape), transposeA, transposeB).dataSync()),
          );
        restoreWasmMatMul();
        const before = run();
        expect(useFlagFreeMatMulOnWasm()).toBe(true);
        const data = stored();
        const after = run();
        expect(stored()).toBe(data);
        const expected: number[] = [];
        for (let s = 0; s < batch; s++)
          expected.push(
            ...product(
              a.subarray(s * m * k, (s + 1) * m * k),
              b.subarray(s * k * n, (s + 1) * k * n),
              [m, k, n],
              transposeA,
              transposeB,
            ),
          );
        after.forEach((v, i) => {
          expect(v).toBeCloseTo(expected[i], 4);
          expect(v).toBeCloseTo(before[i], 4);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('gives the gradients of a Dense layer through tf.grads as the original kernel does', () => {
    const x = tf.tensor2d(
      Array.from({ length: 6 * 5 }, (_, i) => Math.sin(i)),
      [6, 5],
    );
    const w = tf.tensor2d(
      Array.from({ length: 5 * 3 }, (_, i) => Math.cos(i)),
      [5, 3],
    );
    const bias = tf.tensor1d([0.1, -0.2, 0.3]);
    const f = (xs: tf.Tensor, ws: tf.Tensor) =>
      tf.sum(tf.square(tf.fused.matMul({ a: xs as tf.Tensor2D, b: ws as tf.Tensor2D, bias, activation: 'relu' })));
    const grads = () =>
      tf
        .grads(f)([x, w])
        .map((g) => Array.from(g.dataSync()));
    restoreWasmMatMul();
    const plain = grads();
    useFlagFreeMatMulOnWasm();
    const flagFree = grads();
    flagFree.forEach((g, i) => g.forEach((v, j) => expect(v).toBeCloseTo(plain[i][j], 4)));
    tf.dispose([x, w, bias]);
  });

  it('installs once and restores the original kernel', () => {
    const original = (() => {
      restoreWasmMatMul();
      return tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
    })();
    expect(useFlagFreeMatMulOnWasm()).toBe(true);
    const installed = tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
    expect(installed).not.toBe(original);
    expect(useFlagFreeMatMulOnWasm()).toBe(true);
    expect(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc).toBe(installed);
    restoreWasmMatMul();
    expect(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc).toBe(original);
  });
});
