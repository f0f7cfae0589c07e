import type { InitialWeights, NetworkSpec } from './network';
import { activate, multiplyByDerivative, multiplyTransposed, softmaxRows, transposeInto } from './reference-kernels';

/** The clip tfjs applies to probabilities before taking logarithms in its cross-entropy losses. */
const PROBABILITY_EPSILON = 1e-7;

/**
 * A hand-written MLP on Float32Arrays: forward pass, backpropagation and plain SGD, with every
 * buffer allocated once in the constructor so that a training step allocates nothing. It is the
 * speed yardstick of the benchmark and, because it shares no code with tfjs, its correctness
 * oracle too.
 */
export class ReferenceMlp {
  /** kernels[l] is W (in × out) and kernelsT[l] is Wᵀ (out × in); both are kept, so every product reads contiguous rows. */
  readonly kernels: Float32Array[];
  private readonly kernelsT: Float32Array[];
  readonly biases: Float32Array[];
  /** outputs[l]: activations of layer l for the current batch (rows × out). */
  private readonly outputs: Float32Array[];
  /** deltas[l]: ∂loss/∂z of layer l, z its pre-activation (rows × out), and its transpose. */
  private readonly deltas: Float32Array[];
  private readonly deltasT: Float32Array[];
  /** inputsT[l]: the transposed input of layer l (in × rows). */
  private readonly inputsT: Float32Array[];
  private readonly gradKernelsT: Float32Array[];
  private readonly sizes: number[];
  private readonly last: number;

  /** Copies the starting weights and allocates buffers for batches of up to maxBatch rows. */
  constructor(
    private readonly spec: NetworkSpec,
    weights: InitialWeights,
    readonly maxBatch: number,
    public learningRate: number,
  ) {
    const sizes = spec.sizes;
    this.sizes = sizes;
    this.last = sizes.length - 2;
    this.kernels = weights.kernels.map((k) => Float32Array.from(k));
    this.kernelsT = this.kernels.map((k, l) => {
      const t = new Float32Array(k.length);
      transposeInto(k, 0, sizes[l], sizes[l + 1], t);
      return t;
    });
    this.biases = weights.biases.map((b) => Float32Array.from(b));
    const outWidths = sizes.slice(1);
    this.outputs = outWidths.map((w) => new Float32Array(maxBatch * w));
    this.deltas = outWidths.map((w) => new Float32Array(maxBatch * w));
    this.deltasT = outWidths.map((w) => new Float32Array(maxBatch * w));
    this.inputsT = sizes.slice(0, -1).map((w) => new Float32Array(maxBatch * w));
    this.gradKernelsT = this.kernels.map((k) => new Float32Array(k.length));
  }

  /** Runs the batch x[row .. row+rows) forward; the probabilities are left in the last output buffer. */
  forward(x: Float32Array, row: number, rows: number): void {
    for (let l = 0; l <= this.last; l++) {
      const out = this.outputs[l];
      const outW = this.sizes[l + 1];
      const input = l === 0 ? x : this.outputs[l - 1];
      multiplyTransposed(input, l === 0 ? row : 0, rows, this.kernelsT[l], outW, this.sizes[l], out, this.biases[l]);
      if (l < this.last) activate(out, rows * outW, this.spec.hidden);
      else if (this.spec.output === 'softmax') softmaxRows(out, rows, outW);
      else activate(out, rows * outW, 'sigmoid');
    }
  }

  /**
   * One SGD step on the batch x[row .. row+rows) with targets y: forward, then backward from
   * ∂loss/∂z = (p − y) / rows at the output (sigmoid + BCE and softmax + CCE share it, the loss
   * being a batch mean): δ_{l−1} = (δ_l · Wᵀ) ⊙ f'(a_{l−1}), then W ← W − lr · aᵀδ and
   * b ← b − lr · Σ_rows δ, layer by layer.
   */
  step(x: Float32Array, y: Float32Array, row: number, rows: number): void {
    this.forward(x, row, rows);
    const outW = this.sizes[this.last + 1];
    const p = this.outputs[this.last];
    const delta = this.deltas[this.last];
    const yOffset = row * outW;
    for (let i = 0; i < rows * outW; i++) delta[i] = (p[i] - y[yOffset + i]) / rows;
    for (let l = this.last; l >= 0; l--) this.backwardLayer(l, x, row, rows);
  }

  private backwardLayer(l: number, x: Float32Array, row: number, rows: number): void {
    const inW = this.sizes[l];
    const outW = this.sizes[l + 1];
    const deltaT = this.deltasT[l];
    const inputT = this.inputsT[l];
    transposeInto(this.deltas[l], 0, rows, outW, deltaT);
    transposeInto(l === 0 ? x : this.outputs[l - 1], l === 0 ? row : 0, rows, inW, inputT);
    // δ of the layer below needs this layer's kernel before the update.
    if (l > 0) {
      multiplyTransposed(this.deltas[l], 0, rows, this.kernels[l], inW, outW, this.deltas[l - 1], null);
      multiplyByDerivative(this.deltas[l - 1], this.outputs[l - 1], rows * inW, this.spec.hidden);
    }
    const gradT = this.gradKernelsT[l];
    multiplyTransposed(deltaT, 0, outW, inputT, inW, rows, gradT, null);
    const kernel = this.kernels[l];
    const kernelT = this.kernelsT[l];
    const bias = this.biases[l];
    const lr = this.learningRate;
    for (let j = 0; j < outW; j++) {
      const t = j * inW;
      for (let k = 0; k < inW; k++) {
        const w = kernelT[t + k] - lr * gradT[t + k];
        kernelT[t + k] = w;
        kernel[k * outW + j] = w;
      }
      let gradBias = 0;
      const d = j * rows;
      for (let r = 0; r < rows; r++) gradBias += deltaT[d + r];
      bias[j] -= lr * gradBias;
    }
  }

  /** Mean cross-entropy of the batch last run forward against y[row .. row+rows), with tfjs's 1e-7 probability clip. */
  batchLoss(y: Float32Array, row: number, rows: number): number {
    const outW = this.sizes[this.last + 1];
    const p = this.outputs[this.last];
    const yOffset = row * outW;
    let total = 0;
    for (let i = 0; i < rows * outW; i++) {
      const q = Math.min(Math.max(p[i], PROBABILITY_EPSILON), 1 - PROBABILITY_EPSILON);
      const t = y[yOffset + i];
      total -= this.spec.output === 'softmax' ? t * Math.log(q) : t * Math.log(q) + (1 - t) * Math.log(1 - q);
    }
    return total / rows;
  }

  /** Mean loss over all n rows, evaluated in chunks of maxBatch; it overwrites the batch buffers, not the weights. */
  datasetLoss(x: Float32Array, y: Float32Array, n: number): number {
    let total = 0;
    for (let row = 0; row < n; row += this.maxBatch) {
      const rows = Math.min(this.maxBatch, n - row);
      this.forward(x, row, rows);
      total += this.batchLoss(y, row, rows) * rows;
    }
    return total / n;
  }
}
