import { describe, expect, it } from 'vitest';
import { leadingEigen, symmetricEigen } from './eigen';

describe('symmetricEigen', () => {
  it('diagonalises [[2, 1], [1, 2]]: values 3 and 1 along (1, 1) and (1, −1)', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0] * vectors[1]).toBeCloseTo(0.5, 12);
    expect(vectors[2] * vectors[3]).toBeCloseTo(-0.5, 12);
  });

  it('refuses a matrix of the wrong size', () => {
    expect(() => symmetricEigen(new Float64Array(5), 2)).toThrow(/2 × 2 matrix needs 4 values, but 5/);
  });
});

describe('leadingEigen', () => {
  it('finds the two largest of a 20 × 20 diagonal-plus-rank-one matrix by subspace iteration', () => {
    const size = 20;
    const a = new Float64Array(size * size);
    for (let i = 0; i < size; i++) a[i * size + i] = 1 + i / size;
    // Adds 5·e·eᵀ with e = (1, …, 1)/√20: the top eigenvalue rises above 6.
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) a[i * size + j] += 5 / size;
    const top = leadingEigen(a, size, 2);
    const all = symmetricEigen(a, size);
    expect(top.values[0]).toBeCloseTo(all.values[0], 9);
    expect(top.values[1]).toBeCloseTo(all.values[1], 9);
    const dot = top.vectors.slice(0, size).reduce((s, v, i) => s + v * all.vectors[i], 0);
    expect(Math.abs(dot)).toBeCloseTo(1, 6);
  });
});
