import { createBenchRng } from './rng';

/** Hidden-layer activations the workloads use. */
export type HiddenActivation = 'tanh' | 'relu' | 'sigmoid';

/**
 * A plain MLP: dense layers of the given widths, one activation on every hidden layer, and a
 * sigmoid output trained with binary cross-entropy or a softmax output trained with categorical
 * cross-entropy (the loss follows from the output).
 */
export interface NetworkSpec {
  /** Layer widths from input to output, e.g. [2, 8, 8, 1]. */
  sizes: number[];
  hidden: HiddenActivation;
  output: 'sigmoid' | 'softmax';
}

/** Starting weights shared by every path, so that all of them train the very same network. */
export interface InitialWeights {
  /** kernels[l] is sizes[l] × sizes[l+1], row-major (the layout tfjs uses for a Dense kernel). */
  kernels: Float32Array[];
  /** biases[l] has sizes[l+1] entries. */
  biases: Float32Array[];
}

/** Draws Glorot-uniform kernels (limit √(6 / (fanIn + fanOut))) and small uniform biases in ±0.1 from a seed. */
export function initialWeights(spec: NetworkSpec, seed: number): InitialWeights {
  const rng = createBenchRng(seed);
  const kernels: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const fanIn = spec.sizes[l];
    const fanOut = spec.sizes[l + 1];
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const kernel = new Float32Array(fanIn * fanOut);
    for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rng.next() - 1) * limit;
    // Non-zero biases make the agreement check cover the bias gradients too.
    const bias = new Float32Array(fanOut);
    for (let i = 0; i < bias.length; i++) bias[i] = (2 * rng.next() - 1) * 0.1;
    kernels.push(kernel);
    biases.push(bias);
  }
  return { kernels, biases };
}

/** Number of trainable parameters: Σ (fanIn + 1) · fanOut. */
export function parameterCount(spec: NetworkSpec): number {
  let total = 0;
  for (let l = 0; l + 1 < spec.sizes.length; l++) total += (spec.sizes[l] + 1) * spec.sizes[l + 1];
  return total;
}
