/** Test support only: float32-vs-float64 comparison with a relative tolerance and a small absolute floor. */
import { expect } from 'vitest';

/** Relative tolerance of float32 results against a float64 reference. */
export const RELATIVE_TOLERANCE = 1e-4;

/**
 * Expects |actual − expected| ≤ 1e-4·|expected| + floor for every element, where the floor is
 * 1e-6 plus 1e-5 of the tensor's largest |expected| (float32 rounding of sums of larger terms).
 */
export function expectCloseArrays(actual: ArrayLike<number>, expected: ArrayLike<number>, label: string): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  let largest = 0;
  for (let i = 0; i < expected.length; i++) largest = Math.max(largest, Math.abs(expected[i]));
  const floor = 1e-6 + 1e-5 * largest;
  const bad: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const allowed = RELATIVE_TOLERANCE * Math.abs(expected[i]) + floor;
    if (!(Math.abs(actual[i] - expected[i]) <= allowed)) bad.push(`[${i}] ${actual[i]} vs ${expected[i]}`);
  }
  expect(bad, `${label}: elements outside tolerance`).toEqual([]);
}
