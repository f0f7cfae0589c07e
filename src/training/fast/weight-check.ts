/** Checking weights handed to the fast engine, with the errors weights.ts gives on the tfjs path. */
import type { WeightValues } from '../weights';

/** A weight the network has: node, name and tfjs shape. */
export interface WeightSlot {
  nodeId: string;
  name: string;
  shape: number[];
}

/**
 * Returns the given weights in `slots` order after checking that they cover every slot with the
 * right shape and nothing else; throws, naming the first weight that is unknown, missing or
 * mis-shaped, and says how to fix it.
 */
export function orderWeights(slots: WeightSlot[], weights: WeightValues[]): WeightValues[] {
  const given = new Map(weights.map((w) => [`${w.nodeId}/${w.name}`, w]));
  for (const w of weights) {
    if (!slots.some((s) => s.nodeId === w.nodeId && s.name === w.name)) {
      throw new RangeError(
        `The weights include '${w.name}' of node '${w.nodeId}', which this network does not have. The graph ` +
          `changed since they were saved; train again or restore that node.`,
      );
    }
  }
  return slots.map((slot) => {
    const w = given.get(`${slot.nodeId}/${slot.name}`);
    if (!w)
      throw new RangeError(
        `Weight '${slot.name}' of node '${slot.nodeId}' is missing from the weights given. Train again to create it.`,
      );
    const expected = slot.shape;
    const count = expected.reduce((a, b) => a * b, 1);
    if (w.shape.length !== expected.length || w.shape.some((d, i) => d !== expected[i]) || w.values.length !== count) {
      throw new RangeError(
        `Weight '${slot.name}' of node '${slot.nodeId}' has shape [${w.shape.join(', ')}] with ` +
          `${w.values.length} values, but the network needs [${expected.join(', ')}] (${count} values). The ` +
          `layer's size changed since the weights were saved; train again.`,
      );
    }
    return w;
  });
}
