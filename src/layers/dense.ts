import type { DenseParams } from '../graph/types';
import { INITIALIZER_OPTIONS, describeInitializer, initializer } from './initializers';
import type { LayerSpec } from './types';

/** Inclusive range of a Linear layer's units; wider layers make the live charts unreadable and training slow. */
export const UNITS_RANGE = { min: 1, max: 1024 } as const;

/** Inclusive range of a node's own L1 and L2 penalty factors. */
export const PENALTY_RANGE = { min: 0, max: 1 } as const;

/** A fully connected layer y = xW + b; W is in×units, b has units entries. */
export const denseSpec: LayerSpec<'dense'> = {
  kind: 'dense',
  title: 'Linear',
  summary: 'Fully connected layer: y = xW + b, with W of shape in×units and b of length units.',
  minInputs: 1,
  maxInputs: 1,
  hasOutput: true,
  defaults: () => ({
    units: 8,
    useBias: true,
    kernelInitializer: initializer('glorotUniform'),
    biasInitializer: initializer('zeros'),
    l1: 0,
    l2: 0,
  }),
  fields: [
    {
      key: 'units',
      label: 'Units',
      type: 'int',
      ...UNITS_RANGE,
      step: 1,
      help: 'Number of neurons, i.e. the width of y.',
    },
    {
      key: 'useBias',
      label: 'Use bias',
      type: 'boolean',
      help: 'Adds the learned offset b; without it every neuron passes through the origin.',
    },
    {
      key: 'kernelInitializer',
      label: 'Weight initializer',
      type: 'initializer',
      options: INITIALIZER_OPTIONS,
      help: 'How W starts; Glorot suits sigmoid/tanh, He suits ReLU, and too small or too large starts make gradients vanish or explode.',
    },
    {
      key: 'biasInitializer',
      label: 'Bias initializer',
      type: 'initializer',
      options: INITIALIZER_OPTIONS,
      help: 'How b starts; zeros is the usual choice.',
      appliesTo: (p: DenseParams) => p.useBias,
    },
    {
      key: 'l1',
      label: 'L1 penalty',
      type: 'number',
      ...PENALTY_RANGE,
      step: 0.0001,
      help: 'Adds l1·Σ|W| to the loss, pushing weights to exactly zero.',
    },
    {
      key: 'l2',
      label: 'L2 penalty',
      type: 'number',
      ...PENALTY_RANGE,
      step: 0.0001,
      help: 'Adds l2·ΣW² to the loss (weight decay), keeping weights small.',
    },
  ],
  outputWidth: (p) => p.units,
  paramCount: (p, [inWidth]) => (inWidth ?? 0) * p.units + (p.useBias ? p.units : 0),
  describe: (p) =>
    `${p.units} ${p.units === 1 ? 'unit' : 'units'} · ${describeInitializer(p.kernelInitializer)}${p.useBias ? '' : ' · no bias'}`,
};
