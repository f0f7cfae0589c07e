/**
 * The dense loops of the fast engine, on flat row-major Float32Arrays that are allocated once.
 * Every product is written as C = A·Bᵀ so that both operands are walked along contiguous rows; the
 * main loop computes a 4 × 2 block of C in eight locals, so each value loaded feeds two or four
 * multiply-adds and nothing is written to memory inside the innermost loop.
 */

/**
 * C[i, j] = bias[j] + Σₖ A[i, k]·B[j, k] for i < m, j < n, with A m × depth, B n × depth and C m × n
 * (bias optional). With `accumulate` the sum is added to what C holds instead of replacing it.
 */
export function multiplyByTransposed(
  a: Float32Array,
  m: number,
  b: Float32Array,
  n: number,
  depth: number,
  c: Float32Array,
  bias: Float32Array | null,
  accumulate: boolean,
): void {
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    const r0 = i * depth,
      r1 = r0 + depth,
      r2 = r1 + depth,
      r3 = r2 + depth;
    const o0 = i * n,
      o1 = o0 + n,
      o2 = o1 + n,
      o3 = o2 + n;
    let j = 0;
    for (; j + 2 <= n; j += 2) {
      const q0 = j * depth,
        q1 = q0 + depth;
      let c00 = 0,
        c01 = 0,
        c10 = 0,
        c11 = 0,
        c20 = 0,
        c21 = 0,
        c30 = 0,
        c31 = 0;
      for (let k = 0; k < depth; k++) {
        const b0 = b[q0 + k],
          b1 = b[q1 + k];
        const a0 = a[r0 + k],
          a1 = a[r1 + k],
          a2 = a[r2 + k],
          a3 = a[r3 + k];
        c00 += a0 * b0;
        c01 += a0 * b1;
        c10 += a1 * b0;
        c11 += a1 * b1;
        c20 += a2 * b0;
        c21 += a2 * b1;
        c30 += a3 * b0;
        c31 += a3 * b1;
      }
      if (bias !== null) {
        const p = bias[j],
          q = bias[j + 1];
        c00 += p;
        c10 += p;
        c20 += p;
        c30 += p;
        c01 += q;
        c11 += q;
        c21 += q;
        c31 += q;
      }
      if (accumulate) {
        c[o0 + j] += c00;
        c[o0 + j + 1] += c01;
        c[o1 + j] += c10;
        c[o1 + j + 1] += c11;
        c[o2 + j] += c20;
        c[o2 + j + 1] += c21;
        c[o3 + j] += c30;
        c[o3 + j + 1] += c31;
      } else {
        c[o0 + j] = c00;
        c[o0 + j + 1] = c01;
        c[o1 + j] = c10;
        c[o1 + j + 1] = c11;
        c[o2 + j] = c20;
        c[o2 + j + 1] = c21;
        c[o3 + j] = c30;
        c[o3 + j + 1] = c31;
      }
    }
    for (; j < n; j++) {
      const q = j * depth;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let k = 0; k < depth; k++) {
        const w = b[q + k];
        s0 += a[r0 + k] * w;
        s1 += a[r1 + k] * w;
        s2 += a[r2 + k] * w;
        s3 += a[r3 + k] * w;
      }
      const p = bias === null ? 0 : bias[j];
      if (accumulate) {
        c[o0 + j] += s0 + p;
        c[o1 + j] += s1 + p;
        c[o2 + j] += s2 + p;
        c[o3 + j] += s3 + p;
      } else {
        c[o0 + j] = s0 + p;
        c[o1 + j] = s1 + p;
        c[o2 + j] = s2 + p;
        c[o3 + j] = s3 + p;
      }
    }
  }
  for (; i < m; i++) {
    const r = i * depth;
    const o = i * n;
    for (let j = 0; j < n; j++) {
      const q = j * depth;
      let s = bias === null ? 0 : bias[j];
      for (let k = 0; k < depth; k++) s += a[r + k] * b[q + k];
      c[o + j] = accumulate ? c[o + j] + s : s;
    }
  }
}

/**
 * Writes the transpose of the rows × cols matrix `source` into `target` (cols × rows). Eight (then
 * four) source rows at a time, so each target row receives adjacent values per visit: four rows
 * took half the time of one row at a time on MNIST-sized matrices, where every write otherwise
 * lands on a different cache line, and eight take about a quarter less than four.
 */
export function transpose(source: Float32Array, rows: number, cols: number, target: Float32Array): void {
  let r = 0;
  // Eight rows at a time: each column of the block becomes 32 contiguous bytes of the target.
  for (; r + 8 <= rows; r += 8) {
    const s0 = r * cols;
    for (let c = 0; c < cols; c++) {
      const t = c * rows + r;
      const s = s0 + c;
      target[t] = source[s];
      target[t + 1] = source[s + cols];
      target[t + 2] = source[s + 2 * cols];
      target[t + 3] = source[s + 3 * cols];
      target[t + 4] = source[s + 4 * cols];
      target[t + 5] = source[s + 5 * cols];
      target[t + 6] = source[s + 6 * cols];
      target[t + 7] = source[s + 7 * cols];
    }
  }
  for (; r + 4 <= rows; r += 4) {
    const s0 = r * cols,
      s1 = s0 + cols,
      s2 = s1 + cols,
      s3 = s2 + cols;
    for (let c = 0; c < cols; c++) {
      const t = c * rows + r;
      target[t] = source[s0 + c];
      target[t + 1] = source[s1 + c];
      target[t + 2] = source[s2 + c];
      target[t + 3] = source[s3 + c];
    }
  }
  for (; r < rows; r++) {
    const s = r * cols;
    for (let c = 0; c < cols; c++) target[c * rows + r] = source[s + c];
  }
}

/**
 * sums[j] = Σ over the `rows` values of column j of the rows × cols matrix `source` (a bias gradient
 * from dz), summed row by row in float64. Four columns are summed at once, each in its own register,
 * so one walk down the rows reads 16 contiguous bytes per row instead of 4; each column still adds
 * its values in row order, so the totals are those of a column-by-column sum.
 */
export function columnSums(source: Float32Array, rows: number, cols: number, sums: Float32Array): void {
  let c = 0;
  for (; c + 4 <= cols; c += 4) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    for (let r = 0; r < rows; r++) {
      const o = r * cols + c;
      s0 += source[o];
      s1 += source[o + 1];
      s2 += source[o + 2];
      s3 += source[o + 3];
    }
    sums[c] = s0;
    sums[c + 1] = s1;
    sums[c + 2] = s2;
    sums[c + 3] = s3;
  }
  for (; c < cols; c++) {
    let total = 0;
    for (let r = 0; r < rows; r++) total += source[r * cols + c];
    sums[c] = total;
  }
}

/** target[0..count) = source[0..count), or += with `accumulate`. */
export function copyInto(source: Float32Array, target: Float32Array, count: number, accumulate: boolean): void {
  if (accumulate) {
    for (let i = 0; i < count; i++) target[i] += source[i];
  } else {
    for (let i = 0; i < count; i++) target[i] = source[i];
  }
}
