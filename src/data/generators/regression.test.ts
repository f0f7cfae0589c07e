import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { generatePlane, generateSine } from './regression';
import { meanStd } from './test-helpers';

/** Solves the 3×3 least-squares fit y ≈ a·x1 + b·x2 + c by the normal equations (Cramer's rule) and returns the residuals. */
function planeResiduals(x: Float32Array, y: Float32Array, n: number): number[] {
  const rows = Array.from({ length: n }, (_, i) => [x[i * 2], x[i * 2 + 1], 1]);
  const m = [0, 1, 2].map((r) => [0, 1, 2].map((c) => rows.reduce((s, row) => s + row[r] * row[c], 0)));
  const v = [0, 1, 2].map((r) => rows.reduce((s, row, i) => s + row[r] * y[i], 0));
  const det = (a: number[][]) =>
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) -
    a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) +
    a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
  const d = det(m);
  const coef = [0, 1, 2].map((k) => det(m.map((row, r) => row.map((value, c) => (c === k ? v[r] : value)))) / d);
  return rows.map((row, i) => y[i] - (coef[0] * row[0] + coef[1] * row[1] + coef[2]));
}

describe('sine', () => {
  it('is a 1-column regression set named x1, with x in [-π, π]', () => {
    const ds = generateSine({ samples: 500, noise: 0.1 }, createRng(1));
    expect(ds).toMatchObject({ n: 500, features: 1, task: 'regression', classes: 1, featureNames: ['x1'] });
    expect(ds.x.length).toBe(500);
    expect(Array.from(ds.x).every((v) => v >= -Math.PI && v <= Math.PI)).toBe(true);
    expect(Math.min(...ds.x)).toBeLessThan(-3);
    expect(Math.max(...ds.x)).toBeGreaterThan(3);
  });

  it('follows sin(x) exactly without noise and with residual stddev ≈ noise otherwise', () => {
    const residual = (noise: number) => {
      const ds = generateSine({ samples: 5000, noise }, createRng(2));
      return Array.from(ds.y, (y, i) => y - Math.sin(ds.x[i]));
    };
    expect(Math.max(...residual(0).map(Math.abs))).toBeLessThan(1e-6);
    const { mean, std } = meanStd(residual(0.3));
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(std).toBeGreaterThan(0.285);
    expect(std).toBeLessThan(0.315);
  });
});

describe('plane', () => {
  it('is an exact plane over [-1, 1]² without noise', () => {
    const ds = generatePlane({ samples: 400, noise: 0 }, createRng(3));
    expect(ds).toMatchObject({ features: 2, task: 'regression', classes: 1, featureNames: ['x1', 'x2'] });
    expect(Array.from(ds.x).every((v) => v >= -1 && v <= 1)).toBe(true);
    expect(Math.max(...planeResiduals(ds.x, ds.y, ds.n).map(Math.abs))).toBeLessThan(1e-5);
    expect(meanStd(Array.from(ds.y)).std).toBeGreaterThan(0);
  });

  it('adds noise whose stddev the plane fit recovers', () => {
    const ds = generatePlane({ samples: 5000, noise: 0.3 }, createRng(3));
    const { std } = meanStd(planeResiduals(ds.x, ds.y, ds.n));
    expect(std).toBeGreaterThan(0.285);
    expect(std).toBeLessThan(0.315);
  });

  it('draws different coefficients for different seeds', () => {
    const a = generatePlane({ samples: 50, noise: 0 }, createRng(1));
    const b = generatePlane({ samples: 50, noise: 0 }, createRng(2));
    expect(Array.from(a.y)).not.toEqual(Array.from(b.y));
  });
});
