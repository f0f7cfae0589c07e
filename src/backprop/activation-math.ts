/**
 * Every activation and its derivative in float64, written out by hand, for the backprop trace and
 * the activation explorer. They follow the engine's definitions: GELU's tanh approximation, ELU
 * with scale α, and at z = 0 the one-sided derivative the engine's autodiff takes (the z ≤ 0 side
 * for ReLU and leaky ReLU).
 */
import type { ActivationName } from '../graph/types';

/** √(2/π) and the cubic coefficient of GELU's tanh approximation. */
const GELU_SLOPE = Math.sqrt(2 / Math.PI);
const GELU_CUBIC = 0.044715;

/** σ(z) = 1 / (1 + e^−z), computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** softplus(z) = ln(1 + e^z) = max(z, 0) + ln(1 + e^−|z|), stable for any z. */
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** f(z) of an element-wise activation; α is leaky ReLU's negative slope and ELU's scale. Softmax is not element-wise: use softmax(). */
export function activate(name: ActivationName, z: number, alpha: number): number {
  switch (name) {
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return z > 0 ? z : 0;
    case 'leakyRelu':
      return z > 0 ? z : alpha * z;
    case 'elu':
      return z > 0 ? z : alpha * Math.expm1(z);
    case 'softplus':
      return softplus(z);
    case 'gelu':
      return 0.5 * z * (1 + Math.tanh(GELU_SLOPE * (z + GELU_CUBIC * z ** 3)));
    case 'linear':
      return z;
    case 'softmax':
      throw new RangeError('Softmax is a function of the whole vector z; call softmax(z) instead of activate().');
  }
}

/** f′(z) of an element-wise activation, derived by hand (see ACTIVATIONS in layers/activation.ts for the formulas shown to users). */
export function derivative(name: ActivationName, z: number, alpha: number): number {
  switch (name) {
    case 'sigmoid': {
      const s = sigmoid(z);
      return s * (1 - s);
    }
    case 'tanh':
      return 1 - Math.tanh(z) ** 2;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'leakyRelu':
      return z > 0 ? 1 : alpha;
    case 'elu':
      return z > 0 ? 1 : alpha * Math.exp(z);
    case 'softplus':
      return sigmoid(z);
    case 'gelu': {
      const u = GELU_SLOPE * (z + GELU_CUBIC * z ** 3);
      const du = GELU_SLOPE * (1 + 3 * GELU_CUBIC * z * z);
      const t = Math.tanh(u);
      return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * du;
    }
    case 'linear':
      return 1;
    case 'softmax':
      throw new RangeError('Softmax has a Jacobian, not a derivative per unit; use softmaxBackward().');
  }
}

/** softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z) (shifting by max z changes nothing but avoids overflow). */
export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The vector–Jacobian product of softmax: ∂L/∂zᵢ = sᵢ(gᵢ − Σⱼ gⱼsⱼ), given s = softmax(z) and g = ∂L/∂s. */
export function softmaxBackward(s: readonly number[], g: readonly number[]): number[] {
  let dot = 0;
  for (let j = 0; j < s.length; j++) dot += g[j] * s[j];
  return s.map((si, i) => si * (g[i] - dot));
}

/**
 * Whether z lies where the activation passes almost no gradient: sigmoid and tanh where the output
 * is within 0.02 of a bound (|z| > ln 49 ≈ 3.89 and |z| > atanh 0.98 ≈ 2.30), ReLU where z ≤ 0.
 * Null for activations without such a region (their derivative never nearly vanishes).
 */
export function saturatedRegion(name: ActivationName): { below: number; above: number; label: string } | null {
  switch (name) {
    case 'sigmoid':
      return { below: -Math.log(49), above: Math.log(49), label: '|z| > 3.89: σ′(z) < 0.02' };
    case 'tanh':
      return { below: -Math.atanh(0.98), above: Math.atanh(0.98), label: '|z| > 2.30: tanh′(z) < 0.04' };
    case 'relu':
      return { below: 0, above: Infinity, label: 'z ≤ 0: relu′(z) = 0, no gradient' };
    default:
      return null;
  }
}
