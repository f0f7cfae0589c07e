/**
 * The trainer: a custom loop (not model.fit) over a compiled graph, so that the UI can pause, step
 * one batch, change the learning rate or optimizer mid-run and sample gradients. Every step is one
 * tf.tidy of variableGrads + applyGradients; metrics and statistics stay on the device until an
 * async method reads them back. Same seed + same backend ⇒ the same numbers, bit for bit.
 */
import { batchRowsOf } from '../graph/budget';
import * as tf from './tf';
import { BatchSchedule, type Batch } from './batches';
import { buildModel, type CompiledModel } from './compile';
import type { TrainingConfig, OptimizerConfig } from './config';
import { DeviceBatches } from './device-batches';
import { disposeSplit, uploadSplit, type TrainingData } from './device-data';
import { lossAndGradients } from './gradients';
import { gridPoints, predictGrid } from './grid';
import { describeDivergence, diagnoseStep } from './divergence';
import type { EngineLayout, TrainerDocument, TrainingEngine } from './engine-types';
import { DivergenceGuard } from './guard';
import { lossFunction, type LossFunction } from './losses';
import { evaluateSplits, type DeviceSplit, type EvaluationMetrics } from './metrics';
import { neuronGrids, type NeuronGrid } from './neuron-grids';
import { penaltyTerms, regularizationPenalty, type PenaltyTerm } from './objective';
import { checkLearningRate, createOptimizer, disposeOptimizer, setLearningRate } from './optimizers';
import { dropoutSeed } from './seeds';
import { decodeStats, planStats, statsTensor, type StatsPlan, type StatsSample } from './stats';
import { sampleStats } from './stats-sample';
import { StatsTrail } from './stats-trail';
import { TrainingSnapshot } from './snapshot';
import {
  checkPosition,
  type CounterPosition,
  type DivergenceReport,
  type StepResult,
  type TrainingCounters,
} from './trainer-types';
import { readWeights, writeWeights, type WeightValues } from './weights';
import { RunSettings } from './run-settings';

export type { DivergenceReport, StepResult, TrainingCounters } from './trainer-types';

export type { TrainerDocument } from './engine-types';

/** Rows predicted per forward pass by predictRows, so a large table never needs one huge tensor. */
const PREDICT_CHUNK_ROWS = 4096;

/** A sampled step's statistics as statsTensor left them on the device. */
interface PendingStats {
  step: number;
  epoch: number;
  tensor: tf.Tensor1D;
}

/** Trains one project's network on prepared data; create, step, read, dispose. */
export class Trainer implements TrainingEngine {
  readonly kind = 'tfjs' as const;
  private readonly settings: RunSettings;
  private compiledModel!: CompiledModel;
  private optimizer!: tf.Optimizer;
  private lossFn!: LossFunction;
  private terms!: PenaltyTerm[];
  private plan!: StatsPlan;
  private schedule!: BatchSchedule;
  private guard!: DivergenceGuard;
  private snapshot!: TrainingSnapshot;
  private readonly train: DeviceSplit;
  private readonly validation: DeviceSplit;
  private readonly batches: DeviceBatches;
  private pendingStats: PendingStats | null = null;
  /** Earlier sampled steps' statistics, still on the device, until the next report reads them together. */
  private readonly trail = new StatsTrail<PendingStats>(24, (s) => s.tensor.dispose());
  private stepCount = 0;

  /** Compiles the graph (throws ModelBuildError listing its problems) and uploads the data once. */
  constructor(
    private readonly document: TrainerDocument,
    private readonly data: TrainingData,
  ) {
    this.settings = new RunSettings(document.training);
    this.build(this.config.seed);
    if (this.compiledModel.inputWidth !== data.inputWidth) {
      const width = this.compiledModel.inputWidth;
      this.compiledModel.dispose();
      throw new RangeError(
        `The Input node feeds ${width} values per sample but the data has ${data.inputWidth}. Prepare the data ` +
          `with this Input node's settings.`,
      );
    }
    const { inputWidth, task } = data;
    this.train = uploadSplit(data.train, inputWidth, this.compiledModel.outputWidth, task, 'training');
    this.validation = uploadSplit(data.validation, inputWidth, this.compiledModel.outputWidth, task, 'validation');
    this.batches = new DeviceBatches(this.train);
    this.startRun();
  }

