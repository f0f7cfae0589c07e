import type { LossName } from '../graph/types';
import type { LayerSpec } from './types';

/** Every loss with its short canvas label and its formula over a batch of n samples. */
export const LOSSES: Record<LossName, { short: string; label: string; formula: string }> = {
  binaryCrossentropy: {
    short: 'BCE',
    label: 'Binary cross-entropy',
    formula: 'L = −(1/n) Σ [y·ln p + (1 − y)·ln(1 − p)], p from a Sigmoid',
  },
  categoricalCrossentropy: {
    short: 'CCE',
    label: 'Categorical cross-entropy',
    formula: 'L = −(1/n) Σ Σₖ yₖ·ln pₖ, p from a Softmax, y one-hot',
  },
  meanSquaredError: {
    short: 'MSE',
    label: 'Mean squared error',
    formula: 'L = (1/n) Σ (y − ŷ)², averaged over outputs',
  },
};

/** The end of the network: its input is the prediction, compared with the targets by the loss. */
export const outputSpec: LayerSpec<'output'> = {
  kind: 'output',
  title: 'Output',
  summary: 'Ends the network: the prediction ŷ it receives is scored against the targets y by the loss.',
  minInputs: 1,
  maxInputs: 1,
  hasOutput: false,
  defaults: () => ({ loss: 'binaryCrossentropy' }),
  fields: [
    {
      key: 'loss',
      label: 'Loss',
      type: 'select',
      options: (Object.keys(LOSSES) as LossName[]).map((value) => ({ value, label: LOSSES[value].label })),
      help: 'Binary cross-entropy for two classes (Sigmoid, 1 unit), categorical for more (Softmax, one unit per class), MSE for numbers.',
    },
  ],
  outputWidth: (_p, [width]) => width,
  paramCount: () => 0,
  describe: (p) => LOSSES[p.loss]?.short ?? String(p.loss),
};
