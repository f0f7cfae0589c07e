/**
 * The operations of the fast engine, one per graph node (a Linear node and the activation it feeds
 * share one, fused): a forward pass from the inputs' buffers into the node's own, and a
 * hand-written backward pass from the node's gradient buffer into its weights' gradients and its
 * inputs' gradient buffers. Buffers are sized once for `capacity` rows, so a step allocates nothing.
 */
import type { ActivationName } from '../../graph/types';
import { activate, activationGradient } from './activations';
import { columnSums, copyInto, multiplyByTransposed, transpose } from './kernels';
import { kernelByInput, kernelByUnit, storeByInput, type Parameter } from './parameter';
import type { MatrixProducts } from './products';

/** One node's output and the gradient of the loss with respect to it, capacity × width, row-major. */
export interface NodeBuffers {
  id: string;
  width: number;
  /** The node's output (the Input node's points at the rows of the current batch). */
  out: Float32Array;
  /** ∂loss/∂out; written only when gradient flows through the node (needsGrad). */
  grad: Float32Array;
  /** Whether the loss depends on this node's output through trainable weights upstream of it. */
  needsGrad: boolean;
}

/** Where an operation sends gradient: each input that needs it, and whether to add to what is there (fan-out). */
export interface InputLink {
  node: NodeBuffers;
  accumulate: boolean;
}

/** One step of the forward and backward pass. */
export interface Op {
  /** The node whose output the forward pass writes (for a fused Linear, the activation's). */
  readonly output: NodeBuffers;
  /** Grows scratch buffers to hold `capacity` rows. */
  resize(capacity: number): void;
  forward(rows: number): void;
  backward(rows: number): void;
}

/** L1/L2 factors of a Linear kernel (the node's own plus the global ones). */
export interface Penalty {
  l1: number;
  l2: number;
}

/**
 * Linear, optionally fused with the element-wise activation it alone feeds: z = x·W + b in the
 * product's inner loop, then y = f(z) while the rows are still in cache. Backward: dz = dy ⊙ f′,
 * ∂W = xᵀ·dz (+ λ₁·sign W + 2λ₂·W), ∂b = Σ_rows dz, ∂x = dz·Wᵀ where x needs it.
 */
export class DenseOp implements Op {
  private inputT = new Float32Array(0);
  private gradT = new Float32Array(0);
  penalty: Penalty = { l1: 0, l2: 0 };
  /** Where products too large for the engine's own loops go (null: all in JavaScript); set by useProducts. */
  private products: MatrixProducts | null = null;

  constructor(
    private readonly input: InputLink,
    private readonly z: NodeBuffers,
    private readonly kernel: Parameter,
    private readonly bias: Parameter | null,
    private readonly fused: { node: NodeBuffers; activation: ActivationName; alpha: number } | null,
  ) {}

  get output(): NodeBuffers {
    return this.fused?.node ?? this.z;
  }

  /**
   * Sends large products to `products`, and stores the kernel by input when every product of this
   * layer goes there (one row already reaches the threshold): z = x·W then reads the values as they
   * are, and ∂W = xᵀ·dz comes out in the same layout, so no step transposes the weights. Call
   * before training starts: the optimizer's state follows the layout.
   */
  useProducts(products: MatrixProducts | null): void {
    this.products = products;
    storeByInput(this.kernel, products !== null && products.worth(this.input.node.width * this.z.width));
  }

  /** λ₁·Σ|W| + λ₂·ΣW² of this kernel (Keras's convention, no ½). */
  penaltyValue(): number {
    const { l1, l2 } = this.penalty;
    if (l1 === 0 && l2 === 0) return 0;
    const w = this.kernel.values;
    let absolute = 0;
    let squares = 0;
    for (let i = 0; i < w.length; i++) {
      absolute += Math.abs(w[i]);
      squares += w[i] * w[i];
    }
    return l1 * absolute + l2 * squares;
  }

  resize(capacity: number): void {
    this.inputT = new Float32Array(capacity * this.input.node.width);
    this.gradT = new Float32Array(capacity * this.z.width);
  }

  /** The products go to `products` when one of them (all have rows × inputs × units multiply-adds) is worth it. */
  private offload(rows: number): MatrixProducts | null {
    const products = this.products;
    return products !== null && products.worth(rows * this.input.node.width * this.z.width) ? products : null;
  }

  forward(rows: number): void {
    const units = this.z.width;
    const inputs = this.input.node.width;
    const products = this.offload(rows);
    // z = x·W + b: a plain product with W by input on the kernel, x·(W by unit)ᵀ in JavaScript.
    if (products)
      products.multiply(
        this.input.node.out,
        rows,
        inputs,
        kernelByInput(this.kernel),
        units,
        this.z.out,
        this.bias?.values ?? null,
        false,
      );
    else
      multiplyByTransposed(
        this.input.node.out,
        rows,
        kernelByUnit(this.kernel),
        units,
        inputs,
        this.z.out,
        this.bias?.values ?? null,
        false,
      );
    if (this.fused) activate(this.fused.activation, this.fused.alpha, this.z.out, this.fused.node.out, rows, units);
  }

