/**
 * What an inspector edit changes besides the value typed: switching an activation to Leaky ReLU
 * or ELU also sets alpha to that function's usual value, since the two read it differently.
 */
import type { ActivationName, GraphNode } from '../../../src/graph/index';

/** The usual alpha of the activations that read it. */
export const USUAL_ALPHA: Partial<Record<ActivationName, number>> = { leakyRelu: 0.01, elu: 1 };

/** The params patch for setting `key` to `value` on `node`. */
export function paramPatch(node: GraphNode, key: string, value: unknown): Record<string, unknown> {
  if (node.kind === 'activation' && key === 'activation') {
    const usual = USUAL_ALPHA[value as ActivationName];
    if (usual !== undefined && value !== node.params.activation) return { activation: value, alpha: usual };
  }
  return { [key]: value };
}
