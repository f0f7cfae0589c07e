/**
 * Same starting point for side-by-side runs: each weight of a run whose node id, weight name and
 * shape match run A's starts from A's values; the rest keep their own seeded draw, with the reason.
 */
import type { WeightValues } from '../../src/project/index';
import type { InitialWeight } from '../store/comparison';

/** A run's weights with A's values put in where they fit, and per weight whether they did and why not. */
export interface SharedStart {
  weights: WeightValues[];
  shared: Map<string, string | null>;
}

const keyOf = (w: Pick<WeightValues, 'nodeId' | 'name'>) => `${w.nodeId}/${w.name}`;
const shapeText = (shape: readonly number[]) => (shape.length === 0 ? 'a scalar' : shape.join('×'));

/**
 * Puts run A's initial values into `own` wherever node id, weight name and shape match (copies,
 * never A's arrays); `shared` maps each weight to null when it now starts from A's values, else to
 * the reason it could not.
 */
export function shareInitialWeights(
  reference: readonly WeightValues[],
  own: readonly WeightValues[],
  referenceName = 'A',
): SharedStart {
  const byKey = new Map(reference.map((w) => [keyOf(w), w]));
  const shared = new Map<string, string | null>();
  const weights = own.map((w) => {
    const ref = byKey.get(keyOf(w));
    if (!ref) {
      shared.set(keyOf(w), `run ${referenceName} has no ${w.name} for node "${w.nodeId}"`);
      return w;
    }
    if (ref.shape.length !== w.shape.length || ref.shape.some((d, i) => d !== w.shape[i])) {
      shared.set(keyOf(w), `its ${w.name} is ${shapeText(w.shape)}, run ${referenceName}'s is ${shapeText(ref.shape)}`);
      return w;
    }
    shared.set(keyOf(w), null);
    return { ...w, values: ref.values.slice() };
  });
  return { weights, shared };
}

/** FNV-1a over the float32 bits of `values`, as 8 hex digits: equal for bit-identical arrays. */
export function weightChecksum(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The initial-weight report of a run from the weights read back from its engine and the sharing decisions (absent for run A). */
export function describeInitialWeights(
  readBack: readonly WeightValues[],
  shared: Map<string, string | null> | null,
  nodeNames: Map<string, string>,
): InitialWeight[] {
  return readBack.map((w) => {
    const reason = !shared
      ? null
      : shared.has(keyOf(w))
        ? (shared.get(keyOf(w)) as string | null)
        : 'it was not part of the sharing';
    return {
      nodeId: w.nodeId,
      nodeName: nodeNames.get(w.nodeId) ?? w.nodeId,
      name: w.name,
      shape: [...w.shape],
      shared: shared !== null && reason === null,
      reason,
      checksum: weightChecksum(w.values),
    };
  });
}
