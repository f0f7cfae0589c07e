import { describe, expect, it } from 'vitest';
import { createNode } from '../../../src/graph/operations';
import { paramPatch, USUAL_ALPHA } from './param-patch';

const empty = { nodes: [], edges: [] };

describe('paramPatch', () => {
  it("sets alpha to the function's usual value when switching to Leaky ReLU or ELU", () => {
    const relu = createNode(empty, 'activation', { x: 0, y: 0 }, { activation: 'relu', alpha: 0.3 });
    expect(paramPatch(relu, 'activation', 'leakyRelu')).toEqual({
      activation: 'leakyRelu',
      alpha: USUAL_ALPHA.leakyRelu,
    });
    expect(paramPatch(relu, 'activation', 'elu')).toEqual({ activation: 'elu', alpha: USUAL_ALPHA.elu });
  });

  it('changes only the value otherwise', () => {
    const leaky = createNode(empty, 'activation', { x: 0, y: 0 }, { activation: 'leakyRelu', alpha: 0.2 });
    expect(paramPatch(leaky, 'activation', 'leakyRelu')).toEqual({ activation: 'leakyRelu' });
    expect(paramPatch(leaky, 'activation', 'tanh')).toEqual({ activation: 'tanh' });
    expect(paramPatch(leaky, 'alpha', 0.05)).toEqual({ alpha: 0.05 });
    const dense = createNode(empty, 'dense', { x: 0, y: 0 });
    expect(paramPatch(dense, 'units', 4)).toEqual({ units: 4 });
  });
});
