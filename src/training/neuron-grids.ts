/**
 * What each hidden unit computes over the input plane: every unit of every hidden node evaluated
 * (inference mode) at each cell of a grid over the data's 2-D bounds, for the per-neuron thumbnails.
 */
import * as tf from './tf';
import type { NodeKind } from '../graph/types';
import type { CompiledModel } from './compile';
import type { TrainingData } from './device-data';
import { gridPoints } from './grid';

/** Node kinds whose units are drawn: the ones that compute something new (Dropout passes through at inference). */
const DRAWN_KINDS: ReadonlySet<NodeKind> = new Set(['dense', 'activation', 'batchNorm', 'add', 'concat']);

/** The most units drawn over all nodes together (the readback is units × resolution² floats). */
export const MAX_NEURON_GRID_UNITS = 256;

/**
 * One hidden node's units over the plane: `units` grids of resolution² cells, unit-major (unit u at u·resolution²),
 * cells in gridPoints order.
 */
export interface NeuronGrid {
  nodeId: string;
  units: number;
  resolution: number;
  values: Float32Array;
}

/** The nodes drawn, input → output, until MAX_NEURON_GRID_UNITS would be passed: [nodeId, index in the training model's outputs]. */
export function drawnNodes(compiled: CompiledModel): { nodeId: string; outputIndex: number; units: number }[] {
  const drawn: { nodeId: string; outputIndex: number; units: number }[] = [];
  let total = 0;
  for (const nodeId of compiled.nodeOrder) {
    const node = compiled.graph.nodes.find((n) => n.id === nodeId);
    const outputIndex = compiled.outputIndex.nodes.get(nodeId);
    if (!node || outputIndex === undefined || !DRAWN_KINDS.has(node.kind)) continue;
    const units = compiled.trainingModel.outputs[outputIndex].shape[1] as number;
    if (total + units > MAX_NEURON_GRID_UNITS) break;
    total += units;
    drawn.push({ nodeId, outputIndex, units });
  }
  return drawn;
}

/**
 * Each drawn node's output at every cell of a resolution × resolution grid over the data's bounds
 * (points mapped through the data's transform, so plane features and standardisation apply); one
 * forward pass and one readback. Null when the data has no 2-D plane (more than 2 columns).
 */
export async function neuronGrids(
  compiled: CompiledModel,
  data: Pick<TrainingData, 'bounds' | 'transform'>,
  resolution: number,
): Promise<NeuronGrid[] | null> {
  if (!data.bounds) return null;
  const drawn = drawnNodes(compiled);
  if (drawn.length === 0) return [];
  const cells = resolution * resolution;
  const features = data.transform(gridPoints(data.bounds, resolution), cells);
  const flat = tf.tidy(() => {
    const x = tf.tensor2d(features, [cells, compiled.inputWidth]);
    const outputs = compiled.trainingModel.apply(x, { training: false }) as tf.Tensor[];
    // Transposed to units × cells so that each unit's grid is contiguous.
    return tf.concat(drawn.map((d) => tf.reshape(tf.transpose(outputs[d.outputIndex]), [-1])));
  });
  const values = (await flat.data()) as Float32Array;
  flat.dispose();
  let offset = 0;
  return drawn.map((d) => {
    const length = d.units * cells;
    const grid = { nodeId: d.nodeId, units: d.units, resolution, values: values.slice(offset, offset + length) };
    offset += length;
    return grid;
  });
}
