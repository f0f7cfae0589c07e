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

/** Largest float32 bit pattern of a positive finite value or +Infinity (0x7F800000 is +Infinity; above it, NaN). */
const POSITIVE_INFINITY_BITS = 0x7f800000;

/** The bits of a float32 array, for the branch-free ReLU below. */
function bitsOf(values: Float32Array, count: number): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, count);
}

/**
 * ReLU without a branch: y = z where z > 0, else +0 (NaN included), computed on the bit patterns.
 * A compare-and-branch per value costs a misprediction on every other value of fresh data (about
 * 7 ns a value here, measured), which a mask does not. With u = bits(z) − 1, z is positive and not
 * NaN exactly when 0 ≤ u < 0x7F800000 (−0 wraps to 0x7FFFFFFF, NaNs lie above +Infinity's bits);
 * the mask is all ones then and zero otherwise.
 */
function reluRows(z: Float32Array, y: Float32Array, count: number): void {
  const zBits = bitsOf(z, count);
  const yBits = bitsOf(y, count);
  for (let i = 0; i < count; i++) {
    const bits = zBits[i];
    const u = (bits - 1) | 0;
    yBits[i] = bits & ((u - POSITIVE_INFINITY_BITS) >> 31) & ~(u >> 31);
  }
}

/** dz = dy where z > 0, else +0, on the bit patterns as reluRows. */
function reluGradient(z: Float32Array, dy: Float32Array, dz: Float32Array, count: number): void {
  const zBits = bitsOf(z, count);
  const dyBits = bitsOf(dy, count);
  const dzBits = bitsOf(dz, count);
  for (let i = 0; i < count; i++) {
    const u = (zBits[i] - 1) | 0;
    dzBits[i] = dyBits[i] & ((u - POSITIVE_INFINITY_BITS) >> 31) & ~(u >> 31);
  }
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

/**
 * y = f(z) for `rows` rows of `width` values (softmax across each row, the others element-wise); α is leaky ReLU's
 * slope and ELU's scale.
 */
export function activate(
  name: ActivationName,
  alpha: number,
  z: Float32Array,
  y: Float32Array,
  rows: number,
  width: number,
): void {
  const count = rows * width;
  switch (name) {
    case 'sigmoid':
      for (let i = 0; i < count; i++) y[i] = sigmoid(z[i]);
      return;
    case 'tanh':
      for (let i = 0; i < count; i++) y[i] = Math.tanh(z[i]);
      return;
    case 'relu':
      reluRows(z, y, count);
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
  name: ActivationName,
  alpha: number,
  z: Float32Array,
  y: Float32Array,
  dy: Float32Array,
  dz: Float32Array,
  rows: number,
  width: number,
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
      reluGradient(z, dy, dz, count);
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
