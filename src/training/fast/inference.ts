/**
 * What the fast engine computes without training: full-set loss and accuracy, the decision surface
 * and the per-unit grids, each as forward passes in chunks of the network's capacity.
 */
import type { Task } from '../../data/types';
import type { SplitRows } from '../device-data';
import { gridChannels } from '../grid';
import { buildTargets } from '../targets';
import { headLoss } from './loss';
import type { FastNetwork } from './network';
import type { NodeBuffers } from './ops';

/** A split held as Float32Arrays: features, loss targets (one-hot for several outputs) and the raw labels. */
export interface HostSplit {
  x: Float32Array;
  targets: Float32Array;
  labels: Float32Array;
  n: number;
}

/** Checks a split's size and builds its targets for `outputWidth` outputs (the tfjs path's uploadSplit, on the host). */
export function hostSplit(
  rows: SplitRows,
  inputWidth: number,
  outputWidth: number,
  task: Task,
  label: string,
): HostSplit {
  if (rows.x.length !== rows.n * inputWidth) {
    throw new RangeError(
      `The ${label} set has ${rows.x.length} feature values for ${rows.n} samples, but ${rows.n} × ${inputWidth} ` +
        `= ${rows.n * inputWidth} were expected. Prepare the data again for this Input node.`,
    );
  }
  return { x: rows.x, targets: buildTargets(rows.y, rows.n, outputWidth, task), labels: rows.y, n: rows.n };
}

/**
 * Runs `n` rows of `x` forward in chunks; after each chunk `visit(start, rows)` reads the buffers.
 * `all` computes the nodes off the loss path too (the prediction under a logits head).
 */
export function forwardInChunks(
  network: FastNetwork,
  x: Float32Array,
  n: number,
  all: boolean,
  visit: (start: number, rows: number) => void,
): void {
  const width = network.structure.inputWidth;
  for (let start = 0; start < n; start += network.capacity) {
    const rows = Math.min(network.capacity, n - start);
    network.setInput(x.subarray(start * width, (start + rows) * width));
    network.forward(rows, all);
    visit(start, rows);
  }
}

function argMax(values: Float32Array, offset: number, width: number): number {
  let best = 0;
  for (let j = 1; j < width; j++) if (values[offset + j] > values[offset + best]) best = j;
  return best;
}

/**
 * Σ loss·rows and the number of correct classifications over a split (inference mode): one output
 * is right when head ≥ threshold (0 for logits, 0.5 for a probability) matches the label; several,
 * when the argmax does.
 */
export function splitTotals(
  network: FastNetwork,
  split: HostSplit,
  classify: boolean,
  logitsHead: boolean,
): { loss: number; correct: number } {
  const { head, lossKind } = network;
  const width = head.width;
  const threshold = logitsHead ? 0 : 0.5;
  let loss = 0;
  let correct = 0;
  forwardInChunks(network, split.x, split.n, false, (start, rows) => {
    loss +=
      headLoss(lossKind, head.out, split.targets.subarray(start * width, (start + rows) * width), rows, width, null) *
      rows;
    if (!classify) return;
    for (let r = 0; r < rows; r++) {
      const predicted = width === 1 ? (head.out[r] >= threshold ? 1 : 0) : argMax(head.out, r * width, width);
      if (predicted === split.labels[start + r]) correct++;
    }
  });
  return { loss, correct };
}

/**
 * The decision grid's values from features of `cells` grid points (layout as grid.ts predictGrid: one value per cell,
 * or [class, probability] for multiclass).
 */
export function gridValues(network: FastNetwork, features: Float32Array, cells: number, task: Task): Float32Array {
  const prediction = network.prediction;
  const width = prediction.width;
  const channels = gridChannels(task, width);
  const values = new Float32Array(cells * channels);
  forwardInChunks(network, features, cells, true, (start, rows) => {
    for (let r = 0; r < rows; r++) {
      const o = r * width;
      if (channels === 1) {
        values[start + r] = prediction.out[o];
      } else {
        const best = argMax(prediction.out, o, width);
        values[2 * (start + r)] = best;
        values[2 * (start + r) + 1] = prediction.out[o + best];
      }
    }
  });
  return values;
}

/** Each listed node's output over `cells` points, unit-major (unit u's cells at u·cells), as neuron-grids.ts lays them out. */
export function unitValues(
  network: FastNetwork,
  features: Float32Array,
  cells: number,
  nodes: NodeBuffers[],
): Float32Array[] {
  const result = nodes.map((node) => new Float32Array(node.width * cells));
  forwardInChunks(network, features, cells, true, (start, rows) => {
    nodes.forEach((node, i) => {
      const target = result[i];
      const width = node.width;
      for (let r = 0; r < rows; r++)
        for (let u = 0; u < width; u++) target[u * cells + start + r] = node.out[r * width + u];
    });
  });
  return result;
}
