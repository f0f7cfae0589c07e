/**
 * The loops of the reference MLP, on flat row-major Float32Arrays with explicit row offsets so
 * that no step allocates (not even a subarray view). Every product of the forward and backward
 * pass is written as C = A·Bᵀ, where both A and B are read along contiguous rows; the loops work
 * on 4×2 tiles of C held in eight local accumulators, so each value loaded from memory feeds
 * two or four multiply-adds and nothing is stored inside the innermost loop.
 */

import type { HiddenActivation } from './network';

/**
 * C[i, j] = bias[j] + Σ_k A[aRow + i, k] · B[j, k] for i < m, j < n (bias optional): A is read
 * from row aRow with rows of length depth, B is n × depth, C is m × n.
 */
export function multiplyTransposed(
  a: Float32Array,
  aRow: number,
  m: number,
  b: Float32Array,
  n: number,
  depth: number,
  c: Float32Array,
  bias: Float32Array | null,
): void {
  const aBase = aRow * depth;
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    const a0 = aBase + i * depth,
      a1 = a0 + depth,
      a2 = a1 + depth,
      a3 = a2 + depth;
    const c0 = i * n,
      c1 = c0 + n,
      c2 = c1 + n,
      c3 = c2 + n;
    let j = 0;
    for (; j + 2 <= n; j += 2) {
      const b0 = j * depth,
        b1 = b0 + depth;
      let s00 = 0,
        s01 = 0,
        s10 = 0,
        s11 = 0,
        s20 = 0,
        s21 = 0,
        s30 = 0,
        s31 = 0;
      for (let k = 0; k < depth; k++) {
        const w0 = b[b0 + k],
          w1 = b[b1 + k];
        const x0 = a[a0 + k],
          x1 = a[a1 + k],
          x2 = a[a2 + k],
          x3 = a[a3 + k];
        s00 += x0 * w0;
        s01 += x0 * w1;
        s10 += x1 * w0;
        s11 += x1 * w1;
        s20 += x2 * w0;
        s21 += x2 * w1;
        s30 += x3 * w0;
        s31 += x3 * w1;
      }
      const bj0 = bias === null ? 0 : bias[j],
        bj1 = bias === null ? 0 : bias[j + 1];
      c[c0 + j] = s00 + bj0;
      c[c0 + j + 1] = s01 + bj1;
      c[c1 + j] = s10 + bj0;
      c[c1 + j + 1] = s11 + bj1;
      c[c2 + j] = s20 + bj0;
      c[c2 + j + 1] = s21 + bj1;
      c[c3 + j] = s30 + bj0;
      c[c3 + j + 1] = s31 + bj1;
    }
    if (j < n) {
      const b0 = j * depth;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let k = 0; k < depth; k++) {
        const w = b[b0 + k];
        s0 += a[a0 + k] * w;
        s1 += a[a1 + k] * w;
        s2 += a[a2 + k] * w;
        s3 += a[a3 + k] * w;
      }
      const bj = bias === null ? 0 : bias[j];
      c[c0 + j] = s0 + bj;
      c[c1 + j] = s1 + bj;
      c[c2 + j] = s2 + bj;
      c[c3 + j] = s3 + bj;
    }
  }
  for (; i < m; i++) {
    const ai = aBase + i * depth;
    for (let j = 0; j < n; j++) {
      const bj = j * depth;
      let s = 0;
      for (let k = 0; k < depth; k++) s += a[ai + k] * b[bj + k];
      c[i * n + j] = s + (bias === null ? 0 : bias[j]);
    }
  }
}

/** Writes the transpose of the rows × cols block of `source` starting at row `row` into target (cols × rows). */
export function transposeInto(
  source: Float32Array,
  row: number,
  rows: number,
  cols: number,
  target: Float32Array,
): void {
  const base = row * cols;
  for (let r = 0; r < rows; r++) {
    const s = base + r * cols;
    for (let c = 0; c < cols; c++) target[c * rows + r] = source[s + c];
  }
}

/** Applies an activation in place to the first `count` values. */
export function activate(values: Float32Array, count: number, activation: HiddenActivation): void {
  switch (activation) {
    case 'tanh':
      for (let i = 0; i < count; i++) values[i] = Math.tanh(values[i]);
      return;
    case 'relu':
      for (let i = 0; i < count; i++) if (values[i] < 0) values[i] = 0;
      return;
    case 'sigmoid':
      for (let i = 0; i < count; i++) values[i] = 1 / (1 + Math.exp(-values[i]));
      return;
  }
}

/** Multiplies delta in place by f'(z), written through the activation's output a = f(z): 1 − a², [a > 0] or a(1 − a). */
export function multiplyByDerivative(
  delta: Float32Array,
  activations: Float32Array,
  count: number,
  activation: HiddenActivation,
): void {
  switch (activation) {
    case 'tanh':
      for (let i = 0; i < count; i++) {
        const a = activations[i];
        delta[i] *= 1 - a * a;
      }
      return;
    case 'relu':
      for (let i = 0; i < count; i++) if (activations[i] <= 0) delta[i] = 0;
      return;
    case 'sigmoid':
      for (let i = 0; i < count; i++) {
        const a = activations[i];
        delta[i] *= a * (1 - a);
      }
      return;
  }
}

/** Replaces each of `rows` rows of width `width` by its softmax, exp(z − max) / Σ exp(z − max). */
export function softmaxRows(values: Float32Array, rows: number, width: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    let max = -Infinity;
    for (let j = 0; j < width; j++) if (values[o + j] > max) max = values[o + j];
    let sum = 0;
    for (let j = 0; j < width; j++) {
      const e = Math.exp(values[o + j] - max);
      values[o + j] = e;
      sum += e;
    }
    for (let j = 0; j < width; j++) values[o + j] /= sum;
  }
}
