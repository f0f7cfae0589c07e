import type { LayerSpec } from './types';

/** Inclusive range of the dropout rate; 1 would zero every unit. */
export const RATE_RANGE = { min: 0, max: 0.95 } as const;

/** Inverted dropout: during training each unit is zeroed with probability rate and the rest scaled by 1/(1−rate). */
export const dropoutSpec: LayerSpec<'dropout'> = {
  kind: 'dropout',
  title: 'Dropout',
  summary: 'While training, y = x·m/(1−rate) with m ~ Bernoulli(1−rate) per unit; at inference y = x.',
  minInputs: 1,
  maxInputs: 1,
  hasOutput: true,
  defaults: () => ({ rate: 0.2 }),
  fields: [
    {
      key: 'rate',
      label: 'Rate',
      type: 'number',
      ...RATE_RANGE,
      step: 0.05,
      help: 'Probability of zeroing each unit on a training step; it fights overfitting and is off at inference.',
    },
  ],
  outputWidth: (_p, [width]) => width,
  paramCount: () => 0,
  describe: (p) => `rate ${p.rate}`,
};