  private build(seed: number): void {
    this.compiledModel = buildModel(this.document.graph, {
      seed,
      inputWidth: this.data.inputWidth,
      task: this.data.task,
      classes: this.data.classes,
      batchRows: batchRowsOf(this.config.batchSize, this.data.train.n),
    });
    this.lossFn = lossFunction(
      this.compiledModel.loss,
      this.compiledModel.head,
      this.config.halveSquaredError === true,
    );
    this.terms = penaltyTerms(this.compiledModel, this.config);
    this.plan = planStats(this.compiledModel);
  }

  /** Fresh optimizer, schedule, guard and snapshot at step 0. */
  private startRun(): void {
    this.optimizer = createOptimizer(this.config.optimizer);
    this.schedule = new BatchSchedule(this.data.train.n, this.config.batchSize, this.config.seed);
    this.guard = new DivergenceGuard(this.compiledModel.trainableWeights.length);
    this.stepCount = 0;
    this.snapshot = TrainingSnapshot.initial(this.compiledModel.weights, 0, this.schedule.state);
    this.trail.reset(this.config.statsEvery);
  }

  /** The compiled model (layer names per node, Linear node order, the tfjs models). */
  get compiled(): CompiledModel {
    return this.compiledModel;
  }

  /** Layer names per node and the Linear nodes in order (the TrainingEngine view of `compiled`). */
  get layout(): EngineLayout {
    return { layersByNode: this.compiledModel.layersByNode, linearNodeIds: this.compiledModel.linearNodeIds };
  }

  /** The training settings in force (learning rate and optimizer changes included). */
  get training(): TrainingConfig {
    return this.settings.training;
  }

  /** The settings in force, read in place. */
  private get config(): TrainingConfig {
    return this.settings.config;
  }

  /** Steps (batches) done, epochs completed and the position within the current epoch. */
  get counters(): TrainingCounters {
    const { epoch, batchIndex } = this.schedule.state;
    return { step: this.stepCount, epoch, batchInEpoch: batchIndex, batchesPerEpoch: this.schedule.batchesPerEpoch };
  }

  /** Whether a sampled step's statistics wait to be collected. */
  get hasPendingStats(): boolean {
    return this.pendingStats !== null;
  }

  /** The last divergence, until reset() or a learning-rate/optimizer change clears it. */
  get divergence(): DivergenceReport | null {
    return this.settings.divergence;
  }

  private assertLive(): void {
    this.settings.assertLive();
  }

  private batchTensors(batch: Batch): { x: tf.Tensor; targets: tf.Tensor } {
    return this.batches.tensorsOf(batch, this.schedule.isFullBatch);
  }

  private seedDropout(step: number, stream = 0): void {
    this.compiledModel.dropoutLayers.forEach((layer, i) => {
      layer.stepSeed = dropoutSeed(this.config.seed + stream, step, i);
    });
  }

  /** One optimisation step on the next batch; on every statsEvery-th step the statistics are taken too. */
  private runStep(allowStats = true): void {
    const batch = this.schedule.next();
    const step = this.stepCount + 1;
    const sample = allowStats && step % Math.max(1, this.config.statsEvery) === 0;
    this.seedDropout(step);
    const stats = tf.tidy((): tf.Tensor1D | undefined => {
      const { x, targets } = this.batchTensors(batch);
      const { loss, gradients, outputs } = lossAndGradients(
        this.compiledModel,
        this.lossFn,
        this.terms,
        x,
        targets,
        sample,
      );
      this.guard.record(loss, gradients);
      let statsValues: tf.Tensor1D | undefined;
      if (sample) {
        const weights = this.compiledModel.trainableWeights.map((w) => w.variable.read());
        statsValues = statsTensor(this.plan, gradients, weights, outputs, x);
        tf.dispose(outputs);
      }
      const named: tf.NamedTensorMap = {};
      this.compiledModel.trainableWeights.forEach(
        (w, i) => (named[(w.variable.read() as tf.Variable).name] = gradients[i]),
      );
      this.optimizer.applyGradients(named);
      return statsValues;
    });
    this.stepCount = step;
    if (stats) {
      const earlier = this.pendingStats;
      if (earlier && this.trail.wants(earlier.step)) this.trail.add(earlier);
      else earlier?.tensor.dispose();
      this.pendingStats = { step, epoch: batch.epoch, tensor: stats };
    }
  }

