import type { ActivationName, ActivationParams } from '../graph/types';
import type { LayerSpec } from './types';

/** What a person needs to know about an activation: its display name, formula and derivative. */
export interface ActivationInfo {
  label: string;
  formula: string;
  derivative: string;
  /** Whether `alpha` changes the function (leakyRelu: negative slope; elu: scale of the negative part). */
  usesAlpha: boolean;
}

/** Every activation with its formula f(z) and derivative f'(z), as the teaching notebooks write them. */
export const ACTIVATIONS: Record<ActivationName, ActivationInfo> = {
  sigmoid: {
    label: 'Sigmoid',
    formula: 'σ(z) = 1 / (1 + e^−z)',
    derivative: "σ'(z) = σ(z)(1 − σ(z)), at most 0.25",
    usesAlpha: false,
  },
  tanh: {
    label: 'Tanh',
    formula: 'tanh(z) = (e^z − e^−z) / (e^z + e^−z)',
    derivative: "tanh'(z) = 1 − tanh²(z), at most 1",
    usesAlpha: false,
  },
  relu: {
    label: 'ReLU',
    formula: 'relu(z) = max(0, z)',
    derivative: "relu'(z) = 1 if z > 0, else 0",
    usesAlpha: false,
  },
  leakyRelu: {
    label: 'Leaky ReLU',
    formula: 'f(z) = z if z > 0, else αz',
    derivative: "f'(z) = 1 if z > 0, else α",
    usesAlpha: true,
  },
  elu: {
    label: 'ELU',
    formula: 'f(z) = z if z > 0, else α(e^z − 1)',
    derivative: "f'(z) = 1 if z > 0, else αe^z",
    usesAlpha: true,
  },
  softplus: {
    label: 'Softplus',
    formula: 'softplus(z) = ln(1 + e^z)',
    derivative: "softplus'(z) = σ(z)",
    usesAlpha: false,
  },
  gelu: {
    label: 'GELU',
    formula: 'gelu(z) ≈ 0.5z(1 + tanh(√(2/π)(z + 0.044715z³)))',
    derivative: "gelu'(z) = 0.5(1 + tanh u) + 0.5z(1 − tanh²u)u', u = √(2/π)(z + 0.044715z³)",
    usesAlpha: false,
  },
  linear: { label: 'Identity', formula: 'f(z) = z', derivative: "f'(z) = 1", usesAlpha: false },
  softmax: {
    label: 'Softmax',
    formula: 'softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ',
    derivative: '∂softmaxᵢ/∂zⱼ = softmaxᵢ(δᵢⱼ − softmaxⱼ)',
    usesAlpha: false,
  },
};

/** Inclusive range of `alpha`; the usual values are 0.01 for leakyRelu and 1 for elu (switching between them is the UI's job). */
export const ALPHA_RANGE = { min: 0, max: 10 } as const;

/** An element-wise non-linearity (softmax across the features); it keeps the width and holds no weights. */
export const activationSpec: LayerSpec<'activation'> = {
  kind: 'activation',
  title: 'Activation',
  summary: 'Applies f element-wise, a = f(z); without it stacked Linear layers collapse into one linear map.',
  minInputs: 1,
  maxInputs: 1,
  hasOutput: true,
  defaults: () => ({ activation: 'relu', alpha: 0.01 }),
  fields: [
    {
      key: 'activation',
      label: 'Function',
      type: 'select',
      options: (Object.keys(ACTIVATIONS) as ActivationName[]).map((value) => ({
        value,
        label: ACTIVATIONS[value].label,
      })),
      help: 'The non-linearity; its derivative is what backpropagation multiplies the gradient by.',
    },
    {
      key: 'alpha',
      label: 'Alpha (α)',
      type: 'number',
      ...ALPHA_RANGE,
      step: 0.01,
      help: 'Leaky ReLU: slope for z ≤ 0 (usually 0.01). ELU: value approached for very negative z is −α (usually 1).',
      appliesTo: (p: ActivationParams) => ACTIVATIONS[p.activation]?.usesAlpha ?? false,
    },
  ],
  outputWidth: (_p, [width]) => width,
  paramCount: () => 0,
  describe: (p) => (ACTIVATIONS[p.activation]?.usesAlpha ? `${p.activation} α=${p.alpha}` : p.activation),
};
