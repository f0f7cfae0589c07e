import type { LayerSpec } from './types';

/** Element-wise sum y = x₁ + x₂ + …, the join of a skip connection; all inputs must share one width. */
export const addSpec: LayerSpec<'add'> = {
  kind: 'add',
  title: 'Add',
  summary:
    'Sums its inputs element-wise, y = x₁ + x₂ + …; a skip connection lets the gradient flow around layers unchanged.',
  minInputs: 2,
  maxInputs: Infinity,
  hasOutput: true,
  defaults: () => ({}),
  fields: [],
  outputWidth: (_p, widths, names) => {
    const first = widths[0];
    const other = widths.findIndex((w) => w !== first);
    if (other < 0) return first;
    const from = (i: number) => (names?.[i] ? ` from '${names[i]}'` : ` (input ${i + 1})`);
    return {
      error:
        `Add needs inputs of equal width; got ${first}${from(0)} and ${widths[other]}${from(other)}. ` +
        'Give the layers feeding it the same number of units.',
    };
  },
  paramCount: () => 0,
  describe: () => 'sum',
};
