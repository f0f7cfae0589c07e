/**
 * The single neuron both rules train: net input z = w·x + b, a unit step for the class, and the
 * quantities each epoch records (misclassifications, squared error).
 */
import type { ClassicRule } from './types';

/** Two features per sample, row-major, and the 0/1 class of each, as the notebook labels them. */
export interface ClassicData {
  n: number;
  /** n × 2, row-major. */
  x: Float64Array;
  /** n labels, each 0 or 1. */
  y: Float64Array;
}

/** The neuron's parameters. */
export interface Neuron {
  w: [number, number];
  b: number;
}

/**
 * The threshold the unit step compares with: the perceptron predicts 1 when z ≥ 0 (the threshold
 * folded into the bias, b = −th); Adaline learns z ≈ y for y ∈ {0, 1}, so it predicts 1 when z ≥ 0.5.
 */
export function thresholdOf(rule: ClassicRule): number {
  return rule === 'perceptron' ? 0 : 0.5;
}

/** The net input z = w1·x1 + w2·x2 + b of row i. */
export function netInput(neuron: Neuron, data: ClassicData, i: number): number {
  return neuron.w[0] * data.x[2 * i] + neuron.w[1] * data.x[2 * i + 1] + neuron.b;
}

/** The unit step: 1 when z ≥ threshold, else 0. */
export function unitStep(z: number, threshold: number): number {
  return z >= threshold ? 1 : 0;
}

/** How many samples the neuron classifies wrongly with the rule's threshold. */
export function countMisclassified(neuron: Neuron, data: ClassicData, threshold: number): number {
  let wrong = 0;
  for (let i = 0; i < data.n; i++) if (unitStep(netInput(neuron, data, i), threshold) !== data.y[i]) wrong++;
  return wrong;
}

/** Adaline's sum of squared errors Σ (y − z)² over all samples (the linear output, no step). */
export function sumSquaredError(neuron: Neuron, data: ClassicData): number {
  let sum = 0;
  for (let i = 0; i < data.n; i++) sum += (data.y[i] - netInput(neuron, data, i)) ** 2;
  return sum;
}

/** Whether every parameter is a finite number. */
export function isFiniteNeuron(neuron: Neuron): boolean {
  return Number.isFinite(neuron.w[0]) && Number.isFinite(neuron.w[1]) && Number.isFinite(neuron.b);
}
