import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, normalizeSeed } from './rng';

const DRAWS = 100_000;

function draws(seed: number, count: number, pick: (rng: ReturnType<typeof createRng>) => number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => pick(rng));
}

function meanAndVariance(values: number[]): { mean: number; variance: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, variance };
}

describe('createRng', () => {
  it('gives the same stream for the same seed', () => {
    expect(draws(7, 1000, (r) => r.next())).toEqual(draws(7, 1000, (r) => r.next()));
    expect(draws(7, 1000, (r) => r.normal())).toEqual(draws(7, 1000, (r) => r.normal()));
  });

  it('gives different streams for neighbouring seeds', () => {
    const a = draws(1, 100, (r) => r.next());
    const b = draws(2, 100, (r) => r.next());
    const equalPositions = a.filter((v, i) => v === b[i]).length;
    expect(equalPositions).toBe(0);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const values = draws(123, DRAWS, (r) => r.next());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const { mean, variance } = meanAndVariance(values);
    // Standard error of the mean is sqrt(1/12 / 1e5) ≈ 0.0009; 5 standard errors of slack.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('fills ten equal bins evenly', () => {
    const counts = new Array(10).fill(0);
    for (const v of draws(5, DRAWS, (r) => r.next())) counts[Math.floor(v * 10)]++;
    for (const c of counts) expect(Math.abs(c - DRAWS / 10)).toBeLessThan(500);
  });

  it('draws normals with mean 0, variance 1 and the Gaussian tail mass', () => {
    const values = draws(99, DRAWS, (r) => r.normal());
    const { mean, variance } = meanAndVariance(values);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    // P(|z| > 1.96) = 0.05 for a standard normal.
    const tail = values.filter((v) => Math.abs(v) > 1.96).length / values.length;
    expect(Math.abs(tail - 0.05)).toBeLessThan(0.004);
  });

  it('draws integers covering 0..n-1 uniformly', () => {
    const counts = new Array(6).fill(0);
    for (const v of draws(11, 60_000, (r) => r.int(6))) counts[v]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('refuses an int range that is not a positive whole number, naming the value', () => {
    const rng = createRng(1);
    expect(() => rng.int(0)).toThrow(/got 0/);
    expect(() => rng.int(2.5)).toThrow(/got 2.5/);
  });

  it('shuffles into a permutation, deterministically, with every position equally likely', () => {
    const shuffled = createRng(3).shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...shuffled].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(createRng(3).shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual(shuffled);
    const rng = createRng(4);
    const firstSlot = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) firstSlot[rng.shuffle([0, 1, 2, 3])[0]]++;
    for (const c of firstSlot) expect(Math.abs(c - 5000)).toBeLessThan(300);
  });

  it('shuffles typed arrays in place', () => {
    const values = Int32Array.from({ length: 50 }, (_, i) => i);
    const result = createRng(8).shuffle(values);
    expect(result).toBe(values);
    expect(Array.from(values).some((v, i) => v !== i)).toBe(true);
  });
});

describe('seeds', () => {
  it('reduces any number to an unsigned 32-bit integer', () => {
    expect(normalizeSeed(-1)).toBe(4294967295);
    expect(normalizeSeed(3.9)).toBe(3);
    expect(normalizeSeed(Number.NaN)).toBe(0);
  });

  it('derives different seeds for different streams of the same seed', () => {
    const derived = new Set([0, 1, 2, 3].map((stream) => deriveSeed(42, stream)));
    expect(derived.size).toBe(4);
    expect(deriveSeed(42, 1)).toBe(deriveSeed(42, 1));
    expect(deriveSeed(42, 1)).not.toBe(deriveSeed(43, 1));
  });
});
