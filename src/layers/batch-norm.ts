import type { LayerSpec } from './types';

/** Inclusive range of the moving-average momentum. */
export const MOMENTUM_RANGE = { min: 0, max: 1 } as const;

/** Inclusive range of epsilon, the variance fuzz. */
export const EPSILON_RANGE = { min: 1e-8, max: 0.1 } as const;

/**
 * Batch normalisation y = γ(x − μ)/√(σ² + ε) + β per feature; γ and β are trained, the moving mean
 * and variance are not, so it holds 4·width weights of which 2·width are trainable.
 */
export const batchNormSpec: LayerSpec<'batchNorm'> = {
  kind: 'batchNorm',
  title: 'BatchNorm',
  summary:
    'Normalises each feature over the batch, y = γ(x − μ)/√(σ² + ε) + β, keeping activations in range so gradients flow.',
  minInputs: 1,
  maxInputs: 1,
  hasOutput: true,
  defaults: () => ({ momentum: 0.99, epsilon: 0.001 }),
  fields: [
    {
      key: 'momentum',
      label: 'Momentum',
      type: 'number',
      ...MOMENTUM_RANGE,
      step: 0.01,
      help: 'Weight of the old value in the moving mean and variance used at inference.',
    },
    {
      key: 'epsilon',
      label: 'Epsilon (ε)',
      type: 'number',
      ...EPSILON_RANGE,
      step: 0.0001,
      help: 'Added to the variance so that a constant feature does not divide by zero.',
    },
  ],
  outputWidth: (_p, [width]) => width,
  paramCount: (_p, [width]) => 4 * (width ?? 0),
  trainableParamCount: (_p, [width]) => 2 * (width ?? 0),
  describe: (p) => `momentum ${p.momentum}`,
};
