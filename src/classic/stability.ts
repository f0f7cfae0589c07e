/**
 * How large a learning rate Adaline's full-batch gradient descent tolerates. The MSE is quadratic
 * with Hessian H = (2/n) Σ x̃ x̃ᵀ (x̃ = (x1, x2, 1)); each step multiplies the error along an
 * eigenvector of H by (1 − η λ), so the run converges exactly when η < 2 / λmax(H).
 */
import type { ClassicData } from './neuron';

/** The largest eigenvalue of the symmetric 3×3 matrix [[a, d, e], [d, b, f], [e, f, c]] (trigonometric closed form). */
export function largestEigenvalue3(a: number, b: number, c: number, d: number, e: number, f: number): number {
  const offDiagonal = d * d + e * e + f * f;
  if (offDiagonal === 0) return Math.max(a, b, c);
  const q = (a + b + c) / 3;
  const p = Math.sqrt(((a - q) ** 2 + (b - q) ** 2 + (c - q) ** 2 + 2 * offDiagonal) / 6);
  // B = (A − qI) / p; its determinant / 2 is cos(3φ) of the eigenvalue angle.
  const [ba, bb, bc, bd, be, bf] = [(a - q) / p, (b - q) / p, (c - q) / p, d / p, e / p, f / p];
  const determinant = ba * (bb * bc - bf * bf) - bd * (bd * bc - bf * be) + be * (bd * bf - bb * be);
  const r = Math.min(1, Math.max(-1, determinant / 2));
  return q + 2 * p * Math.cos(Math.acos(r) / 3);
}

/** 2 / λmax of the MSE's Hessian on `data`: full-batch Adaline converges for every η below it and diverges above it. */
export function criticalLearningRate(data: ClassicData): number {
  let s11 = 0;
  let s22 = 0;
  let s12 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < data.n; i++) {
    const x1 = data.x[2 * i];
    const x2 = data.x[2 * i + 1];
    s11 += x1 * x1;
    s22 += x2 * x2;
    s12 += x1 * x2;
    s1 += x1;
    s2 += x2;
  }
  const lambda = (2 / data.n) * largestEigenvalue3(s11, s22, data.n, s12, s1, s2);
  return 2 / lambda;
}
