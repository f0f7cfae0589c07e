/**
 * A trainable weight of the fast engine and the two layouts of a Linear kernel. The engine's own
 * loops want the kernel by unit (units × inputs: each unit's weights in one row); tfjs-wasm's matMul
 * kernel, which only runs untransposed operands at full speed, wants it by input (inputs × units,
 * tfjs's layout) for z = x·W and by unit for ∂x = dz·Wᵀ. A kernel is stored in the layout its own
 * step needs most and keeps the other as a mirror that is rebuilt only when something reads it
 * after the weights changed, so an MNIST-wide first layer never transposes its 100 k weights.
 */
import { transpose } from './kernels';

/** A trainable weight: values and gradient in one layout (see `byInput`), `shape` in tfjs's. */
export interface Parameter {
  nodeId: string;
  name: string;
  shape: number[];
  /** Kernels: units × inputs, or inputs × units when `byInput`; biases: one value per unit. */
  values: Float32Array;
  /** ∂loss/∂values, in the same layout as `values` (the optimizer works element by element). */
  grad: Float32Array;
  /** Kernels only: whether values and grad are by input (tfjs's layout, inputs × units) rather than by unit. */
  byInput: boolean;
  /** Kernels only: the values in the other layout; current only while `mirrorCurrent`. */
  mirror: Float32Array | null;
  /** Whether `mirror` holds the current values; every change of `values` must clear it (`weightsChanged`). */
  mirrorCurrent: boolean;
}

/** A parameter of tfjs shape `shape`, zero, by unit (a kernel is one of rank 2). */
export function createParameter(nodeId: string, name: string, shape: number[]): Parameter {
  const size = shape.reduce((a, b) => a * b, 1);
  const kernel = shape.length === 2;
  return {
    nodeId,
    name,
    shape,
    values: new Float32Array(size),
    grad: new Float32Array(size),
    byInput: false,
    mirror: kernel ? new Float32Array(size) : null,
    mirrorCurrent: false,
  };
}

/** Rows of the stored layout: inputs when stored by input, units when by unit. */
function storedRows(p: Parameter): number {
  return p.byInput ? p.shape[0] : p.shape[1];
}

/** The mirror, rebuilt from the values if they changed since it was last built. */
function currentMirror(p: Parameter): Float32Array {
  const mirror = p.mirror as Float32Array;
  if (!p.mirrorCurrent) {
    const rows = storedRows(p);
    transpose(p.values, rows, p.values.length / rows, mirror);
    p.mirrorCurrent = true;
  }
  return mirror;
}

/** The kernel by unit (units × inputs), current. */
export function kernelByUnit(p: Parameter): Float32Array {
  return p.byInput ? currentMirror(p) : p.values;
}

/** The kernel by input (inputs × units, tfjs's layout), current. */
export function kernelByInput(p: Parameter): Float32Array {
  return p.byInput ? p.values : currentMirror(p);
}

/** Sets the values from tfjs's layout (a kernel inputs × units); the mirror is rebuilt when read. */
export function writeTfjsLayout(p: Parameter, values: Float32Array): void {
  if (p.mirror && !p.byInput) transpose(values, p.shape[0], p.shape[1], p.values);
  else p.values.set(values);
  p.mirrorCurrent = false;
}

/** Turns `values` (any layout, as `p` stores them) into tfjs's layout, in `target`. */
export function toTfjsLayout(p: Parameter, values: Float32Array, target: Float32Array): Float32Array {
  if (p.mirror && !p.byInput) transpose(values, p.shape[1], p.shape[0], target);
  else target.set(values);
  return target;
}

/**
 * Stores the kernel by input (true) or by unit (false), keeping its values; the gradient is left
 * as garbage until the next backward pass. Only before training: an optimizer's state is laid out
 * like the values it was created for.
 */
export function storeByInput(p: Parameter, byInput: boolean): void {
  if (!p.mirror || p.byInput === byInput) return;
  const other = currentMirror(p);
  p.mirror = p.values;
  p.values = other;
  p.byInput = byInput;
}