  /** Reads the guard; on a clean record takes a new snapshot, otherwise rolls back and reports. */
  private async check(): Promise<{ meanLoss: number | null; diverged: DivergenceReport | null }> {
    const reading = await this.guard.read();
    if (reading.steps === 0) return { meanLoss: null, diverged: null };
    if (reading.firstBadOffset === null) {
      const next = await TrainingSnapshot.take(
        this.compiledModel.weights,
        this.optimizer,
        this.stepCount,
        this.schedule.state,
      );
      this.snapshot.dispose();
      this.snapshot = next;
      return { meanLoss: reading.meanLoss, diverged: null };
    }
    const report = await this.recover(reading.firstBadOffset, reading.badMask);
    this.settings.divergence = report;
    return { meanLoss: null, diverged: report };
  }

  /** Puts weights, optimizer state, batch position and step count back to the snapshot's. */
  private async restoreSnapshot(): Promise<void> {
    this.snapshot.restoreWeights(this.compiledModel.weights);
    this.schedule.restore(this.snapshot.schedule);
    this.stepCount = this.snapshot.step;
    const optimizer = await this.snapshot.restoreOptimizer(this.config.optimizer);
    disposeOptimizer(this.optimizer);
    this.optimizer = optimizer;
    this.pendingStats?.tensor.dispose();
    this.pendingStats = null;
    this.trail.dropAfter(this.stepCount);
  }

  /**
   * Rolls back to the snapshot, replays (deterministically) up to the first bad step to see which
   * node's output or gradient went non-finite there, then rolls back again.
   */
  private async recover(firstBadOffset: number, badMask: boolean[]): Promise<DivergenceReport> {
    const step = this.snapshot.step + firstBadOffset + 1;
    await this.restoreSnapshot();
    for (let i = 0; i < firstBadOffset; i++) this.runStep(false);
    const batch = this.schedule.next();
    this.seedDropout(step);
    const diagnosis = await diagnoseStep(this.compiledModel, this.lossFn, this.terms, () => this.batchTensors(batch));
    await this.guard.read();
    await this.restoreSnapshot();
    return describeDivergence(this.compiledModel, {
      step,
      restoredStep: this.snapshot.step,
      learningRate: this.config.optimizer.learningRate,
      badMask,
      diagnosis,
    });
  }

  /**
   * Runs `count` batches. The guard is read every statsEvery steps and at the end (one small async
   * readback each); if a loss or gradient went non-finite, the weights roll back to the last
   * finite snapshot, the remaining batches are skipped and the report says where it happened.
   */
  async step(count = 1): Promise<StepResult> {
    this.assertLive();
    if (!(Number.isInteger(count) && count >= 0))
      throw new RangeError(`Step count ${String(count)} must be a whole number ≥ 0.`);
    const every = Math.max(1, this.config.statsEvery);
    let meanLoss: number | null = null;
    const start = this.stepCount;
    for (let i = 0; i < count; i++) {
      this.runStep();
      if (this.stepCount % every === 0 || i === count - 1) {
        const result = await this.check();
        if (result.diverged) return { steps: this.stepCount - start, meanLoss: null, diverged: result.diverged };
        meanLoss = result.meanLoss ?? meanLoss;
      }
    }
    return { steps: count, meanLoss, diverged: null };
  }

