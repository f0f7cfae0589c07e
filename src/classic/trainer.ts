/**
 * A run of one classic rule that can be stepped a sample (or batch) at a time or an epoch at a
 * time, recording the neuron after every epoch and stopping itself when the perceptron classifies
 * every sample correctly or Adaline's cost runs away.
 */
import { createRng, deriveSeed, type Rng } from '../data/rng';
import { adalineUpdate } from './adaline';
import { detectDivergence } from './divergence';
import {
  countMisclassified,
  isFiniteNeuron,
  sumSquaredError,
  thresholdOf,
  type ClassicData,
  type Neuron,
} from './neuron';
import { perceptronUpdate } from './perceptron';
import type { DivergenceReport, EpochRecord, RuleConfig, RunStatus, UpdateTrace } from './types';

/** Seed streams, so the initial weights and the shuffles are independent draws from one seed. */
const INIT_STREAM = 11;
const ORDER_STREAM = 12;
/** Standard deviation of the notebook's initial weights, rgen.normal(0, 0.01). */
const INIT_STDDEV = 0.01;

/** Whether a config updates once per epoch (Adaline, full batch). */
export function isFullBatch(config: RuleConfig, n: number): boolean {
  return config.rule === 'adaline' && (config.batchSize <= 0 || config.batchSize >= n);
}

/** A steppable run of a rule on fixed data. */
export class ClassicRun {
  readonly config: RuleConfig;
  readonly data: ClassicData;
  readonly threshold: number;
  readonly neuron: Neuron;
  /** One record per finished epoch, records[0] holding the initial weights. */
  readonly records: EpochRecord[] = [];
  status: RunStatus = 'learning';
  divergence: DivergenceReport | null = null;
  lastUpdate: UpdateTrace | null = null;
  /** Samples of the current epoch already visited (0 at an epoch boundary). */
  position = 0;
  private order: Uint32Array;
  private updatesThisEpoch = 0;
  private readonly orderRng: Rng;

  constructor(data: ClassicData, config: RuleConfig) {
    if (data.n < 1) throw new RangeError('A classic rule needs at least one sample.');
    if (!(config.learningRate > 0 && Number.isFinite(config.learningRate))) {
      throw new RangeError(
        `The learning rate must be a number above 0, but is ${String(config.learningRate)}. Set η to, for example, 0.01.`,
      );
    }
    this.data = data;
    this.config = config;
    this.threshold = thresholdOf(config.rule);
    const init = createRng(deriveSeed(config.seed, INIT_STREAM));
    this.neuron =
      config.initialWeights === 'zeros'
        ? { w: [0, 0], b: 0 }
        : { w: [INIT_STDDEV * init.normal(), INIT_STDDEV * init.normal()], b: 0 };
    this.orderRng = createRng(deriveSeed(config.seed, ORDER_STREAM));
    this.order = this.nextOrder();
    this.records.push(this.record(0, 0));
    if (config.rule === 'perceptron' && this.records[0].misclassified === 0) this.status = 'converged';
  }

  /** Completed epochs. */
  get epoch(): number {
    return this.records.length - 1;
  }

  /** The record of the latest finished epoch. */
  get latest(): EpochRecord {
    return this.records[this.records.length - 1];
  }

  /** Samples one update uses: 1 for the perceptron, the batch size (or all) for Adaline. */
  get updateSize(): number {
    if (this.config.rule === 'perceptron') return 1;
    return isFullBatch(this.config, this.data.n) ? this.data.n : this.config.batchSize;
  }

  /**
   * Makes one update (one sample for the perceptron, one batch for Adaline) and, when that ends the
   * epoch, records it; does nothing once the run has converged or diverged. Returns whether an epoch ended.
   */
  stepUpdate(): boolean {
    if (this.status !== 'learning') return false;
    const size = Math.min(this.updateSize, this.data.n - this.position);
    const rows = this.order.subarray(this.position, this.position + size);
    if (this.config.rule === 'perceptron') {
      const update = perceptronUpdate(this.neuron, this.data, rows[0], this.config.learningRate, this.threshold);
      if (update.db !== 0) this.updatesThisEpoch++;
      this.lastUpdate = update;
    } else {
      this.lastUpdate = adalineUpdate(this.neuron, this.data, rows, this.config.learningRate);
      this.updatesThisEpoch++;
    }
    this.position += size;
    if (this.position < this.data.n && isFiniteNeuron(this.neuron)) return false;
    this.finishEpoch();
    return true;
  }

  /** Runs the rest of the current epoch (a whole one at an epoch boundary). */
  stepEpoch(): void {
    while (this.status === 'learning' && !this.stepUpdate());
  }

  private finishEpoch(): void {
    const record = this.record(this.epoch + 1, this.updatesThisEpoch);
    this.records.push(record);
    this.position = 0;
    this.updatesThisEpoch = 0;
    this.order = this.nextOrder();
    if (this.config.rule === 'perceptron') {
      // With every sample on its correct side no later update can change anything.
      if (record.misclassified === 0) this.status = 'converged';
      return;
    }
    this.divergence = detectDivergence(this.records, this.data, this.config.learningRate);
    if (this.divergence) this.status = 'diverged';
  }

  private record(epoch: number, updates: number): EpochRecord {
    const { w, b } = this.neuron;
    const sse = this.config.rule === 'adaline' ? sumSquaredError(this.neuron, this.data) : null;
    return {
      epoch,
      w1: w[0],
      w2: w[1],
      b,
      misclassified: countMisclassified(this.neuron, this.data, this.threshold),
      updates,
      sse,
      mse: sse === null ? null : sse / this.data.n,
    };
  }

  private nextOrder(): Uint32Array {
    const order = Uint32Array.from({ length: this.data.n }, (_, i) => i);
    return this.config.order === 'shuffled' ? this.orderRng.shuffle(order) : order;
  }
}
