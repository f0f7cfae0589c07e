import type { BenchData } from '../datasets';
import type { InitialWeights } from '../network';
import type { Workload } from '../workloads';

/** Backends a path can run on; 'none' is the plain-JavaScript reference. */
export type BackendName = 'cpu' | 'wasm' | 'none';

/** The loss is read back from the device once every this many steps, never per step. */
export const LOSS_READ_EVERY = 10;

/** Everything a path needs to set up a run: the workload, its data and the shared starting weights. */
export interface RunSetup {
  workload: Workload;
  data: BenchData;
  weights: InitialWeights;
}

/** One network being trained by one path on one backend. */
export interface TrainingRunner {
  /**
   * Trains at least `steps` SGD steps (paths that work in whole epochs round up), walking the
   * batches in order, and resolves only after every result has been computed and read back.
   * Returns the number of steps actually done.
   */
  train(steps: number): Promise<number>;
  /** Mean loss over the whole training set under the current weights, computed by the path itself. */
  evaluateLoss(): Promise<number>;
  /** Frees every tensor and buffer the runner holds. */
  dispose(): void;
}

/** A way of training a network (the reference, model.fit, a custom loop, ...). */
export interface BenchPath {
  id: string;
  /** One line saying what the path does. */
  description: string;
  /** Whether the path runs on tfjs backends (else it runs once, as plain JavaScript). */
  usesTfjs: boolean;
  /**
   * The rows each epoch visits, in order, for paths that shuffle (the app's engine); absent means
   * rows in their stored order. The agreement check replays the reference along the same order.
   */
  epochOrder?: (setup: RunSetup) => (epoch: number) => Int32Array;
  /** Builds a runner on the current tfjs backend. */
  create(setup: RunSetup): Promise<TrainingRunner>;
}
