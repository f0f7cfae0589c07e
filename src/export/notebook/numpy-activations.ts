/**
 * Each activation in NumPy as the app computes it (src/training/fast/activations.ts): the function
 * and its backward rule dz = dy ⊙ f′(z), softmax through its Jacobian; α is leaky ReLU's slope and
 * ELU's scale.
 */
import type { ActivationName } from '../../graph/types';

/** Python definitions of one activation: `name(z, alpha)` and `name_backward(z, y, dy, alpha)`. */
const DEFINITIONS: Record<ActivationName, { name: string; lines: string[] }> = {
  sigmoid: {
    name: 'sigmoid',
    lines: [
      'def sigmoid(z, alpha):',
      "    with np.errstate(over='ignore'):  # e^−z overflows to inf for very negative z, and 1/inf is the right 0",
      '        return 1 / (1 + np.exp(-z))',
      '',
      '',
      'def sigmoid_backward(z, y, dy, alpha):',
      '    return dy * (y * (1 - y))  # σ′(z) = σ(z)(1 − σ(z))',
    ],
  },
  tanh: {
    name: 'tanh',
    lines: [
      'def tanh(z, alpha):',
      '    return np.tanh(z)',
      '',
      '',
      'def tanh_backward(z, y, dy, alpha):',
      '    return (1 - y * y) * dy',
    ],
  },
  relu: {
    name: 'relu',
    lines: [
      'def relu(z, alpha):',
      '    return np.maximum(z, 0)',
      '',
      '',
      'def relu_backward(z, y, dy, alpha):',
      '    return dy * (z > 0)  # 0 at z = 0, as the app takes it',
    ],
  },
  leakyRelu: {
    name: 'leaky_relu',
    lines: [
      'def leaky_relu(z, alpha):',
      '    return np.where(z > 0, z, alpha * z)',
      '',
      '',
      'def leaky_relu_backward(z, y, dy, alpha):',
      '    return np.where(z > 0, dy, dy * alpha)',
    ],
  },
  elu: {
    name: 'elu',
    lines: [
      'def elu(z, alpha):',
      '    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0)))',
      '',
      '',
      'def elu_backward(z, y, dy, alpha):',
      '    return np.where(z > 0, dy, dy * alpha * np.exp(np.minimum(z, 0)))',
    ],
  },
  softplus: {
    name: 'softplus',
    lines: [
      '# Where log(1 + e^z) equals e^z or z within float32 precision, the app takes those.',
      'SOFTPLUS_THRESHOLD = np.log(1.1920928955078125e-7) + 2',
      '',
      '',
      'def softplus(z, alpha):',
      "    with np.errstate(over='ignore'):",
      '        return np.where(z < SOFTPLUS_THRESHOLD, np.exp(z),',
      '                        np.where(z > -SOFTPLUS_THRESHOLD, z, np.log(1 + np.exp(z))))',
      '',
      '',
      'def softplus_backward(z, y, dy, alpha):',
      "    with np.errstate(over='ignore'):",
      '        return dy / (1 + np.exp(-z))  # softplus′ is the sigmoid',
    ],
  },
  gelu: {
    name: 'gelu',
    lines: [
      '# GELU with the tanh approximation, as the app computes it.',
      'GELU_SLOPE = np.sqrt(2 / np.pi)',
      'GELU_CUBIC = 0.044715',
      '',
      '',
      'def gelu(z, alpha):',
      '    return 0.5 * z * (1 + np.tanh(GELU_SLOPE * (z + GELU_CUBIC * z ** 3)))',
      '',
      '',
      'def gelu_backward(z, y, dy, alpha):',
      '    t = np.tanh(GELU_SLOPE * (z + GELU_CUBIC * z ** 3))',
      '    slope = GELU_SLOPE * (1 + 3 * GELU_CUBIC * z * z)',
      '    return dy * (0.5 * (1 + t) + 0.5 * z * (1 - t * t) * slope)',
    ],
  },
  linear: {
    name: 'identity',
    lines: [
      'def identity(z, alpha):',
      '    return z',
      '',
      '',
      'def identity_backward(z, y, dy, alpha):',
      '    return dy',
    ],
  },
  softmax: {
    name: 'softmax',
    lines: [
      'def softmax(z, alpha):',
      '    e = np.exp(z - z.max(axis=1, keepdims=True))',
      '    return e / e.sum(axis=1, keepdims=True)',
      '',
      '',
      'def softmax_backward(z, y, dy, alpha):',
      '    # The Jacobian of softmax times dy, row by row: y ⊙ (dy − Σ dy·y).',
      '    return y * (dy - (dy * y).sum(axis=1, keepdims=True))',
    ],
  },
};

/** The Python function name of an activation (its backward rule is that name + '_backward'). */
export function activationFunction(name: ActivationName): string {
  return DEFINITIONS[name].name;
}

/** Python definitions of the given activations, each once, in the order first used. */
export function activationDefinitions(names: readonly ActivationName[]): string[] {
  const lines: string[] = [];
  for (const name of new Set(names)) {
    if (lines.length > 0) lines.push('', '');
    lines.push(...DEFINITIONS[name].lines);
  }
  return lines;
}
