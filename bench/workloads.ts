import { circles, digits, moons, randomClasses, xor, type BenchData } from './datasets';
import type { NetworkSpec } from './network';

/** Identifiers of the benchmark workloads. */
export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5';

/** One training job measured on every path: a network, its data, the batch size and the SGD learning rate. */
export interface Workload {
  id: WorkloadId;
  title: string;
  network: NetworkSpec;
  /** Samples per step; equal to the data size for full batch. */
  batchSize: number;
  learningRate: number;
  /** Steps of the loss-agreement check; whole epochs, so that model.fit can run exactly as many. */
  agreementSteps: number;
  /** Cap on timed repetitions, for workloads so heavy that the usual count would blow the time budget. */
  maxReps?: number;
  makeData(): BenchData;
}

/** The five workloads of the benchmark, from a tiny tanh net to an MNIST-sized classifier and the bundled digits. */
export const WORKLOADS: Workload[] = [
  {
    id: 'W1',
    title: '2-8-8-1 tanh, sigmoid output, BCE, 500 points (circles), batch 10',
    network: { sizes: [2, 8, 8, 1], hidden: 'tanh', output: 'sigmoid' },
    batchSize: 10,
    learningRate: 0.1,
    agreementSteps: 100,
    makeData: () => circles(500, 0.1, 0.5, 101),
  },
  {
    id: 'W2',
    title: '2-10-1 ReLU, sigmoid output, BCE, 200 moons points, full batch',
    network: { sizes: [2, 10, 1], hidden: 'relu', output: 'sigmoid' },
    batchSize: 200,
    learningRate: 0.5,
    agreementSteps: 100,
    makeData: () => moons(200, 0.1, 202),
  },
  {
    id: 'W3',
    title: '2-(16 sigmoid)x8-1, sigmoid output, BCE, 1000 points (xor), batch 32',
    network: { sizes: [2, 16, 16, 16, 16, 16, 16, 16, 16, 1], hidden: 'sigmoid', output: 'sigmoid' },
    batchSize: 32,
    learningRate: 0.5,
    agreementSteps: 64,
    makeData: () => xor(1000, 303),
  },
  {
    id: 'W4',
    title: '784-128-64-10 ReLU, softmax output, CCE, 1024 random samples, batch 128',
    network: { sizes: [784, 128, 64, 10], hidden: 'relu', output: 'softmax' },
    batchSize: 128,
    learningRate: 0.01,
    agreementSteps: 16,
    // ~100× the arithmetic of W3: 10 steps on the cpu backend take over a second.
    maxReps: 3,
    makeData: () => randomClasses(1024, 784, 10, 404),
  },
  {
    id: 'W5',
    title: '64-32-10 ReLU, softmax output, CCE, the 1,797 bundled 8×8 digits (standardised), batch 32',
    network: { sizes: [64, 32, 10], hidden: 'relu', output: 'softmax' },
    batchSize: 32,
    learningRate: 0.1,
    agreementSteps: 57,
    makeData: () => digits(),
  },
];
