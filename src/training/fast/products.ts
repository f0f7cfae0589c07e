/**
 * Large matrix products of the fast engine on tfjs-wasm's matMul kernel (XNNPACK, SIMD). Plain
 * JavaScript reaches about 1.4 G multiply-adds per second; the WASM kernel several times that, so a
 * Linear layer as wide as MNIST's first one (784 × 128) trains 4-6× faster with its three products
 * there, while everything else of a step (activations, loss, checks, statistics, the update) stays
 * in the engine's own loops. Every product is handed over as a plain A·B: tfjs-wasm runs products
 * with transpose flags on a much slower path, so operands are transposed on the JavaScript side.
 */
import * as tf from '@tensorflow/tfjs';

/** Computes C = A·B (+ bias per column) for row-major Float32Arrays, or adds A·B to C. */
export interface MatrixProducts {
  /** Where the products run, for the engine's report. */
  readonly name: 'wasm';
  /** Whether a product of this many multiply-adds is worth the kernel's fixed cost (copies, dispatch). */
  worth(multiplyAdds: number): boolean;
  /** C (m × n) = A (m × depth) · B (depth × n) + bias; with `accumulate` the product is added to C (bias must then be null). */
  multiply(a: Float32Array, m: number, depth: number, b: Float32Array, n: number, c: Float32Array, bias: Float32Array | null, accumulate: boolean): void;
}

/**
 * Below this many multiply-adds a product stays in JavaScript: a kernel call costs about 20-40 µs
 * of tensor creation, copies and dispatch here, which the engine's own loops spend on ~50 k.
 * Measured on W4's shapes and on W3's (16 × 16 × 32 = 8 k, which stays in JavaScript).
 */
export const WASM_FROM_MULTIPLY_ADDS = 65_536;

/** The wasm backend's view of its heap: a tensor's bytes start at getMemoryOffset(dataId). */
interface WasmHeapBackend {
  wasm: { HEAPF32: Float32Array };
  getMemoryOffset(dataId: object): number;
}

function heapBackend(): WasmHeapBackend | null {
  const backend = tf.backend() as unknown as Partial<WasmHeapBackend>;
  return tf.getBackend() === 'wasm' && typeof backend.getMemoryOffset === 'function' && backend.wasm?.HEAPF32 ? (backend as WasmHeapBackend) : null;
}

/** Copies a result out of the WASM heap without allocating (dataSync would copy into a new array on every call). */
function readInto(backend: WasmHeapBackend, result: tf.Tensor, c: Float32Array, count: number, accumulate: boolean): void {
  // The heap view is fetched after the kernel ran: a grown memory replaces it.
  const start = backend.getMemoryOffset(result.dataId) / 4;
  const heap = backend.wasm.HEAPF32;
  if (!accumulate) {
    c.set(heap.subarray(start, start + count));
    return;
  }
  for (let i = 0; i < count; i++) c[i] += heap[start + i];
}

/**
 * The products on tfjs's wasm backend for products of at least `from` multiply-adds (tests pass 0
 * to send every one), or null when another backend is active: a GPU round trip per product would
 * cost more than it saves.
 */
export function wasmProducts(from = WASM_FROM_MULTIPLY_ADDS): MatrixProducts | null {
  if (!heapBackend()) return null;
  return {
    name: 'wasm',
    worth: (multiplyAdds) => multiplyAdds >= from,
    multiply(a, m, depth, b, n, c, bias, accumulate) {
      const backend = heapBackend();
      if (!backend) throw new Error(`The fast engine's large products need the wasm backend, but tfjs now runs on ${tf.getBackend()}. Rebuild the network to train on this backend.`);
      const left = tf.tensor2d(a.subarray(0, m * depth), [m, depth]);
      const right = tf.tensor2d(b.subarray(0, depth * n), [depth, n]);
      const shift = bias === null ? null : tf.tensor1d(bias.subarray(0, n));
      const product = shift === null ? tf.matMul(left, right) : tf.fused.matMul({ a: left, b: right, bias: shift });
      try {
        readInto(backend, product, c, m * n, accumulate);
      } finally {
        tf.dispose([left, right, product]);
        if (shift) shift.dispose();
      }
    },
  };
}
