/** Widrow–Hoff's Adaline rule: gradient descent on the mean squared error of the linear output z. */
import { netInput, type ClassicData, type Neuron } from './neuron';
import type { UpdateTrace } from './types';

/**
 * One gradient-descent step on the MSE of the rows `rows` (L = (1/m) Σ (y − z)², so
 * ∂L/∂w = −(2/m) Σ (y − z) x): Δw = (2η/m) Σ (y − z) x, Δb = (2η/m) Σ (y − z), all errors taken
 * before the update; updates `neuron` in place and returns the trace. With every row this is the
 * notebook's full-batch AdalineGD epoch, with one row its stochastic update.
 */
export function adalineUpdate(
  neuron: Neuron,
  data: ClassicData,
  rows: ArrayLike<number>,
  learningRate: number,
): UpdateTrace & { rule: 'adaline' } {
  const m = rows.length;
  let sumError = 0;
  let sumX1 = 0;
  let sumX2 = 0;
  for (let k = 0; k < m; k++) {
    const i = rows[k];
    const error = data.y[i] - netInput(neuron, data, i);
    sumError += error;
    sumX1 += error * data.x[2 * i];
    sumX2 += error * data.x[2 * i + 1];
  }
  const scale = (2 * learningRate) / m;
  const dw: [number, number] = [scale * sumX1, scale * sumX2];
  const db = scale * sumError;
  neuron.w = [neuron.w[0] + dw[0], neuron.w[1] + dw[1]];
  neuron.b += db;
  return { rule: 'adaline', batch: m, meanError: sumError / m, dw, db };
}
