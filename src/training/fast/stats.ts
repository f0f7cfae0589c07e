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

/**
 * Bins per histogram, read once: an imported binding can cost a property read (a getter in Node's CommonJS build) on
 * every use inside the loops below.
 */
const BINS = HISTOGRAM_BINS;

/**
 * Integer counts while binning (cheaper increments than float32 ones in the target), copied out
 * after; even and odd values count into separate arrays, so that runs of values in one bin do not
 * wait on the previous increment of the same counter.
 */
const evenCounts = new Int32Array(BINS);
const oddCounts = new Int32Array(BINS);

/**
 * How far from a bin edge (in bins) a position computed in float64 must lie for its bin to be the
 * one float32 arithmetic gives. The float32 chain rounds three times, so its position differs from
 * float64's by at most ~3·2⁻²⁴ relative, under 6e-6 of a bin at 30 bins; 1e-4 leaves room to spare.
 */
const EDGE_MARGIN = 1e-4;

/** The bin of `value` exactly as tfjs computes it: ((value + range) / width) · bins in float32 steps, floored and clamped (NaN for NaN). */
export function exactBin(value: number, range: number, width: number): number {
  const position = Math.floor(Math.fround(Math.fround(Math.fround(value + range) / width) * BINS));
  return Math.min(Math.max(position, 0), BINS - 1);
}

/** Adds `value` to `counts` at its bin: from its float64 `position` when clear of a bin edge, else exactly (NaN: nowhere). */
function countValue(
  counts: Int32Array,
  value: number,
  position: number,
  range: number,
  width: number,
  zeroBin: number,
): void {
  const bin = position | 0;
  const fraction = position - bin;
  if (fraction > EDGE_MARGIN && fraction < 1 - EDGE_MARGIN && bin < BINS) {
    counts[bin]++;
  } else if (value === 0) {
    // Zero lies on the middle edge; ReLU outputs are half zeros.
    counts[zeroBin]++;
  } else {
    const exact = exactBin(value, range, width);
    if (exact === exact) counts[exact]++;
  }
}

/**
 * Writes the histogram [range, count₀ … count₂₉] of values[0..count) at target[offset…] (see
 * histogram.ts for the bins); `range` is max |value|. A value's position is computed once in
 * float64 (one multiply, no division, no rounding to float32); only a value within EDGE_MARGIN of a
 * bin edge — or non-finite, or on the last edge — takes the exact float32 path, so the counts equal
 * tfjs's at about half the cost.
 */
export function writeHistogram(
  values: Float32Array,
  count: number,
  range: number,
  target: Float32Array,
  offset: number,
): void {
  const width = Math.fround(Math.max(range * 2, Math.fround(1e-30)));
  const scale = BINS / width;
  const zeroBin = exactBin(0, range, width);
  evenCounts.fill(0);
  oddCounts.fill(0);
  let i = 0;
  // value ≥ −range, so every position is ≥ 0 and truncation floors it.
  for (; i + 2 <= count; i += 2) {
    const even = values[i];
    const odd = values[i + 1];
    countValue(evenCounts, even, (even + range) * scale, range, width, zeroBin);
    countValue(oddCounts, odd, (odd + range) * scale, range, width, zeroBin);
  }
  if (i < count) countValue(evenCounts, values[i], (values[i] + range) * scale, range, width, zeroBin);
  target[offset] = range;
  for (let b = 0; b < BINS; b++) target[offset + 1 + b] = evenCounts[b] + oddCounts[b];
}

