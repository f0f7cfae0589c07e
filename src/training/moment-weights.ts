/**
 * The weights a moment of the run carries (moments.ts), so the weight views can replay a run as the
 * boundary does. Their memory is bounded by bytes, not by count: a small network keeps its weights on
 * every moment, a large one on fewer, evenly spaced: over MOMENT_WEIGHT_BYTES, only the moments on a
 * power-of-two stride in steps (and the newest) keep theirs; the moment itself stays, and a view
 * pinned there shows the nearest earlier weights (weightsAtOrBefore).
 *
 * For a 784-128-64-10 network (109,386 float32 values, 437,544 bytes a payload) the bound keeps up
 * to 115 payloads (and at least 57 after a thinning); the 2-16-16-1 moons networks (337 values) keep
 * one on every one of the MOMENT_CAP moments, about 0.3 MB in all.
 */
import type { WeightValues } from './weights';

/** The most bytes of weights all moments of a run hold together (48 MiB). */
export const MOMENT_WEIGHT_BYTES = 48 * 2 ** 20;

/** A moment that may carry the network's weights at its step. */
export interface WeightedMoment {
  step: number;
  weights?: WeightValues[];
}

/** The bytes of one set of weights (float32 values only; shapes and names are small). */
export function weightBytes(weights: readonly WeightValues[] | undefined): number {
  let bytes = 0;
  for (const w of weights ?? []) bytes += w.values.byteLength;
  return bytes;
}

/** The bytes of weights all of `moments` hold. */
export function momentWeightBytes(moments: readonly WeightedMoment[]): number {
  let bytes = 0;
  for (const m of moments) bytes += weightBytes(m.weights);
  return bytes;
}

/** A copy of `moment` without its weights. */
function withoutWeights<T extends WeightedMoment>(moment: T): T {
  const copy = { ...moment };
  delete copy.weights;
  return copy;
}

/**
 * Bounds the weights `moments` (sorted by step) hold to `cap` bytes: keeps them only on the moments
 * whose step is a multiple of the least power-of-two stride that fits (and on the newest), so those
 * left are evenly spaced and survive the moments' own thinning; if even step 0 and the newest are
 * over the cap, the older goes, then the newest. Returns the same array when nothing was dropped,
 * else a new one; the moments given are not changed.
 */
export function boundMomentWeights<T extends WeightedMoment>(moments: T[], cap = MOMENT_WEIGHT_BYTES): T[] {
  if (momentWeightBytes(moments) <= cap) return moments;
  const newest = moments.length - 1;
  const lastStep = moments[newest].step;
  const keeps = (i: number, stride: number) => i === newest || moments[i].step % stride === 0;
  const keptBytes = (stride: number) =>
    moments.reduce((sum, m, i) => sum + (keeps(i, stride) ? weightBytes(m.weights) : 0), 0);
  let stride = 2;
  while (keptBytes(stride) > cap && stride <= lastStep) stride *= 2;
  const result = moments.map((m, i) => (m.weights && !keeps(i, stride) ? withoutWeights(m) : m));
  let total = momentWeightBytes(result);
  for (let i = 0; i < result.length && total > cap; i++) {
    total -= weightBytes(result[i].weights);
    if (result[i].weights) result[i] = withoutWeights(result[i]);
  }
  return result;
}

/** The index of the last moment at or before `index` that carries weights; −1 when none does. */
export function weightsAtOrBefore(moments: readonly WeightedMoment[], index: number): number {
  for (let i = Math.min(index, moments.length - 1); i >= 0; i--) if (moments[i].weights) return i;
  return -1;
}
