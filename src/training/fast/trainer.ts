/**
 * The fast engine: the Trainer's surface over plain Float32Array loops with a hand-written backward
 * pass, for graphs of Input, Linear, activation, Add, Concat and Output nodes. It starts from the
 * tfjs path's initial weights, walks the same batches, applies the same update formulas and the
 * same divergence rules, so both engines give the same numbers to float32 rounding. A step
 * allocates nothing and touches no tfjs tensor.
 */
import { batchRowsOf } from '../../graph/budget';
import { BatchSchedule } from '../batches';
import type { TrainingConfig, OptimizerConfig } from '../config';
import type { CompiledModel } from '../compile';
import type { TrainingData } from '../device-data';
import { describeDivergence } from '../divergence';
import type { EngineLayout, TrainerDocument, TrainingEngine } from '../engine-types';
import { gridPoints } from '../grid';
import type { EvaluationMetrics } from '../metrics';
import { drawnNodes, type NeuronGrid } from '../neuron-grids';
import { checkLearningRate } from '../optimizers';
import { SAMPLE_ROWS } from '../stats-sample';
import { StatsTrail } from '../stats-trail';
import { decodeStats, type StatsPlan, type StatsSample } from '../stats';
import {
  checkPosition,
  type CounterPosition,
  type DivergenceReport,
  type StepResult,
  type TrainingCounters,
} from '../trainer-types';
import type { WeightValues } from '../weights';
import { BatchCursor } from './batch-cursor';
import { gridValues, hostSplit, splitTotals, unitValues, type HostSplit } from './inference';
import { initialModel } from './initial-model';
import { FastNetwork } from './network';
import type { NodeBuffers, Penalty } from './ops';
import { FastOptimizer } from './optimizer';
import type { MatrixProducts } from './products';
import { FastSnapshot } from './snapshot';
import { statsLength } from './stats';
import { fastEngineSupport } from './support';
import { FastStep, type BadStep } from './step';
import { orderWeights } from './weight-check';
import { RunSettings } from '../run-settings';

/** Rows every pass can take at least, so that evaluation and grids run in chunks of a useful size. */
const MIN_CAPACITY = 256;

/** Trains one project's network on the host CPU; create, step, read, dispose. */
export class FastTrainer implements TrainingEngine {
  readonly kind = 'fast' as const;
  private readonly settings: RunSettings;
  private compiled!: CompiledModel;
  private plan!: StatsPlan;
  private network!: FastNetwork;
  private nodes!: Map<string, NodeBuffers>;
  private optimizer!: FastOptimizer;
  private cursor!: BatchCursor;
  private snapshot!: FastSnapshot;
  private stepper!: FastStep;
  /** Statistics of the last sampled step (or fresh sample), in stats.ts's flat layout; kept across schedule changes. */
  private statsValues!: Float32Array;
  private readonly train: HostSplit;
  private readonly validation: HostSplit;
  private pendingStats: { step: number; epoch: number } | null = null;
  /** Samples of sampled steps a report has not taken yet, older than the pending one. */
  private readonly trail = new StatsTrail();
  private stepCount = 0;

  /**
   * Builds the graph once with tfjs for its initial weights (throws ModelBuildError, or when it holds a node kind
   * this engine does not run) and holds the data.
   */
  constructor(
    private readonly document: TrainerDocument,
    private readonly data: TrainingData,
    /** Where products too large for JavaScript go (wasmProducts() on the wasm backend); null keeps all in JavaScript. */
    private readonly products: MatrixProducts | null = null,
  ) {
    const support = fastEngineSupport(document.graph);
    if (!support.supported)
      throw new Error(`The fast engine cannot train this network: ${support.reason}. Train it on the tfjs engine.`);
    this.settings = new RunSettings(document.training);
    this.build(this.config.seed);
    const { inputWidth, task } = data;
    this.train = hostSplit(data.train, inputWidth, this.network.prediction.width, task, 'training');
    this.validation = hostSplit(data.validation, inputWidth, this.network.prediction.width, task, 'validation');
    this.startRun();
  }

