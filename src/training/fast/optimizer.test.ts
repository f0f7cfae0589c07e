// Nesterov momentum checked against an independent computation: scikit-learn's formulation
// (velocity u ← μ·u − η·g; w ← w + μ·u − η·g) in float64 on the gradient of a fixed quadratic,
// which is the same update as the engine's a ← μ·a + g; w ← w − η·(g + μ·a) with u = −η·a.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIMIZER } from '../config';
import { FastOptimizer } from './optimizer';

/** ∇ of f(w) = ½ Σ cᵢ (wᵢ − tᵢ)², a bowl with a different curvature along every axis. */
const CURVATURE = [0.5, 2, 8, 0.1];
const TARGET = [1, -2, 0.5, 3];
const gradient = (w: ArrayLike<number>) => CURVATURE.map((c, i) => c * (w[i] - TARGET[i]));

/** Twenty steps of scikit-learn's Nesterov update in float64. */
function sklearnNesterov(start: number[], rate: number, momentum: number, steps: number): number[] {
  const w = [...start];
  const u = start.map(() => 0);
  for (let t = 0; t < steps; t++) {
    const g = gradient(w);
    for (let i = 0; i < w.length; i++) {
      u[i] = momentum * u[i] - rate * g[i];
      w[i] += momentum * u[i] - rate * g[i];
    }
  }
  return w;
}

describe('Nesterov momentum on the fast engine', () => {
  it("follows scikit-learn's update step for step (20 steps, float32 against float64)", () => {
    const start = [0, 0, 0, 0];
    const optimizer = new FastOptimizer({ ...DEFAULT_OPTIMIZER, name: 'nesterov', learningRate: 0.1, momentum: 0.9 }, [
      4,
    ]);
    const w = Float32Array.from(start);
    for (let t = 0; t < 20; t++) optimizer.apply([w], [Float32Array.from(gradient(w))]);
    const expected = sklearnNesterov(start, 0.1, 0.9, 20);
    for (let i = 0; i < 4; i++) expect(w[i]).toBeCloseTo(expected[i], 4);
  });

  it('differs from classical momentum after the first step', () => {
    const run = (name: 'momentum' | 'nesterov') => {
      const optimizer = new FastOptimizer({ ...DEFAULT_OPTIMIZER, name, learningRate: 0.1, momentum: 0.9 }, [4]);
      const w = new Float32Array(4);
      for (let t = 0; t < 3; t++) optimizer.apply([w], [Float32Array.from(gradient(w))]);
      return Array.from(w);
    };
    expect(run('nesterov')[0]).not.toBeCloseTo(run('momentum')[0], 3);
  });
});
