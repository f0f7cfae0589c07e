import { base64Problem, base64ToBytes, bytesToBase64 } from './base64';
import { formatError, showValue } from './errors';
import type { StoredWeight } from './types';

/** One weight tensor in memory: the float32 values of a graph node's tfjs weight, row-major. */
export interface WeightValues {
  nodeId: string;
  name: string;
  shape: number[];
  values: Float32Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Encodes float32 values as base64 of their little-endian bytes. Bits are copied, never read as
 * numbers, so NaN payloads, -0, subnormals and ±Infinity survive exactly.
 */
export function encodeFloat32(values: Float32Array): string {
  if (LITTLE_ENDIAN) return bytesToBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  for (let i = 0; i < bits.length; i++) view.setUint32(i * 4, bits[i], true);
  return bytesToBase64(bytes);
}

/**
 * Decodes base64 of little-endian float32 bytes back into a new Float32Array, bit for bit; throws
 * ProjectFormatError (at `path`) when the text is not base64 or not a whole number of floats.
 */
export function decodeFloat32(text: string, path = 'data'): Float32Array {
  const problem = base64Problem(text);
  if (problem !== null) {
    throw formatError(
      path,
      text,
      `${path} is ${showValue(text)}, which is not base64: ${problem}. Save the trained state again or remove it.`,
    );
  }
  const bytes = base64ToBytes(text);
  if (bytes.length % 4 !== 0) {
    throw formatError(
      path,
      text,
      `${path} is ${showValue(text)}, which decodes to ${bytes.length} bytes, not a whole number of 4-byte ` +
        `float32 values. Save the trained state again or remove it.`,
    );
  }
  if (LITTLE_ENDIAN) return new Float32Array(bytes.buffer, 0, bytes.length / 4);
  const bits = new Uint32Array(bytes.length / 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < bits.length; i++) bits[i] = view.getUint32(i * 4, true);
  return new Float32Array(bits.buffer);
}

function elementCount(shape: number[]): number {
  return shape.reduce((product, dim) => product * dim, 1);
}

/** Encodes weight tensors for a project's state; throws an Error when values do not fill their shape. */
export function storeWeights(weights: readonly WeightValues[]): StoredWeight[] {
  return weights.map(({ nodeId, name, shape, values }) => {
    const expected = elementCount(shape);
    if (values.length !== expected) {
      throw new Error(
        `Weight "${name}" of node "${nodeId}" has ${values.length} values but its shape [${shape.join(', ')}] ` +
          `needs ${expected}; pass the tensor's full data.`,
      );
    }
    return { nodeId, name, shape: [...shape], data: encodeFloat32(values) };
  });
}

/**
 * Decodes a project's stored weights into tensors' values; throws ProjectFormatError on bad data or a length that
 * does not fill the shape.
 */
export function loadWeights(stored: readonly StoredWeight[]): WeightValues[] {
  return stored.map(({ nodeId, name, shape, data }, index) => {
    const path = `state.weights[${index}].data`;
    const values = decodeFloat32(data, path);
    const expected = elementCount(shape);
    if (values.length !== expected) {
      throw formatError(
        path,
        data,
        `${path} holds ${values.length} float32 values but shape [${shape.join(', ')}] needs ${expected}. Save ` +
          `the trained state again or remove it.`,
      );
    }
    return { nodeId, name, shape: [...shape], values };
  });
}