/** ‖grad‖, mean |grad|, ‖values‖ and both histograms, in one pass over each array for the sums and one for the bins. */
function writeParameter(p: Parameter, target: Float32Array, offset: number): void {
  const { grad, values } = p;
  const n = grad.length;
  // Two interleaved chains per sum: one chain waits on each addition's latency.
  let absolute0 = 0,
    absolute1 = 0,
    squares0 = 0,
    squares1 = 0,
    range0 = 0,
    range1 = 0;
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const g0 = grad[i];
    const g1 = grad[i + 1];
    const m0 = Math.abs(g0);
    const m1 = Math.abs(g1);
    absolute0 += m0;
    absolute1 += m1;
    squares0 += g0 * g0;
    squares1 += g1 * g1;
    range0 = Math.max(range0, m0);
    range1 = Math.max(range1, m1);
  }
  if (i < n) {
    const g = grad[i];
    absolute0 += Math.abs(g);
    squares0 += g * g;
    range0 = Math.max(range0, Math.abs(g));
  }
  let weightSquares0 = 0,
    weightSquares1 = 0,
    weightRange0 = 0,
    weightRange1 = 0;
  const count = values.length;
  for (i = 0; i + 2 <= count; i += 2) {
    const w0 = values[i];
    const w1 = values[i + 1];
    weightSquares0 += w0 * w0;
    weightSquares1 += w1 * w1;
    weightRange0 = Math.max(weightRange0, Math.abs(w0));
    weightRange1 = Math.max(weightRange1, Math.abs(w1));
  }
  if (i < count) {
    weightSquares0 += values[i] * values[i];
    weightRange0 = Math.max(weightRange0, Math.abs(values[i]));
  }
  target[offset] = Math.sqrt(squares0 + squares1);
  target[offset + 1] = (absolute0 + absolute1) / n;
  target[offset + 2] = Math.sqrt(weightSquares0 + weightSquares1);
  writeHistogram(grad, n, Math.max(range0, range1), target, offset + 3);
  writeHistogram(values, count, Math.max(weightRange0, weightRange1), target, offset + 3 + HISTOGRAM_LENGTH);
}

/**
 * How many of the first `count` outputs count as saturated for `activation` (within SATURATION_MARGIN of its bounds);
 * 0 for unbounded ones.
 */
function saturatedCount(activation: ActivationName, out: Float32Array, count: number): number {
  let saturated = 0;
  if (activation === 'tanh') {
    for (let i = 0; i < count; i++) if (Math.abs(out[i]) > UPPER) saturated++;
  } else if (activation === 'sigmoid' || activation === 'softmax') {
    for (let i = 0; i < count; i++) if (out[i] < LOWER || out[i] > UPPER) saturated++;
  }
  return saturated;
}

/** Largest output per unit over a batch, for the dead-unit count (grown to the widest layer seen). */
let columnMax = new Float64Array(0);

function writeActivation(
  node: NodeBuffers,
  source: NodeBuffers,
  activation: ActivationName,
  rows: number,
  target: Float32Array,
  offset: number,
): void {
  const { out, width } = node;
  const count = rows * width;
  const sampled = Math.min(rows, HISTOGRAM_ROWS) * width;
  const rectifying = RECTIFYING.has(activation);
  if (columnMax.length < width) columnMax = new Float64Array(width);
  columnMax.fill(-Infinity, 0, width);
  // One pass over the outputs, row by row: their sum, each unit's largest, and max |y| of the histogram's rows.
  let sum = 0;
  let outRange = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    const inSample = o < sampled;
    for (let c = 0; c < width; c++) {
      const y = out[o + c];
      sum += y;
      if (y > columnMax[c]) columnMax[c] = y;
      if (inSample) outRange = Math.max(outRange, Math.abs(y));
    }
  }
  let dead = 0;
  if (rectifying) for (let c = 0; c < width; c++) if (columnMax[c] <= 0) dead++;
  // One pass over the inputs z: how many are ≤ 0 (rectifiers only) and max |z| of the histogram's rows.
  const z = source.out;
  let nonPositive = 0;
  let zRange = 0;
  for (let i = 0; i < count; i++) {
    const v = z[i];
    if (rectifying) nonPositive += +(v <= 0);
    if (i < sampled) zRange = Math.max(zRange, Math.abs(v));
  }
  target[offset] = sum / count;
  target[offset + 1] = saturatedCount(activation, out, count) / count;
  target[offset + 2] = dead / width;
  target[offset + 3] = nonPositive / count;
  writeHistogram(out, sampled, outRange, target, offset + 4);
  writeHistogram(z, sampled, zRange, target, offset + 4 + HISTOGRAM_LENGTH);
}

/**
 * Fills `target` (statsLength(plan) values) with the statistics of the pass just run over `rows`
 * rows: every planned parameter's gradient and weight (before the update), then every planned
 * activation's output. `nodes` maps node ids to their buffers.
 */
export function writeStats(
  plan: StatsPlan,
  parameters: Parameter[],
  nodes: Map<string, NodeBuffers>,
  rows: number,
  target: Float32Array,
): void {
  let offset = 0;
  for (const p of plan.parameters) {
    writeParameter(parameters[p.weightIndex], target, offset);
    offset += PARAMETER_LENGTH;
  }
  for (const a of plan.activations) {
    writeActivation(
      nodes.get(a.nodeId) as NodeBuffers,
      nodes.get(a.sourceId) as NodeBuffers,
      a.activation,
      rows,
      target,
      offset,
    );
    offset += ACTIVATION_LENGTH;
  }
}
