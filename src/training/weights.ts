/** Reading and writing a compiled model's weights by graph node id and weight name. */
import * as tf from './tf';
import type { WeightValues } from '../project/weights';
import type { CompiledModel } from './compile';

/**
 * One weight tensor's values by node id and weight name ('kernel', 'bias', 'gamma', 'beta', 'moving_mean',
 * 'moving_variance'); the project's storeWeights/loadWeights convert it to and from StoredWeight.
 */
export type { WeightValues } from '../project/weights';

/** Copies every weight off the device (one batched readback per weight, awaited together). */
export async function readWeights(compiled: CompiledModel): Promise<WeightValues[]> {
  return Promise.all(
    compiled.weights.map(async (w) => ({
      nodeId: w.nodeId,
      name: w.name,
      shape: [...w.variable.read().shape],
      values: (await w.variable.read().data()) as Float32Array,
    })),
  );
}

/**
 * Writes weights into the model after checking that they cover every weight of the model with the
 * right shapes; throws, naming the first weight that is missing, unknown or mis-shaped, and writes
 * nothing in that case.
 */
export function writeWeights(compiled: CompiledModel, weights: WeightValues[]): void {
  const given = new Map(weights.map((w) => [`${w.nodeId}/${w.name}`, w]));
  for (const w of weights) {
    if (!compiled.weights.some((m) => m.nodeId === w.nodeId && m.name === w.name)) {
      throw new RangeError(
        `The weights include '${w.name}' of node '${w.nodeId}', which this network does not have. The graph ` +
          `changed since they were saved; train again or restore that node.`,
      );
    }
  }
  for (const m of compiled.weights) {
    const w = given.get(`${m.nodeId}/${m.name}`);
    if (!w)
      throw new RangeError(
        `Weight '${m.name}' of node '${m.nodeId}' is missing from the weights given. Train again to create it.`,
      );
    const expected = m.variable.read().shape;
    const count = expected.reduce((a, b) => a * b, 1);
    if (w.shape.length !== expected.length || w.shape.some((d, i) => d !== expected[i]) || w.values.length !== count) {
      throw new RangeError(
        `Weight '${m.name}' of node '${m.nodeId}' has shape [${w.shape.join(', ')}] with ${w.values.length} ` +
          `values, but the network needs [${expected.join(', ')}] (${count} values). The layer's size changed ` +
          `since the weights were saved; train again.`,
      );
    }
  }
  for (const m of compiled.weights) {
    const w = given.get(`${m.nodeId}/${m.name}`) as WeightValues;
    const value = tf.tensor(w.values, m.variable.read().shape, 'float32');
    m.variable.write(value);
    value.dispose();
  }
}
