/**
 * The weights a moment of the run carries (moments.ts), so the weight views can replay a run as the
 * boundary does. Their memory is bounded by bytes, not by count: a small network keeps its weights on
 * every moment, a large one on fewer, thinned evenly. Over MOMENT_WEIGHT_BYTES, every other payload
 * (counted from the oldest, never the newest) is dropped until the rest fit; the moment itself stays,
 * and a view pinned there shows the nearest earlier weights (weightsAtOrBefore).
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
 * Bounds the weights `moments` hold to `cap` bytes: while over, drops every other payload from the
 * oldest on (the first kept, the newest never dropped unless it alone is over the cap). Returns the
 * same array when nothing was dropped, else a new one; the moments given are not changed.
 */
export function boundMomentWeights<T extends WeightedMoment>(moments: T[], cap = MOMENT_WEIGHT_BYTES): T[] {
  let total = momentWeightBytes(moments);
  if (total <= cap) return moments;
  const result = [...moments];
  while (total > cap) {
    const carriers = result.map((m, i) => (m.weights ? i : -1)).filter((i) => i >= 0);
    const newest = carriers.at(-1) as number;
    const odd = carriers.filter((i, k) => k % 2 === 1 && i !== newest);
    // Two payloads drop the older; one payload (the newest) too large for the cap alone is dropped too.
    const dropped = odd.length > 0 ? odd : carriers.slice(0, 1);
    for (const i of dropped) {
      total -= weightBytes(result[i].weights);
      result[i] = withoutWeights(result[i]);
    }
  }
  return result;
}

/** The index of the last moment at or before `index` that carries weights; −1 when none does. */
export function weightsAtOrBefore(moments: readonly WeightedMoment[], index: number): number {
  for (let i = Math.min(index, moments.length - 1); i >= 0; i--) if (moments[i].weights) return i;
  return -1;
}