  /** Runs the batches left in the current epoch (a whole epoch when at its start). */
  async runEpoch(): Promise<StepResult> {
    return this.step(this.schedule.batchesLeftInEpoch);
  }

  /** Loss (without penalty) and accuracy over the full training and validation sets, in inference mode. */
  async evaluate(): Promise<EvaluationMetrics> {
    this.assertLive();
    return evaluateSplits(this.compiledModel, this.lossFn, this.train, this.validation, this.data.task, () =>
      regularizationPenalty(this.terms),
    );
  }

  /**
   * The samples of earlier sampled steps that no report took, oldest first: their flat tensors (a
   * few hundred floats each, at most 24 held) are read back with one await and freed.
   */
  async takeEarlierStats(): Promise<StatsSample[]> {
    this.assertLive();
    const kept = this.trail.take();
    if (kept.length === 0) return [];
    const joined = tf.concat(kept.map((s) => s.tensor));
    try {
      const data = (await joined.data()) as Float32Array;
      let offset = 0;
      return kept.map((s) => {
        const layers = decodeStats(this.plan, data.subarray(offset, offset + s.tensor.size));
        offset += s.tensor.size;
        return { step: s.step, epoch: s.epoch, layers };
      });
    } finally {
      joined.dispose();
      kept.forEach((s) => s.tensor.dispose());
    }
  }

  /**
   * Statistics of the last sampled step (every statsEvery-th); when none is waiting, a fresh sample
   * on up to 4096 training rows at the current weights (BatchNorm's moving averages are put back, so
   * looking changes nothing).
   */
  async collectStats(): Promise<StatsSample> {
    this.assertLive();
    let pending = this.pendingStats;
    this.pendingStats = null;
    if (!pending) pending = { step: this.stepCount, epoch: this.schedule.state.epoch, tensor: this.freshStatsTensor() };
    const data = (await pending.tensor.data()) as Float32Array;
    pending.tensor.dispose();
    return { step: pending.step, epoch: pending.epoch, layers: decodeStats(this.plan, data) };
  }

  private freshStatsTensor(): tf.Tensor1D {
    this.seedDropout(this.stepCount, 0x5eed);
    return sampleStats(this.compiledModel, this.lossFn, this.terms, this.plan, this.train);
  }

  /** Predictions over a resolution × resolution grid spanning the data's bounds; layout in grid.ts (predictGrid). */
  async decisionGrid(resolution: number): Promise<Float32Array> {
    this.assertLive();
    if (!this.data.bounds)
      throw new RangeError(
        'The decision surface needs data with 1 or 2 columns; this dataset has more, so there is no plane to draw.',
      );
    const points = gridPoints(this.data.bounds, resolution);
    const cells = resolution * resolution;
    return predictGrid(this.compiledModel, this.data.transform(points, cells), cells, this.data.task);
  }

  /** Predictions for n rows mapped like the training rows, in chunks that bound the device's memory; layout as predictGrid. */
  async predictRows(features: Float32Array, n: number): Promise<Float32Array> {
    this.assertLive();
    const width = this.compiledModel.inputWidth;
    const parts: Float32Array[] = [];
    for (let start = 0; start < n; start += PREDICT_CHUNK_ROWS) {
      const rows = Math.min(PREDICT_CHUNK_ROWS, n - start);
      const chunk = features.subarray(start * width, (start + rows) * width);
      parts.push(await predictGrid(this.compiledModel, chunk, rows, this.data.task));
    }
    if (parts.length === 1) return parts[0];
    const values = new Float32Array(parts.reduce((sum, p) => sum + p.length, 0));
    parts.reduce((offset, p) => (values.set(p, offset), offset + p.length), 0);
    return values;
  }

  /** Every hidden unit's output over the data's plane (see neuron-grids.ts); null when the data has no 2-D plane. */
  async neuronGrids(resolution: number): Promise<NeuronGrid[] | null> {
    this.assertLive();
    return neuronGrids(this.compiledModel, this.data, resolution);
  }

