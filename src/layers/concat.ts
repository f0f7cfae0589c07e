import type { LayerSpec } from './types';

/** Concatenation y = [x₁, x₂, …] along the features, in edge order; the width is the sum of the inputs' widths. */
export const concatSpec: LayerSpec<'concat'> = {
  kind: 'concat',
  title: 'Concat',
  summary: 'Joins its inputs side by side, y = [x₁, x₂, …], so the width is the sum of theirs.',
  minInputs: 2,
  maxInputs: Infinity,
  hasOutput: true,
  defaults: () => ({}),
  fields: [],
  outputWidth: (_p, widths) => widths.reduce((sum, w) => sum + w, 0),
  paramCount: () => 0,
  describe: () => 'concat',
};
