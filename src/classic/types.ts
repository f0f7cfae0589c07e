/**
 * Settings and records of the classic single-neuron learning rules (Rosenblatt's perceptron and
 * Widrow–Hoff's Adaline). Plain data: saved in the project and shown by the Classic rules workspace.
 */
import type { DatasetKind } from '../data/types';

/** Which learning rule trains the neuron. */
export type ClassicRule = 'perceptron' | 'adaline';

/** The generated 2-class, 2-feature datasets the workspace offers. */
export const CLASSIC_DATASET_KINDS = ['blobs', 'linear', 'moons', 'circles', 'xor', 'gaussians', 'spiral'] as const;

/** A dataset kind the workspace offers (every one yields two classes in the x1–x2 plane). */
export type ClassicDatasetKind = (typeof CLASSIC_DATASET_KINDS)[number] & DatasetKind;

/** The dataset the neuron learns from: a generator spec with two classes and no held-out part. */
export interface ClassicDataSpec {
  kind: ClassicDatasetKind;
  samples: number;
  noise: number;
  /** Cluster standard deviation (blobs, gaussians). */
  spread: number;
  /** Inner/outer radius ratio (circles). */
  factor: number;
  seed: number;
  /** Shift and scale both features to mean 0, variance 1 before learning (Adaline needs it to use a sensible η). */
  standardize: boolean;
}

/** How the neuron starts: the notebook's N(0, 0.01²) draws, or all zeros (then η only scales the weight vector). */
export type InitialWeights = 'small-random' | 'zeros';

/** The order samples are visited in within an epoch. */
export type SampleOrder = 'shuffled' | 'fixed';

/** What the workspace shows side by side. */
export type ClassicComparison = 'none' | 'rules' | 'rates';

/** Everything one run of a rule needs besides the data. */
export interface RuleConfig {
  rule: ClassicRule;
  /** η, the step size of every update. */
  learningRate: number;
  initialWeights: InitialWeights;
  order: SampleOrder;
  /** Adaline's samples per update: 0 (or n and more) is full-batch gradient descent, 1 is stochastic. */
  batchSize: number;
  /** Seed of the initial weights and of the shuffles. */
  seed: number;
}

/** The Classic rules workspace settings saved in a project (`classic` in the .mlp). */
export interface ClassicSettings {
  /** Whether the project shows the Classic rules workspace instead of the network canvas. */
  open: boolean;
  rule: ClassicRule;
  data: ClassicDataSpec;
  learningRate: number;
  /** Epochs Play runs before it stops by itself. */
  epochs: number;
  seed: number;
  initialWeights: InitialWeights;
  order: SampleOrder;
  batchSize: number;
  compare: ClassicComparison;
  /** The right-hand run's η when comparing two learning rates. */
  secondLearningRate: number;
  /** Draw the cost chart on a log scale. */
  logCost: boolean;
}

/** The neuron's state after one epoch (epoch 0: the initial weights). */
export interface EpochRecord {
  epoch: number;
  w1: number;
  w2: number;
  b: number;
  /** Samples the neuron gets wrong with these weights. */
  misclassified: number;
  /** Weight changes made during the epoch (the perceptron's "errors" per epoch in the notebook); 0 for epoch 0. */
  updates: number;
  /** Adaline's mean squared error (1/n) Σ (y − z)² at these weights; null for the perceptron. */
  mse: number | null;
  /** Adaline's sum of squared errors Σ (y − z)²; null for the perceptron. */
  sse: number | null;
}

/** The last update, with the numbers that went into it, for the readout of the rule. */
export type UpdateTrace =
  | {
      rule: 'perceptron';
      /** Row of the sample in the dataset. */
      sample: number;
      x: [number, number];
      y: number;
      z: number;
      yHat: number;
      dw: [number, number];
      db: number;
    }
  | {
      rule: 'adaline';
      /** Samples in the batch that made this update. */
      batch: number;
      /** Mean of (y − z) over the batch. */
      meanError: number;
      dw: [number, number];
      db: number;
    };

/** Why an Adaline run stopped: its cost grew without bound. */
export interface DivergenceReport {
  epoch: number;
  /** The cost at epoch 0 and at the epoch it was caught (NaN/Infinity when it overflowed). */
  startCost: number;
  cost: number;
  /** η above which full-batch gradient descent diverges on this data (2 / largest eigenvalue of the MSE's Hessian). */
  criticalLearningRate: number;
  message: string;
}

/** Where a run stands. */
export type RunStatus = 'learning' | 'converged' | 'diverged';