  /** Every weight's values, by node id and weight name (StoredWeight-compatible once base64-encoded). */
  async getWeights(): Promise<WeightValues[]> {
    this.assertLive();
    return readWeights(this.compiledModel);
  }

  /**
   * Loads weights (all of the model's, right shapes, else it throws and changes nothing) and, with
   * `at`, the counters and batch position. They become the new snapshot, and the optimizer starts
   * fresh: its moments belonged to the old weights.
   */
  setWeights(weights: WeightValues[], at?: CounterPosition): void {
    this.assertLive();
    if (at) checkPosition(at, this.schedule.batchesPerEpoch);
    writeWeights(this.compiledModel, weights);
    disposeOptimizer(this.optimizer);
    this.optimizer = createOptimizer(this.config.optimizer);
    if (at) {
      this.stepCount = at.step;
      this.schedule.restore({ epoch: at.epoch, batchIndex: at.batchInEpoch });
      this.batches.forget();
      this.pendingStats?.tensor.dispose();
      this.pendingStats = null;
      this.trail.reset(this.config.statsEvery);
    }
    this.snapshot.dispose();
    this.snapshot = TrainingSnapshot.initial(this.compiledModel.weights, this.stepCount, this.schedule.state);
  }

  /** Changes the learning rate from the next step on, keeping the optimizer's state. */
  setLearningRate(learningRate: number): void {
    this.assertLive();
    checkLearningRate(learningRate);
    setLearningRate(this.optimizer, learningRate);
    this.settings.tookLearningRate(learningRate);
  }

  /** Switches optimizer (its state starts fresh); the weights are kept. */
  setOptimizer(config: OptimizerConfig): void {
    this.assertLive();
    const next = createOptimizer(config);
    disposeOptimizer(this.optimizer);
    this.optimizer = next;
    this.settings.tookOptimizer(config);
  }

  /**
   * Applies changed training settings without losing the weights: optimizer (or just its learning
   * rate), L1/L2, statsEvery, epochs; a new batch size takes effect from the next epoch. A new seed
   * applies at the next reset(), so that a run never mixes two seeds.
   */
  updateTraining(config: TrainingConfig): void {
    this.assertLive();
    this.settings.update(config, {
      optimizer: (optimizer) => this.setOptimizer(optimizer),
      learningRate: (learningRate) => this.setLearningRate(learningRate),
      batchSize: (batchSize) => {
        const next = new BatchSchedule(this.data.train.n, batchSize, this.config.seed);
        const { epoch, batchIndex } = this.schedule.state;
        next.restore({ epoch: batchIndex > 0 ? epoch + 1 : epoch, batchIndex: 0 });
        this.schedule = next;
      },
    });
    this.terms = penaltyTerms(this.compiledModel, this.config);
    this.lossFn = lossFunction(
      this.compiledModel.loss,
      this.compiledModel.head,
      this.config.halveSquaredError === true,
    );
  }

  /**
   * Starts over with fresh weights drawn from `seed` (default: the seed last given to
   * updateTraining, else the current one) and a fresh optimizer; counters go to 0.
   */
  reset(seed?: number): void {
    this.assertLive();
    this.settings.takeResetSeed(seed);
    this.disposeRun();
    this.compiledModel.dispose();
    this.build(this.config.seed);
    this.startRun();
    this.settings.divergence = null;
  }

  private disposeRun(): void {
    disposeOptimizer(this.optimizer);
    this.guard.dispose();
    this.snapshot.dispose();
    this.batches.forget();
    this.pendingStats?.tensor.dispose();
    this.pendingStats = null;
    this.trail.reset(this.config.statsEvery);
  }

  /** Frees every tensor the trainer holds (model, optimizer, data, snapshots); safe to call twice. */
  dispose(): void {
    if (this.settings.isDisposed) return;
    this.settings.dispose();
    this.disposeRun();
    this.compiledModel.dispose();
    disposeSplit(this.train);
    disposeSplit(this.validation);
  }
}
