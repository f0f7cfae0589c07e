/**
 * Eigenvectors of symmetric matrices in float64: cyclic Jacobi rotations for small matrices, and block
 * subspace iteration with a Rayleigh–Ritz step (Jacobi on the block) for the leading few of a larger one.
 */
import { createRng } from './rng';

/** Eigenvalues (largest first) and their unit eigenvectors, vector k at k·size. */
export interface Eigen {
  values: Float64Array;
  vectors: Float64Array;
  size: number;
}

/** Most Jacobi sweeps; a symmetric matrix converges quadratically, in well under this. */
const MAX_SWEEPS = 60;

/**
 * Every eigenpair of the symmetric size × size matrix `a` (row-major; only read) by cyclic Jacobi rotations,
 * sorted by eigenvalue, largest first.
 */
export function symmetricEigen(a: Float64Array, size: number): Eigen {
  if (a.length !== size * size) {
    throw new RangeError(
      `A ${size} × ${size} matrix needs ${size * size} values, but ${a.length} were given. Pass the whole matrix.`,
    );
  }
  const m = Float64Array.from(a);
  // v holds the accumulated rotations: column k is eigenvector k.
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let p = 0; p < size; p++) {
      diagonal += m[p * size + p] ** 2;
      for (let q = p + 1; q < size; q++) off += m[p * size + q] ** 2;
    }
    if (off <= 1e-30 * Math.max(diagonal, 1e-300)) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = m[p * size + q];
        if (apq === 0) continue;
        const theta = (m[q * size + q] - m[p * size + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(m, v, size, p, q, c, s);
      }
    }
  }
  const order = Array.from({ length: size }, (_, k) => k).sort((i, j) => m[j * size + j] - m[i * size + i]);
  const values = new Float64Array(size);
  const vectors = new Float64Array(size * size);
  order.forEach((k, rank) => {
    values[rank] = m[k * size + k];
    for (let i = 0; i < size; i++) vectors[rank * size + i] = v[i * size + k];
  });
  return { values, vectors, size };
}

/** Applies the Jacobi rotation (p, q, c, s) to m (both sides) and accumulates it into v. */
function rotate(m: Float64Array, v: Float64Array, size: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < size; k++) {
    const mkp = m[k * size + p];
    const mkq = m[k * size + q];
    m[k * size + p] = c * mkp - s * mkq;
    m[k * size + q] = s * mkp + c * mkq;
  }
  for (let k = 0; k < size; k++) {
    const mpk = m[p * size + k];
    const mqk = m[q * size + k];
    m[p * size + k] = c * mpk - s * mqk;
    m[q * size + k] = s * mpk + c * mqk;
  }
  for (let k = 0; k < size; k++) {
    const vkp = v[k * size + p];
    const vkq = v[k * size + q];
    v[k * size + p] = c * vkp - s * vkq;
    v[k * size + q] = s * vkp + c * vkq;
  }
}

/** Orthonormalises the `count` vectors of length `size` held one after another in q (modified Gram–Schmidt). */
function orthonormalise(q: Float64Array, size: number, count: number): void {
  for (let k = 0; k < count; k++) {
    const vk = q.subarray(k * size, (k + 1) * size);
    for (let j = 0; j < k; j++) {
      const vj = q.subarray(j * size, (j + 1) * size);
      let dot = 0;
      for (let i = 0; i < size; i++) dot += vj[i] * vk[i];
      for (let i = 0; i < size; i++) vk[i] -= dot * vj[i];
    }
    let norm = 0;
    for (let i = 0; i < size; i++) norm += vk[i] * vk[i];
    norm = Math.sqrt(norm);
    // A vector that vanished (rank-deficient matrix) is replaced by a unit axis, orthogonalised on the next pass.
    if (norm < 1e-12) vk.fill(0).set([1], k % size);
    else for (let i = 0; i < size; i++) vk[i] /= norm;
  }
}

/** Computes y = A·x for the symmetric size × size matrix a. */
function multiply(a: Float64Array, size: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < size; i++) {
    let sum = 0;
    for (let j = 0; j < size; j++) sum += a[i * size + j] * x[j];
    y[i] = sum;
  }
}

/** Most subspace iterations; the block of 8 makes the leading pairs converge in a few dozen on real data. */
const MAX_ITERATIONS = 300;
const BLOCK = 8;

/**
 * The `count` leading eigenpairs of the symmetric matrix `a`: Jacobi on the whole matrix when it is no larger than the
 * block, else block subspace iteration from a seeded start with Rayleigh–Ritz (until the leading values settle).
 */
export function leadingEigen(a: Float64Array, size: number, count: number): Eigen {
  if (size <= BLOCK) {
    const all = symmetricEigen(a, size);
    return { values: all.values.slice(0, count), vectors: all.vectors.slice(0, count * size), size };
  }
  const block = BLOCK;
  const rng = createRng(0x9ca);
  let q = Float64Array.from({ length: block * size }, () => rng.normal());
  orthonormalise(q, size, block);
  const z = new Float64Array(block * size);
  let previous: Float64Array = new Float64Array(count).fill(Infinity);
  let result: Eigen = { values: new Float64Array(count), vectors: new Float64Array(count * size), size };
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    for (let k = 0; k < block; k++) multiply(a, size, q.subarray(k * size, (k + 1) * size), z.subarray(k * size));
    orthonormalise(z, size, block);
    // Rayleigh–Ritz: the block's own matrix H = Zᵀ A Z, whose eigenvectors rotate Z onto the best estimates.
    const az = new Float64Array(block * size);
    for (let k = 0; k < block; k++) multiply(a, size, z.subarray(k * size, (k + 1) * size), az.subarray(k * size));
    const h = new Float64Array(block * block);
    for (let i = 0; i < block; i++)
      for (let j = 0; j < block; j++) {
        let dot = 0;
        for (let t = 0; t < size; t++) dot += z[i * size + t] * az[j * size + t];
        h[i * block + j] = dot;
      }
    const small = symmetricEigen(h, block);
    const rotated = new Float64Array(block * size);
    for (let k = 0; k < block; k++)
      for (let j = 0; j < block; j++) {
        const w = small.vectors[k * block + j];
        for (let t = 0; t < size; t++) rotated[k * size + t] += w * z[j * size + t];
      }
    q = rotated;
    result = { values: small.values.slice(0, count), vectors: q.slice(0, count * size), size };
    const settled = result.values.every((value, k) => Math.abs(value - previous[k]) <= 1e-13 * Math.abs(value));
    if (settled) break;
    previous = result.values;
  }
  return result;
}
