/**
 * Per-layer statistics of one step, computed on the fast engine's buffers into the very flat layout
 * stats.ts's statsTensor produces, so that stats.ts's decodeStats turns either into LayerStats.
 * Histogram bins are computed in float32 steps, as tfjs computes them, so values on a bin edge
 * land in the same bin on both engines.
 */
import type { ActivationName } from '../../graph/types';
import { HISTOGRAM_BINS, HISTOGRAM_LENGTH } from '../histogram';
import { SATURATION_MARGIN, type StatsPlan } from '../stats';
import type { NodeBuffers } from './ops';
import type { Parameter } from './parameter';

/** Rows of a batch that feed an activation histogram, as in stats.ts. */
const HISTOGRAM_ROWS = 512;
const PARAMETER_LENGTH = 3 + 2 * HISTOGRAM_LENGTH;
const ACTIVATION_LENGTH = 4 + 2 * HISTOGRAM_LENGTH;
const UPPER = Math.fround(1 - SATURATION_MARGIN);
const LOWER = Math.fround(SATURATION_MARGIN);
const RECTIFYING: ReadonlySet<ActivationName> = new Set(['relu', 'leakyRelu', 'elu', 'gelu']);

/** Length of the flat statistics of a plan. */
export function statsLength(plan: StatsPlan): number {
  return plan.parameters.length * PARAMETER_LENGTH + plan.activations.length * ACTIVATION_LENGTH;
}

/** Bins per histogram, read once: an imported binding can cost a property read (a getter in Node's CommonJS build) on every use inside the loops below. */
const BINS = HISTOGRAM_BINS;

/** Integer counts while binning (cheaper increments than float32 ones in the target), copied out after. */
const binCounts = new Int32Array(BINS);

/** max |values[i]| over the first `count` values: the histogram's range. */
function largestMagnitude(values: Float32Array, count: number): number {
  let range = 0;
  for (let i = 0; i < count; i++) range = Math.max(range, Math.abs(values[i]));
  return range;
}

/** Writes the histogram [range, count₀ … count₂₉] of values[0..count) at target[offset…] (see histogram.ts for the bins); `range` is max |value|. */
function writeHistogram(values: Float32Array, count: number, range: number, target: Float32Array, offset: number): void {
  const width = Math.fround(Math.max(range * 2, Math.fround(1e-30)));
  const counts = binCounts;
  counts.fill(0);
  for (let i = 0; i < count; i++) {
    const position = Math.floor(Math.fround(Math.fround(Math.fround(values[i] + range) / width) * BINS));
    const bin = Math.min(Math.max(position, 0), BINS - 1);
    if (bin === bin) counts[bin]++;
  }
  target[offset] = range;
  for (let b = 0; b < BINS; b++) target[offset + 1 + b] = counts[b];
}

/** ‖grad‖, mean |grad|, ‖values‖ and both histograms, in one pass over each array for the sums and one for the bins. */
function writeParameter(p: Parameter, target: Float32Array, offset: number): void {
  const { grad, values } = p;
  let absolute = 0;
  let squares = 0;
  let range = 0;
  for (let i = 0; i < grad.length; i++) {
    const g = grad[i];
    const magnitude = Math.abs(g);
    absolute += magnitude;
    squares += g * g;
    range = Math.max(range, magnitude);
  }
  let weightSquares = 0;
  let weightRange = 0;
  for (let i = 0; i < values.length; i++) {
    const w = values[i];
    weightSquares += w * w;
    weightRange = Math.max(weightRange, Math.abs(w));
  }
  target[offset] = Math.sqrt(squares);
  target[offset + 1] = absolute / grad.length;
  target[offset + 2] = Math.sqrt(weightSquares);
  writeHistogram(grad, grad.length, range, target, offset + 3);
  writeHistogram(values, values.length, weightRange, target, offset + 3 + HISTOGRAM_LENGTH);
}

function writeActivation(node: NodeBuffers, source: NodeBuffers, activation: ActivationName, rows: number, target: Float32Array, offset: number): void {
  const { out, width } = node;
  const count = rows * width;
  let sum = 0;
  let saturated = 0;
  for (let i = 0; i < count; i++) {
    const y = out[i];
    sum += y;
    if (activation === 'tanh' ? Math.abs(y) > UPPER : (activation === 'sigmoid' || activation === 'softmax') && (y < LOWER || y > UPPER)) saturated++;
  }
  let dead = 0;
  if (RECTIFYING.has(activation)) {
    for (let c = 0; c < width; c++) {
      let max = -Infinity;
      for (let r = 0; r < rows; r++) max = Math.max(max, out[r * width + c]);
      if (max <= 0) dead++;
    }
  }
  let nonPositive = 0;
  if (RECTIFYING.has(activation)) for (let i = 0; i < count; i++) if (source.out[i] <= 0) nonPositive++;
  target[offset] = sum / count;
  target[offset + 1] = saturated / count;
  target[offset + 2] = dead / width;
  target[offset + 3] = nonPositive / count;
  const sampled = Math.min(rows, HISTOGRAM_ROWS) * width;
  writeHistogram(out, sampled, largestMagnitude(out, sampled), target, offset + 4);
  writeHistogram(source.out, sampled, largestMagnitude(source.out, sampled), target, offset + 4 + HISTOGRAM_LENGTH);
}

/**
 * Fills `target` (statsLength(plan) values) with the statistics of the pass just run over `rows`
 * rows: every planned parameter's gradient and weight (before the update), then every planned
 * activation's output. `nodes` maps node ids to their buffers.
 */
export function writeStats(plan: StatsPlan, parameters: Parameter[], nodes: Map<string, NodeBuffers>, rows: number, target: Float32Array): void {
  let offset = 0;
  for (const p of plan.parameters) {
    writeParameter(parameters[p.weightIndex], target, offset);
    offset += PARAMETER_LENGTH;
  }
  for (const a of plan.activations) {
    writeActivation(nodes.get(a.nodeId) as NodeBuffers, nodes.get(a.sourceId) as NodeBuffers, a.activation, rows, target, offset);
    offset += ACTIVATION_LENGTH;
  }
}