  backward(rows: number): void {
    const units = this.z.width;
    const inputs = this.input.node.width;
    const dz = this.z.grad;
    if (this.fused)
      activationGradient(
        this.fused.activation,
        this.fused.alpha,
        this.z.out,
        this.fused.node.out,
        this.fused.node.grad,
        dz,
        rows,
        units,
      );
    this.weightGradient(rows, units, inputs, dz);
    if (this.bias) columnSums(dz, rows, units, this.bias.grad);
    const { l1, l2 } = this.penalty;
    if (l1 !== 0 || l2 !== 0) {
      const w = this.kernel.values;
      const kernelGrad = this.kernel.grad;
      // tfjs differentiates |w| as +1 for w > 0 and −1 otherwise (step(w, −1)).
      for (let i = 0; i < w.length; i++) kernelGrad[i] += (w[i] > 0 ? l1 : -l1) + 2 * l2 * w[i];
    }
    if (!this.input.node.needsGrad) return;
    // ∂x = dz · Wᵀ: W by unit is Wᵀ for the kernel; W by input is (Wᵀ)ᵀ for the engine's loops.
    const products = this.offload(rows);
    if (products)
      products.multiply(
        dz,
        rows,
        units,
        kernelByUnit(this.kernel),
        inputs,
        this.input.node.grad,
        null,
        this.input.accumulate,
      );
    else
      multiplyByTransposed(
        dz,
        rows,
        kernelByInput(this.kernel),
        inputs,
        units,
        this.input.node.grad,
        null,
        this.input.accumulate,
      );
  }

  /** ∂W in the kernel's layout: by input xᵀ·dz (inputs × units), by unit dzᵀ·x (units × inputs); each a plain product. */
  private weightGradient(rows: number, units: number, inputs: number, dz: Float32Array): void {
    const x = this.input.node.out;
    const grad = this.kernel.grad;
    const products = this.offload(rows);
    if (this.kernel.byInput) {
      transpose(x, rows, inputs, this.inputT);
      if (products) {
        products.multiply(this.inputT, inputs, rows, dz, units, grad, null, false);
      } else {
        transpose(dz, rows, units, this.gradT);
        multiplyByTransposed(this.inputT, inputs, this.gradT, units, rows, grad, null, false);
      }
      return;
    }
    transpose(dz, rows, units, this.gradT);
    if (products) {
      products.multiply(this.gradT, units, rows, x, inputs, grad, null, false);
    } else {
      transpose(x, rows, inputs, this.inputT);
      multiplyByTransposed(this.gradT, units, this.inputT, inputs, rows, grad, null, false);
    }
  }
}

/** An activation on its own (not fused into a Linear): y = f(z); backward dz = dy ⊙ f′(z). */
export class ActivationOp implements Op {
  private scratch = new Float32Array(0);

  constructor(
    private readonly input: InputLink,
    readonly output: NodeBuffers,
    private readonly activation: ActivationName,
    private readonly alpha: number,
  ) {}

  resize(capacity: number): void {
    if (this.input.accumulate) this.scratch = new Float32Array(capacity * this.output.width);
  }

  forward(rows: number): void {
    activate(this.activation, this.alpha, this.input.node.out, this.output.out, rows, this.output.width);
  }

  backward(rows: number): void {
    const { node, accumulate } = this.input;
    if (!node.needsGrad) return;
    const target = accumulate ? this.scratch : node.grad;
    activationGradient(
      this.activation,
      this.alpha,
      node.out,
      this.output.out,
      this.output.grad,
      target,
      rows,
      this.output.width,
    );
    if (accumulate) copyInto(this.scratch, node.grad, rows * this.output.width, true);
  }
}

/** Add: the element-wise sum of its inputs; each input receives the output's gradient unchanged. */
export class AddOp implements Op {
  constructor(
    private readonly inputs: InputLink[],
    readonly output: NodeBuffers,
  ) {}

  resize(): void {}

  forward(rows: number): void {
    const count = rows * this.output.width;
    const out = this.output.out;
    copyInto(this.inputs[0].node.out, out, count, false);
    for (let i = 1; i < this.inputs.length; i++) copyInto(this.inputs[i].node.out, out, count, true);
  }

  backward(rows: number): void {
    const count = rows * this.output.width;
    for (const { node, accumulate } of this.inputs)
      if (node.needsGrad) copyInto(this.output.grad, node.grad, count, accumulate);
  }
}

/** Concat: its inputs side by side in edge order; each input receives its own columns of the gradient. */
export class ConcatOp implements Op {
  constructor(
    private readonly inputs: InputLink[],
    readonly output: NodeBuffers,
  ) {}

  resize(): void {}

  forward(rows: number): void {
    const width = this.output.width;
    const out = this.output.out;
    let offset = 0;
    for (const { node } of this.inputs) {
      const w = node.width;
      const source = node.out;
      for (let r = 0; r < rows; r++) {
        const s = r * w;
        const t = r * width + offset;
        for (let c = 0; c < w; c++) out[t + c] = source[s + c];
      }
      offset += w;
    }
  }

  backward(rows: number): void {
    const width = this.output.width;
    const grad = this.output.grad;
    let offset = 0;
    for (const { node, accumulate } of this.inputs) {
      const w = node.width;
      if (node.needsGrad) {
        const target = node.grad;
        for (let r = 0; r < rows; r++) {
          const s = r * width + offset;
          const t = r * w;
          for (let c = 0; c < w; c++) target[t + c] = accumulate ? target[t + c] + grad[s + c] : grad[s + c];
        }
      }
      offset += w;
    }
  }
}