  private build(seed: number): void {
    const initial = initialModel(this.document.graph, {
      seed,
      inputWidth: this.data.inputWidth,
      task: this.data.task,
      classes: this.data.classes,
      batchRows: batchRowsOf(this.config.batchSize, this.data.train.n),
    });
    this.compiled = initial.structure;
    this.plan = initial.plan;
    this.network = new FastNetwork(initial.structure, MIN_CAPACITY);
    this.network.setProducts(this.products);
    initial.weights.forEach((values, i) => this.network.writeParameter(i, values));
    this.nodes = new Map(this.network.nodes.map((n) => [n.id, n]));
    this.statsValues = new Float32Array(statsLength(this.plan));
    this.applyLossSettings();
  }

  private applyLossSettings(): void {
    this.network.useHalfSquaredError(this.config.halveSquaredError === true);
    const penalties = new Map<string, Penalty>();
    for (const node of this.compiled.graph.nodes) {
      if (node.kind === 'dense')
        penalties.set(node.id, { l1: node.params.l1 + this.config.l1, l2: node.params.l2 + this.config.l2 });
    }
    this.network.setPenalties(penalties);
  }

  /** Fresh optimizer, batch order, snapshot and step machinery at step 0. */
  private startRun(): void {
    this.optimizer = this.createOptimizer(this.config.optimizer);
    this.useSchedule(new BatchSchedule(this.data.train.n, this.config.batchSize, this.config.seed));
    this.stepCount = 0;
    this.snapshot = new FastSnapshot(this.network);
    this.snapshot.take(this.network, null, 0, this.cursor.state);
    this.pendingStats = null;
    this.trail.reset(this.config.statsEvery);
  }

  private createOptimizer(config: OptimizerConfig): FastOptimizer {
    return new FastOptimizer(
      config,
      this.network.parameters.map((p) => p.values.length),
    );
  }

  private useSchedule(schedule: BatchSchedule): void {
    this.cursor = new BatchCursor(schedule);
    this.network.ensureCapacity(schedule.batchSize);
    this.stepper = new FastStep(this.network, this.train, this.cursor, this.statsValues);
  }

