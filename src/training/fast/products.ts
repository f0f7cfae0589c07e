/**
 * Large matrix products of the fast engine on tfjs-wasm's matMul kernel (XNNPACK, SIMD). Plain
 * JavaScript reaches about 1.4 G multiply-adds per second; the WASM kernel several times that, so a
 * Linear layer as wide as MNIST's first one (784 × 128) trains 4-6× faster with its three products
 * there, while everything else of a step (activations, loss, checks, statistics, the update) stays
 * in the engine's own loops. Every product is handed over as a plain A·B: tfjs-wasm runs products
 * with transpose flags on a much slower path, so operands are transposed on the JavaScript side.
 */
import * as tf from '../tf';

/** Computes C = A·B (+ bias per column) for row-major Float32Arrays, or adds A·B to C. */
export interface MatrixProducts {
  /** Where the products run, for the engine's report. */
  readonly name: 'wasm';
  /** Whether a product of this many multiply-adds is worth the kernel's fixed cost (copies, dispatch). */
  worth(multiplyAdds: number): boolean;
  /** C (m × n) = A (m × depth) · B (depth × n) + bias; with `accumulate` the product is added to C (bias must then be null). */
  multiply(
    a: Float32Array,
    m: number,
    depth: number,
    b: Float32Array,
    n: number,
    c: Float32Array,
    bias: Float32Array | null,
    accumulate: boolean,
  ): void;
}

/**
 * Below this many multiply-adds a product stays in JavaScript: a kernel call costs about 10-30 µs
 * of copies in and out, operator set-up and dispatch here, which the engine's own loops spend on
 * ~30-50 k.
 * Measured on W4's shapes and on W3's (16 × 16 × 32 = 8 k, which stays in JavaScript).
 */
export const WASM_FROM_MULTIPLY_ADDS = 65_536;

/**
 * The wasm backend as the products use it: its heap, where a tensor's bytes start, and its own
 * storage (write, disposeData), so that a product's operands need no tfjs tensors (whose tracking
 * costs ~10 µs a product here, as much as the arithmetic of a small one).
 */
interface WasmHeapBackend {
  wasm: { HEAPF32: Float32Array };
  getMemoryOffset(dataId: object): number;
  write(values: Float32Array, shape: number[], dtype: 'float32'): object;
  disposeData(dataId: object, force?: boolean): boolean;
}

/** What a kernel function receives for a tensor: its data in the backend, shape and type. */
interface KernelInput {
  dataId: object;
  shape: number[];
  dtype: 'float32';
}

function heapBackend(): WasmHeapBackend | null {
  const backend = tf.backend() as unknown as Partial<WasmHeapBackend>;
  const ready =
    typeof backend.getMemoryOffset === 'function' &&
    typeof backend.write === 'function' &&
    typeof backend.disposeData === 'function';
  return tf.getBackend() === 'wasm' && ready && backend.wasm?.HEAPF32 ? (backend as WasmHeapBackend) : null;
}

/** Copies a result out of the WASM heap without allocating (dataSync would copy into a new array on every call). */
function readInto(backend: WasmHeapBackend, result: object, c: Float32Array, count: number, accumulate: boolean): void {
  // The heap view is fetched after the kernel ran: a grown memory replaces it.
  const start = backend.getMemoryOffset(result) / 4;
  const heap = backend.wasm.HEAPF32;
  if (!accumulate) {
    c.set(heap.subarray(start, start + count));
    return;
  }
  for (let i = 0; i < count; i++) c[i] += heap[start + i];
}

/** Puts `values` in the backend's storage as a kernel input of `shape`. */
function input(backend: WasmHeapBackend, values: Float32Array, shape: number[]): KernelInput {
  return { dataId: backend.write(values, shape, 'float32'), shape, dtype: 'float32' };
}

/**
 * The products on tfjs's wasm backend for products of at least `from` multiply-adds (tests pass 0
 * to send every one), or null when another backend is active: a GPU round trip per product would
 * cost more than it saves. Each product calls the backend's fused matMul kernel (registered by
 * tfjs-backend-wasm as _FusedMatMul: XNNPACK's fully connected operator, bias added in its output
 * loop) with operands written straight into the backend's storage, as tf.fused.matMul would after
 * reshaping them to one batch, and frees them before returning.
 */
export function wasmProducts(from = WASM_FROM_MULTIPLY_ADDS): MatrixProducts | null {
  if (!heapBackend()) return null;
  const kernel = tf.getKernel('_FusedMatMul', 'wasm');
  if (!kernel) return null;
  const attrs = { transposeA: false, transposeB: false, activation: 'linear', leakyreluAlpha: 0 };
  return {
    name: 'wasm',
    worth: (multiplyAdds) => multiplyAdds >= from,
    multiply(a, m, depth, b, n, c, bias, accumulate) {
      const backend = heapBackend();
      if (!backend)
        throw new Error(
          `The fast engine's large products need the wasm backend, but tfjs now runs on ${tf.getBackend()}. ` +
            `Rebuild the network to train on this backend.`,
        );
      // Checked before anything is stored: the backend registers an operand before copying it in.
      if (a.length < m * depth || b.length < depth * n || c.length < m * n || (bias !== null && bias.length < n)) {
        throw new RangeError(
          `A ${m} × ${depth} by ${depth} × ${n} product got operands of ${a.length} and ${b.length} values, a ` +
            `bias of ${bias?.length ?? 0} and room for ${c.length}; the engine's buffers are smaller than its layers.`,
        );
      }
      const inputs: KernelInput[] = [];
      let product: KernelInput | null = null;
      try {
        const left = input(backend, a.subarray(0, m * depth), [1, m, depth]);
        inputs.push(left);
        const right = input(backend, b.subarray(0, depth * n), [1, depth, n]);
        inputs.push(right);
        const shift = bias === null ? undefined : input(backend, bias.subarray(0, n), [n]);
        if (shift) inputs.push(shift);
        product = kernel.kernelFunc({
          inputs: { a: left, b: right, bias: shift },
          backend: backend as unknown as tf.KernelBackend,
          attrs,
        }) as KernelInput;
        readInto(backend, product.dataId, c, m * n, accumulate);
      } finally {
        for (const used of inputs) backend.disposeData(used.dataId, true);
        if (product) backend.disposeData(product.dataId, true);
      }
    },
  };
}
