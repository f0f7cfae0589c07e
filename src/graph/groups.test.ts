import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../project/parse';
import { checkGroup, findRepeat, groupLabel, groupOf } from './groups';
import type { Graph } from './types';

/** The 8-layer sigmoid lesson's graph: Input → (Linear 16 → Sigmoid) × 8 → Linear 1 → Sigmoid → Output. */
const deep: Graph = parseProject(
  readFileSync(new URL('../../assets/examples/deep-sigmoid.mlp', import.meta.url), 'utf8'),
).graph;
const hidden = Array.from({ length: 8 }, (_, i) => [`dense-${i + 1}`, `activation-${i + 1}`]).flat();

describe('findRepeat', () => {
  it('finds 8 repeats of [Linear 16 → Sigmoid] in the lesson, in data-flow order whatever the selection order', () => {
    const found = findRepeat(deep, [...hidden].reverse());
    expect(found).toEqual({ nodeIds: hidden, repeats: 8, blockLength: 2 });
    expect(groupLabel(deep, groupOf(found as Exclude<typeof found, string>, 'group-1'))).toBe(
      '8 × [Linear 16 → Sigmoid]',
    );
  });

  it('refuses a selection that is not one block repeated, saying why', () => {
    // The ninth Linear has 1 unit, not 16: no longer identical blocks.
    expect(findRepeat(deep, [...hidden, 'dense-9', 'activation-9'])).toMatch(/not one block repeated/);
    expect(findRepeat(deep, ['dense-1', 'dense-3'])).toMatch(/one unbroken chain.*2 starts/);
    expect(findRepeat(deep, ['dense-1'])).toMatch(/at least two layers/);
  });
});

describe('checkGroup', () => {
  it('accepts a group that matches its graph and names what is wrong with one that does not', () => {
    const group = { id: 'g', nodeIds: hidden, repeats: 8, collapsed: true };
    expect(checkGroup(deep, group)).toBeNull();
    expect(checkGroup(deep, { ...group, repeats: 4 })).toBeNull();
    expect(checkGroup(deep, { ...group, repeats: 3 })).toBe(
      'It says 3 repeats, which does not split its 16 layers into identical blocks. Set repeats to 8.',
    );
    expect(checkGroup(deep, { ...group, nodeIds: [...hidden.slice(2), ...hidden.slice(0, 2)] })).toMatch(
      /data-flow order/,
    );
  });
});