  /** Layer names per node and the Linear nodes, as the tfjs model names them. */
  get layout(): EngineLayout {
    return { layersByNode: this.compiled.layersByNode, linearNodeIds: this.compiled.linearNodeIds };
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
    const { epoch, batchIndex } = this.cursor.state;
    return {
      step: this.stepCount,
      epoch,
      batchInEpoch: batchIndex,
      batchesPerEpoch: this.cursor.schedule.batchesPerEpoch,
    };
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

  /** Takes a snapshot of the state after clean steps and returns their mean loss (null when none ran since the last check). */
  private check(): number | null {
    const meanLoss = this.stepper.takeMeanLoss();
    if (meanLoss === null) return null;
    this.snapshot.take(this.network, this.optimizer, this.stepCount, this.cursor.state);
    return meanLoss;
  }

  /** Names where the bad step went non-finite, rolls back to the snapshot and reports. */
  private recover(bad: BadStep): DivergenceReport {
    const step = this.stepCount + 1;
    const probed = this.compiled.nodeOrder.filter((id) => this.compiled.outputIndex.nodes.has(id));
    const diagnosis = this.stepper.diagnose(probed, bad);
    this.restoreSnapshot();
    const report = describeDivergence(this.compiled, {
      step,
      restoredStep: this.snapshot.step,
      learningRate: this.config.optimizer.learningRate,
      badMask: bad.mask,
      diagnosis,
    });
    this.settings.divergence = report;
    return report;
  }

  private restoreSnapshot(): void {
    this.snapshot.restore(this.network, this.optimizer);
    this.cursor.restore(this.snapshot.schedule);
    this.stepCount = this.snapshot.step;
    this.stepper.takeMeanLoss();
    this.pendingStats = null;
    this.trail.dropAfter(this.stepCount);
  }

  /**
   * Runs `count` batches, checking every statsEvery steps and at the end (a snapshot of the state
   * each time); a step whose loss or gradient is non-finite is never applied: the state rolls back to
   * the last snapshot, the remaining batches are skipped and the report says where it happened.
   */
  async step(count = 1): Promise<StepResult> {
    this.assertLive();
    if (!(Number.isInteger(count) && count >= 0))
      throw new RangeError(`Step count ${String(count)} must be a whole number ≥ 0.`);
    const every = Math.max(1, this.config.statsEvery);
    const start = this.stepCount;
    let meanLoss: number | null = null;
    for (let i = 0; i < count; i++) {
      const next = this.stepCount + 1;
      const sample = next % every === 0;
      // The pending sample's values are about to be overwritten: keep them on the trail if wanted.
      if (sample && this.pendingStats && this.trail.wants(this.pendingStats.step)) {
        this.trail.add({ ...this.pendingStats, layers: decodeStats(this.plan, this.statsValues) });
      }
      const bad = this.stepper.run(this.optimizer, sample ? this.plan : null);
      if (bad) {
        const diverged = this.recover(bad);
        return { steps: this.stepCount - start, meanLoss: null, diverged };
      }
      this.stepCount = next;
      if (sample) this.pendingStats = { step: next, epoch: this.cursor.epoch };
      if (next % every === 0 || i === count - 1) meanLoss = this.check() ?? meanLoss;
    }
    return { steps: count, meanLoss, diverged: null };
  }

  /** Runs the batches left in the current epoch (a whole epoch when at its start). */
  async runEpoch(): Promise<StepResult> {
    return this.step(this.cursor.batchesLeftInEpoch);
  }

  /** Loss (without penalty) and accuracy over the full training and validation sets. */
  async evaluate(): Promise<EvaluationMetrics> {
    this.assertLive();
    const classify = this.data.task !== 'regression';
    const logits = this.compiled.head.kind === 'logits';
    const train = splitTotals(this.network, this.train, classify, logits);
    const hasValidation = this.validation.n > 0;
    const validation = hasValidation ? splitTotals(this.network, this.validation, classify, logits) : null;
    return {
      trainLoss: train.loss / this.train.n,
      trainAccuracy: classify ? train.correct / this.train.n : null,
      validationLoss: validation ? validation.loss / this.validation.n : null,
      validationAccuracy: validation && classify ? validation.correct / this.validation.n : null,
      misclassified: classify ? this.train.n - train.correct : null,
      penalty: Math.fround(this.stepper.penalty()),
    };
  }

  /** The samples of earlier sampled steps that no report has taken, oldest first (all older than the pending one). */
  async takeEarlierStats(): Promise<StatsSample[]> {
    return this.trail.take();
  }

  /** Statistics of the last sampled step; when none is waiting, a fresh sample on up to 4096 training rows at the current weights. */
  async collectStats(): Promise<StatsSample> {
    this.assertLive();
    const pending = this.pendingStats ?? { step: this.stepCount, epoch: this.cursor.state.epoch };
    if (!this.pendingStats) {
      const rows = Math.min(this.train.n, SAMPLE_ROWS);
      const capacity = this.network.capacity;
      this.network.ensureCapacity(rows);
      this.stepper.sample(this.train.x, this.train.targets, rows, this.plan);
      this.network.shrinkTo(capacity);
    }
    this.pendingStats = null;
    return { step: pending.step, epoch: pending.epoch, layers: decodeStats(this.plan, this.statsValues) };
  }

  /** The plane's points as network inputs, kept for the last resolution: a run's moments ask for the same grid hundreds of times. */
  private plane: { resolution: number; features: Float32Array; cells: number } | null = null;

  private planeFeatures(resolution: number): { features: Float32Array; cells: number } {
    if (!this.data.bounds)
      throw new RangeError(
        'The decision surface needs data with 1 or 2 columns; this dataset has more, so there is no plane to draw.',
      );
    if (this.plane?.resolution !== resolution) {
      const cells = resolution * resolution;
      this.plane = {
        resolution,
        features: this.data.transform(gridPoints(this.data.bounds, resolution), cells),
        cells,
      };
    }
    return this.plane;
  }

  /** Predictions over a resolution × resolution grid spanning the data's bounds; layout in grid.ts (predictGrid). */
  async decisionGrid(resolution: number): Promise<Float32Array> {
    this.assertLive();
    const { features, cells } = this.planeFeatures(resolution);
    return gridValues(this.network, features, cells, this.data.task);
  }

  /** Predictions for n rows mapped like the training rows; layout as grid.ts predictGrid. */
  async predictRows(features: Float32Array, n: number): Promise<Float32Array> {
    this.assertLive();
    return gridValues(this.network, features, n, this.data.task);
  }

  /** Every drawn hidden node's units over the plane (layout and limits as neuron-grids.ts); null without a 2-D plane. */
  async neuronGrids(resolution: number): Promise<NeuronGrid[] | null> {
    this.assertLive();
    if (!this.data.bounds) return null;
    const drawn = drawnNodes(this.compiled);
    if (drawn.length === 0) return [];
    const { features, cells } = this.planeFeatures(resolution);
    const values = unitValues(
      this.network,
      features,
      cells,
      drawn.map((d) => this.nodes.get(d.nodeId) as NodeBuffers),
    );
    return drawn.map((d, i) => ({ nodeId: d.nodeId, units: d.units, resolution, values: values[i] }));
  }

  /** Every weight's values, by node id and weight name, in tfjs's layout. */
  async getWeights(): Promise<WeightValues[]> {
    this.assertLive();
    return this.network.parameters.map((p, i) => ({
      nodeId: p.nodeId,
      name: p.name,
      shape: [...p.shape],
      values: this.network.readParameter(i),
    }));
  }

  /**
   * Loads weights (all of the model's, right shapes, else it throws and changes nothing) and, with `at`, the
   * counters; they become the snapshot, and the optimizer starts fresh.
   */
  setWeights(weights: WeightValues[], at?: CounterPosition): void {
    this.assertLive();
    if (at) checkPosition(at, this.cursor.schedule.batchesPerEpoch);
    const ordered = orderWeights(this.network.parameters, weights);
    ordered.forEach((w, i) => this.network.writeParameter(i, w.values));
    this.optimizer = this.createOptimizer(this.config.optimizer);
    if (at) {
      this.stepCount = at.step;
      this.cursor.restore({ epoch: at.epoch, batchIndex: at.batchInEpoch });
      this.stepper.takeMeanLoss();
      this.pendingStats = null;
      this.trail.reset(this.config.statsEvery);
    }
    this.snapshot.take(this.network, null, this.stepCount, this.cursor.state);
  }

  /** Changes the learning rate from the next step on, keeping the optimizer's state. */
  setLearningRate(learningRate: number): void {
    this.assertLive();
    checkLearningRate(learningRate);
    this.optimizer.setLearningRate(learningRate);
    this.settings.tookLearningRate(learningRate);
  }

  /** Switches optimizer (its state starts fresh); the weights are kept. */
  setOptimizer(config: OptimizerConfig): void {
    this.assertLive();
    this.optimizer = this.createOptimizer(config);
    this.settings.tookOptimizer(config);
  }

  /**
   * Applies changed training settings without losing the weights, as Trainer.updateTraining does (a new batch size
   * from the next epoch, a new seed at the next reset).
   */
  updateTraining(config: TrainingConfig): void {
    this.assertLive();
    this.settings.update(config, {
      optimizer: (optimizer) => this.setOptimizer(optimizer),
      learningRate: (learningRate) => this.setLearningRate(learningRate),
      batchSize: (batchSize) => {
        const { epoch, batchIndex } = this.cursor.state;
        const lossState = this.stepper;
        this.useSchedule(new BatchSchedule(this.data.train.n, batchSize, this.config.seed));
        this.stepper.continueFrom(lossState);
        this.cursor.restore({ epoch: batchIndex > 0 ? epoch + 1 : epoch, batchIndex: 0 });
      },
    });
    this.applyLossSettings();
  }

  /**
   * Starts over with fresh weights drawn from `seed` (default: the seed last given to updateTraining, else the
   * current one) and a fresh optimizer.
   */
  reset(seed?: number): void {
    this.assertLive();
    this.settings.takeResetSeed(seed);
    this.build(this.config.seed);
    this.startRun();
    this.settings.divergence = null;
  }

  /** Lets go of the buffers (the engine holds no tfjs tensors); safe to call twice. */
  dispose(): void {
    this.settings.dispose();
  }
}
