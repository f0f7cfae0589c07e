/**
 * Early stopping for both engines: a TrainingEngine that wraps the tfjs Trainer or the fast engine,
 * ends every step() call at epoch boundaries, evaluates the watched loss there, keeps the best
 * epoch's weights and, once patience runs out, stops (putting those weights back if asked). A
 * stopped engine runs no more steps until reset(), new weights or changed early-stopping settings.
 */
import { DEFAULT_EARLY_STOPPING, type EarlyStoppingConfig, type OptimizerConfig, type TrainingConfig } from './config';
import { EarlyStopper, earlyStopMessage, watchedLoss, type EarlyStopReport } from './early-stopping';
import type { EngineKind, EngineLayout, TrainingEngine } from './engine-types';
import type { EvaluationMetrics } from './metrics';
import type { NeuronGrid } from './neuron-grids';
import type { StatsSample } from './stats';
import type { CounterPosition, DivergenceReport, StepResult, TrainingCounters } from './trainer-types';
import type { WeightValues } from './weights';

const settingsOf = (training: TrainingConfig): EarlyStoppingConfig => training.earlyStopping ?? DEFAULT_EARLY_STOPPING;
const sameSettings = (a: EarlyStoppingConfig, b: EarlyStoppingConfig) => JSON.stringify(a) === JSON.stringify(b);

/** The inner engine with early stopping on top; with it off every call goes straight through. */
export class EarlyStoppingEngine implements TrainingEngine {
  private stopper: EarlyStopper | null = null;
  private best: WeightValues[] | null = null;
  private report: EarlyStopReport | null = null;

  /** `inner` is the engine that trains (the tfjs Trainer or the fast engine). */
  constructor(readonly inner: TrainingEngine) {
    this.restart();
  }

  get kind(): EngineKind {
    return this.inner.kind;
  }
  get layout(): EngineLayout {
    return this.inner.layout;
  }
  get training(): TrainingConfig {
    return this.inner.training;
  }
  get counters(): TrainingCounters {
    return this.inner.counters;
  }
  get hasPendingStats(): boolean {
    return this.inner.hasPendingStats;
  }
  get divergence(): DivergenceReport | null {
    return this.inner.divergence;
  }
  /** Where and why the run stopped early; null while it may go on. */
  get earlyStop(): EarlyStopReport | null {
    return this.report;
  }

  /** Runs up to `count` batches, judging each epoch that ends on the way; none once stopped. */
  async step(count = 1): Promise<StepResult> {
    if (this.report) return { steps: 0, meanLoss: null, diverged: null };
    if (!this.stopper) return this.inner.step(count);
    let steps = 0;
    let lossSum = 0;
    let lossSteps = 0;
    while (steps < count) {
      const { batchInEpoch, batchesPerEpoch } = this.inner.counters;
      const result = await this.inner.step(Math.min(count - steps, batchesPerEpoch - batchInEpoch));
      steps += result.steps;
      if (result.meanLoss !== null) {
        lossSum += result.meanLoss * result.steps;
        lossSteps += result.steps;
      }
      if (result.diverged)
        return { steps, meanLoss: lossSteps ? lossSum / lossSteps : null, diverged: result.diverged };
      if (this.inner.counters.batchInEpoch === 0 && result.steps > 0 && (await this.judgeEpoch())) break;
    }
    return { steps, meanLoss: lossSteps ? lossSum / lossSteps : null, diverged: null };
  }

  async runEpoch(): Promise<StepResult> {
    const { batchInEpoch, batchesPerEpoch } = this.inner.counters;
    return this.step(batchesPerEpoch - batchInEpoch);
  }

  /** Evaluates the epoch just ended; true when the run stops here. */
  private async judgeEpoch(): Promise<boolean> {
    const stopper = this.stopper as EarlyStopper;
    const settings = settingsOf(this.inner.training);
    const { loss, monitor } = watchedLoss(await this.inner.evaluate(), settings.monitor);
    const { epoch, step } = this.inner.counters;
    const verdict = stopper.observe(loss, epoch, step);
    // The best epoch can move without an improvement above minDelta (scikit-learn's rule on the training loss).
    if (settings.restoreBest && stopper.bestEpoch.epoch === epoch) this.best = await this.inner.getWeights();
    if (verdict !== 'stop') return false;
    const best = stopper.bestEpoch;
    const restored = settings.restoreBest && this.best !== null;
    if (restored) this.inner.setWeights(this.best as WeightValues[], { step, epoch, batchInEpoch: 0 });
    const report = { epoch, step, bestEpoch: best.epoch, bestStep: best.step, bestLoss: best.loss, monitor, restored };
    this.report = { ...report, message: earlyStopMessage(report, settings.patience) };
    this.best = null;
    return true;
  }

  /** A fresh run as far as early stopping knows: no best epoch, not stopped. */
  private restart(): void {
    const settings = settingsOf(this.inner.training);
    this.stopper = settings.enabled ? new EarlyStopper(settings) : null;
    this.best = null;
    this.report = null;
  }

  evaluate(): Promise<EvaluationMetrics> {
    return this.inner.evaluate();
  }
  collectStats(): Promise<StatsSample> {
    return this.inner.collectStats();
  }
  takeEarlierStats(): Promise<StatsSample[]> {
    return this.inner.takeEarlierStats();
  }
  decisionGrid(resolution: number): Promise<Float32Array> {
    return this.inner.decisionGrid(resolution);
  }
  predictRows(features: Float32Array, n: number): Promise<Float32Array> {
    return this.inner.predictRows(features, n);
  }
  neuronGrids(resolution: number): Promise<NeuronGrid[] | null> {
    return this.inner.neuronGrids(resolution);
  }
  getWeights(): Promise<WeightValues[]> {
    return this.inner.getWeights();
  }
  /** Loads weights into the inner engine; early stopping starts over from them. */
  setWeights(weights: WeightValues[], at?: CounterPosition): void {
    this.inner.setWeights(weights, at);
    this.restart();
  }
  setLearningRate(learningRate: number): void {
    this.inner.setLearningRate(learningRate);
  }
  setOptimizer(config: OptimizerConfig): void {
    this.inner.setOptimizer(config);
  }
  /** Applies the settings; changed early-stopping settings start its tracking over (and lift a stop). */
  updateTraining(config: TrainingConfig): void {
    const changed = !sameSettings(settingsOf(this.inner.training), settingsOf(config));
    this.inner.updateTraining(config);
    if (changed) this.restart();
  }
  reset(seed?: number): void {
    this.inner.reset(seed);
    this.restart();
  }
  dispose(): void {
    this.inner.dispose();
  }
}
