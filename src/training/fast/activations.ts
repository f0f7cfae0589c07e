/**
 * Activations and their derivatives on flat Float32Arrays, each written as tfjs computes it (the
 * tfjs path is the reference the fast engine must agree with): the same softplus thresholds, the
 * same GELU tanh approximation as custom-layers.ts, ELU as relu(z) + α·expm1(min(z, 0)), and at
 * z = 0 the one-sided derivatives tfjs's gradients take (ReLU and leaky ReLU use the z ≤ 0 side).
 */
import type { ActivationName } from '../../graph/types';

/** √(2/π) and the cubic coefficient of GELU's tanh approximation (as in custom-layers.ts). */
const GELU_SLOPE = Math.sqrt(2 / Math.PI);
const GELU_CUBIC = 0.044715;
/** tfjs's softplus switches to z or eᶻ where log(1 + eᶻ) equals them within float32's epsilon. */
const SOFTPLUS_THRESHOLD = Math.log(1.1920928955078125e-7) + 2;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function softplus(z: number): number {
  if (z < SOFTPLUS_THRESHOLD) return Math.exp(z);
  if (z > -SOFTPLUS_THRESHOLD) return z;
  return Math.log(1 + Math.exp(z));
}

function softmaxRows(z: Float32Array, y: Float32Array, rows: number, width: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    let max = -Infinity;
    for (let j = 0; j < width; j++) if (z[o + j] > max) max = z[o + j];
    let sum = 0;
    for (let j = 0; j < width; j++) {
      const e = Math.exp(z[o + j] - max);
      y[o + j] = e;
      sum += e;
    }
    for (let j = 0; j < width; j++) y[o + j] /= sum;
  }
}

/** y = f(z) for `rows` rows of `width` values (softmax across each row, the others element-wise); α is leaky ReLU's slope and ELU's scale. */
export function activate(name: ActivationName, alpha: number, z: Float32Array, y: Float32Array, rows: number, width: number): void {
  const count = rows * width;
  switch (name) {
    case 'sigmoid':
      for (let i = 0; i < count; i++) y[i] = sigmoid(z[i]);
      return;
    case 'tanh':
      for (let i = 0; i < count; i++) y[i] = Math.tanh(z[i]);
      return;
    case 'relu':
      for (let i = 0; i < count; i++) y[i] = z[i] > 0 ? z[i] : 0;
      return;
    case 'leakyRelu':
      for (let i = 0; i < count; i++) y[i] = z[i] > 0 ? z[i] : alpha * z[i];
      return;
    case 'elu':
      for (let i = 0; i < count; i++) y[i] = z[i] > 0 ? z[i] : alpha * Math.expm1(z[i]);
      return;
    case 'softplus':
      for (let i = 0; i < count; i++) y[i] = softplus(z[i]);
      return;
    case 'gelu':
      for (let i = 0; i < count; i++) {
        const x = z[i];
        y[i] = 0.5 * x * (1 + Math.tanh(GELU_SLOPE * (x + GELU_CUBIC * x * x * x)));
      }
      return;
    case 'linear':
      for (let i = 0; i < count; i++) y[i] = z[i];
      return;
    case 'softmax':
      softmaxRows(z, y, rows, width);
      return;
    default: {
      const unknown: never = name;
      throw new Error(`The fast engine has no activation '${String(unknown)}'.`);
    }
  }
}

/**
 * dz = dy ⊙ f'(z) (softmax: dz = y ⊙ (dy − Σ dy·y) per row), from the input z and output y of the
 * forward pass; overwrites dz.
 */
export function activationGradient(
  name: ActivationName, alpha: number, z: Float32Array, y: Float32Array, dy: Float32Array, dz: Float32Array, rows: number, width: number,
): void {
  const count = rows * width;
  switch (name) {
    case 'sigmoid':
      for (let i = 0; i < count; i++) dz[i] = dy[i] * (y[i] * (1 - y[i]));
      return;
    case 'tanh':
      for (let i = 0; i < count; i++) dz[i] = (1 - y[i] * y[i]) * dy[i];
      return;
    case 'relu':
      for (let i = 0; i < count; i++) dz[i] = z[i] > 0 ? dy[i] : 0;
      return;
    case 'leakyRelu':
      for (let i = 0; i < count; i++) dz[i] = z[i] > 0 ? dy[i] : dy[i] * alpha;
      return;
    case 'elu':
      for (let i = 0; i < count; i++) dz[i] = z[i] > 0 ? dy[i] : dy[i] * alpha * Math.exp(z[i]);
      return;
    case 'softplus':
      for (let i = 0; i < count; i++) dz[i] = dy[i] * sigmoid(z[i]);
      return;
    case 'gelu':
      for (let i = 0; i < count; i++) {
        const x = z[i];
        const t = Math.tanh(GELU_SLOPE * (x + GELU_CUBIC * x * x * x));
        const slope = GELU_SLOPE * (1 + 3 * GELU_CUBIC * x * x);
        dz[i] = dy[i] * (0.5 * (1 + t) + 0.5 * x * (1 - t * t) * slope);
      }
      return;
    case 'linear':
      for (let i = 0; i < count; i++) dz[i] = dy[i];
      return;
    case 'softmax':
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        let dot = 0;
        for (let j = 0; j < width; j++) dot += dy[o + j] * y[o + j];
        for (let j = 0; j < width; j++) dz[o + j] = y[o + j] * (dy[o + j] - dot);
      }
      return;
    default: {
      const unknown: never = name;
      throw new Error(`The fast engine has no derivative for activation '${String(unknown)}'.`);
    }
  }
}
