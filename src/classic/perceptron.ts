/** Rosenblatt's perceptron rule: one update per sample, only when the unit step got it wrong. */
import { netInput, unitStep, type ClassicData, type Neuron } from './neuron';
import type { UpdateTrace } from './types';

/**
 * Applies Δw = η (y − ŷ) x and Δb = η (y − ŷ) for row i, where ŷ = step(w·x + b ≥ threshold),
 * updating `neuron` in place (weights and bias together, from the same ŷ); returns the trace.
 */
export function perceptronUpdate(
  neuron: Neuron,
  data: ClassicData,
  i: number,
  learningRate: number,
  threshold: number,
): UpdateTrace & { rule: 'perceptron' } {
  const x: [number, number] = [data.x[2 * i], data.x[2 * i + 1]];
  const z = netInput(neuron, data, i);
  const yHat = unitStep(z, threshold);
  const y = data.y[i];
  const scale = learningRate * (y - yHat);
  const dw: [number, number] = [scale * x[0], scale * x[1]];
  neuron.w = [neuron.w[0] + dw[0], neuron.w[1] + dw[1]];
  neuron.b += scale;
  return { rule: 'perceptron', sample: i, x, y, z, yHat, dw, db: scale };
}
