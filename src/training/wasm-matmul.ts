/**
 * tfjs-wasm runs a matMul with a transpose flag outside XNNPACK, in a plain blocked loop about 7×
 * slower (4.22's batch_mat_mul_impl.cc sends only flag-free, single-batch products to XNNPACK), and
 * tfjs's own gradients of matMul and of the fused Dense product pass those flags: the tfjs engine
 * trained an MNIST-sized network at 25-28 steps/s on WASM where a loop that transposes first reached
 * 160-200. This swaps the wasm backend's BatchMatMul kernel for one that transposes each flagged
 * operand with the backend's own Transpose kernel and calls the original without flags. Every op,
 * gradient and optimizer on that backend then takes the fast path; the values are those of the
 * same product summed in XNNPACK's order.
 */
import * as tf from './tf';

/** A tensor as kernels see it. */
interface KernelTensor {
  dataId: object;
  shape: number[];
  dtype: tf.DataType;
}

interface KernelArgs {
  inputs: { a: KernelTensor; b: KernelTensor };
  backend: { disposeData(dataId: object): boolean };
  attrs: { transposeA: boolean; transposeB: boolean };
}

const KERNEL = 'BatchMatMul';
const BACKEND = 'wasm';

/** The kernel this replaced, while the replacement is installed. */
let original: tf.KernelConfig | null = null;

/** The permutation that swaps the last two axes of a tensor of `rank` axes. */
function swapLastTwo(rank: number): number[] {
  const perm = Array.from({ length: rank }, (_, i) => i);
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return perm;
}

function flagFree(replaced: tf.KernelConfig, transpose: tf.KernelConfig): tf.KernelFunc {
  return (args) => {
    const { inputs, backend, attrs } = args as unknown as KernelArgs;
    if (!attrs.transposeA && !attrs.transposeB) return replaced.kernelFunc(args);
    const made: KernelTensor[] = [];
    const upright = (t: KernelTensor, flagged: boolean): KernelTensor => {
      if (!flagged) return t;
      const swapped = transpose.kernelFunc({
        inputs: { x: t } as unknown as tf.NamedTensorInfoMap,
        backend: args.backend,
        attrs: { perm: swapLastTwo(t.shape.length) },
      }) as unknown as KernelTensor;
      made.push(swapped);
      return swapped;
    };
    try {
      const a = upright(inputs.a, attrs.transposeA);
      const b = upright(inputs.b, attrs.transposeB);
      return replaced.kernelFunc({
        ...args,
        inputs: { a, b } as unknown as tf.NamedTensorInfoMap,
        attrs: { ...args.attrs, transposeA: false, transposeB: false },
      });
    } finally {
      for (const t of made) backend.disposeData(t.dataId);
    }
  };
}

/**
 * Installs the flag-free BatchMatMul on the wasm backend (once; later calls do nothing). Returns
 * whether it is in place: false when tfjs-wasm (or its Transpose kernel) is not registered.
 */
export function useFlagFreeMatMulOnWasm(): boolean {
  if (original) return true;
  const current = tf.getKernel(KERNEL, BACKEND);
  const transpose = tf.getKernel('Transpose', BACKEND);
  if (!current || !transpose) return false;
  original = current;
  tf.unregisterKernel(KERNEL, BACKEND);
  tf.registerKernel({ ...current, kernelFunc: flagFree(current, transpose) });
  return true;
}

/** Whether the flag-free BatchMatMul is the wasm backend's now. */
export function flagFreeMatMulInstalled(): boolean {
  return original !== null;
}

/** Puts tfjs-wasm's own BatchMatMul back (for measurements of plain tfjs and for tests). */
export function restoreWasmMatMul(): void {
  if (!original) return;
  tf.unregisterKernel(KERNEL, BACKEND);
  tf.registerKernel(original);
  original = null;
}
