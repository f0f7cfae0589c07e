/**
 * The training worker's brain, free of any framework: it owns a training engine (the fast engine
 * or the tfjs Trainer, as createEngine chooses or the init message asks) and answers CoreRequest
 * messages with CoreReport ones through an injected `post`, so a Web Worker wraps it in three lines
 * and tests drive it directly. Every message and every slice of the run loop runs one at a time
 * from a queue; between slices the loop yields to the event loop so that new messages get in.
 *
 *   const core = new WorkerCore({ post: (message, transfer) => self.postMessage(message, transfer) });
 *   self.onmessage = (event) => void core.handle(event.data);
 */
import {
  backendCandidates,
  initBackend,
  onBackendLost,
  type BackendChoice,
  type BackendName,
  type WasmPaths,
} from '../backends';
import { ensureDatasetLoaded } from '../../data/real/load';
import { createEngine, type EngineChoice, type EnginePreference, type TrainingEngine } from '../engine';
import { checkLayers, describeExplosion, lossExplosion, LossWatch, type Explosion } from '../explosion';
import type { MetricPoint } from '../../project/types';
import { MetricCadence, metricPoint } from '../metric-cadence';
import { MAX_PACE_WAIT_MS, Pacer, pacedStepsPerSecond } from '../pace';
import type { EarlyStopReport } from '../early-stopping';
import type { EvaluationMetrics } from '../metrics';
import {
  assertNever,
  transferablesOf,
  type CoreReport,
  type CoreRequest,
  type StopReason,
  type ToWorker,
  type TrainingDocument,
} from './protocol';
import type { StatsSample } from '../stats';
import type { StepResult } from '../trainer-types';
import { createYielder, type Yielder } from './yielder';
import { sameNetwork } from '../document-diff';
import { prepareDocumentData, wait, weightCopies, type WorkerCoreOptions } from './worker-core-support';
import { TimelineFrames } from './timeline-frames';

export { prepareDocumentData, type WorkerCoreOptions } from './worker-core-support';

/** Handles the worker protocol for one project at a time. */
export class WorkerCore {
  private trainer: TrainingEngine | null = null;
  private enginePreference: EnginePreference = 'auto';
  private engineChoice: EngineChoice | null = null;
  private document: TrainingDocument | null = null;
  private backend: BackendChoice | null = null;
  private wasmPaths: WasmPaths | undefined;
  private queue: Promise<void> = Promise.resolve();
  private playing = false;
  private looping = false;
  private disposed = false;
  private chunk = 1;
  private stepsPerSecond = 0;
  private batchLoss: number | null = null;
  private metrics: EvaluationMetrics | null = null;
  private metricsStep = 0;
  private metricsAt = -Infinity;
  private readonly cadence = new MetricCadence();
  private pointsSentAt = -Infinity;
  private readonly pacer = new Pacer();
  /** The moments kept on the timeline and a paced run's live frames. */
  private readonly frames: TimelineFrames;
  /** Rows in the training and validation splits, to count misclassified samples. */
  private splitSizes: { train: number; validation: number } | undefined;
  /** Measured milliseconds of one training step and of one moment's grid (moving averages; 0 before any). */
  private stepMs = 0;
  /** The explosion guard: recent losses, and the first explosion a posted statistics sample showed. */
  private readonly lossWatch = new LossWatch();
  private explosion: Explosion | null = null;
  private stopWatchingBackend: () => void = () => {};
  private readonly yielder: Yielder;
  private readonly now: () => number;

  constructor(private readonly options: WorkerCoreOptions) {
    this.yielder = options.yielder ?? createYielder();
    this.now = options.now ?? (() => performance.now());
    this.frames = new TimelineFrames((message) => this.post(message), this.now);
  }

  /** The engine in use and why it was chosen; null before a network is built. */
  get engine(): EngineChoice | null {
    return this.engineChoice;
  }

  /** Queues a message; the promise settles once it has been handled (errors are posted, not thrown). */
  handle(message: CoreRequest): Promise<void> {
    return this.enqueue(() => this.process(message), message.type);
  }

  private enqueue(job: () => Promise<void>, request: ToWorker['type'] | null): Promise<void> {
    const run = this.queue.then(job).catch((error: unknown) => {
      const wasPlaying = this.playing;
      this.playing = false;
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error), request });
      if (wasPlaying) this.post({ type: 'stopped', reason: 'error' });
    });
    this.queue = run;
    return run;
  }

  private post(message: CoreReport): void {
    if (this.disposed && message.type !== 'stopped') return;
    this.options.post(message, transferablesOf(message));
  }

  private requireTrainer(): TrainingEngine {
    if (!this.trainer)
      throw new Error(
        'No network is loaded yet: send init with a project, or fix the errors reported when it was built.',
      );
    return this.trainer;
  }

  private async process(message: CoreRequest): Promise<void> {
    if (this.disposed) return;
    switch (message.type) {
      case 'init':
        this.wasmPaths = message.wasmPaths;
        this.enginePreference = message.engine ?? 'auto';
        this.frames.start(message.moments);
        this.backend = await (this.options.initBackend ?? initBackend)(message.backend, {
          wasmPaths: message.wasmPaths,
        });
        this.stopWatchingBackend();
        this.stopWatchingBackend = onBackendLost(() => void this.enqueue(() => this.fallBack(), null));
        return this.rebuild(message.document);
      case 'updateDocument':
        return this.updateDocument(message.document);
      case 'play':
        return this.play();
      case 'pause':
        return this.stop('paused');
      case 'step':
        await this.stop('paused');
        await this.afterSteps(await this.requireTrainer().step(message.batches));
        return;
      case 'stepEpoch':
        await this.stop('paused');
        await this.afterSteps(await this.requireTrainer().runEpoch());
        return;
      case 'reset':
        await this.stop('paused');
        this.requireTrainer().reset(message.seed);
        this.forgetExplosion();
        this.batchLoss = null;
        this.cadence.restart();
        this.frames.restart();
        return this.postProgress(true);
      case 'setLearningRate':
        this.requireTrainer().setLearningRate(message.learningRate);
        return;
      case 'setOptimizer':
        this.requireTrainer().setOptimizer(message.optimizer);
        return;
      case 'requestGrid': {
        const trainer = this.requireTrainer();
        const { values, extras } = await this.frames.requested(trainer, message.resolution);
        const channels = values.length === message.resolution ** 2 ? 1 : 2;
        // The grid joins the timeline like a moment, so it carries the weights it was drawn with.
        this.post({
          type: 'grid',
          resolution: message.resolution,
          channels,
          values,
          weights: await weightCopies(trainer),
          ...extras,
        });
        return;
      }
      case 'setProjection':
        this.frames.setProjection(message.projection);
        return;
      case 'getWeights':
        this.post({ type: 'weights', weights: await this.requireTrainer().getWeights() });
        return;
      case 'setWeights':
        this.requireTrainer().setWeights(message.weights, message.at);
        this.forgetExplosion();
        // New weights at the same step: the point taken there no longer describes them.
        this.cadence.restart();
        this.frames.restart();
        return this.postProgress(true);
      case 'dispose':
        return this.dispose();
      default:
        assertNever(message);
    }
  }

  /** Builds an engine for the document (the old one is freed first) and announces it, with which engine it is and why. */
  private async rebuild(document: TrainingDocument): Promise<void> {
    await this.stop('paused');
    this.trainer?.dispose();
    this.trainer = null;
    this.document = structuredClone(document);
    this.metrics = null;
    this.batchLoss = null;
    this.cadence.restart();
    this.frames.restart();
    this.forgetExplosion();
    const backend = this.backend as BackendChoice;
    await ensureDatasetLoaded(this.document.data);
    const data = (this.options.prepare ?? prepareDocumentData)(this.document);
    this.splitSizes = { train: data.train.n, validation: data.validation.n };
    this.frames.setData(data);
    const { engine: trainer, choice } = createEngine(this.document, data, {
      engine: this.enginePreference,
      backend: backend.backend,
    });
    this.trainer = trainer;
    this.engineChoice = choice;
    const { layout } = trainer;
    this.post({
      type: 'ready',
      backend: backend.backend,
      skipped: backend.skipped,
      counters: trainer.counters,
      layersByNode: new Map(layout.layersByNode),
      linearNodeIds: layout.linearNodeIds,
      engine: choice.kind,
      engineReason: choice.reason,
      products: choice.products,
    });
    await this.postProgress(true);
  }

  /** Only the training settings changed → applied in place; the graph or the data changed → rebuilt. */
  private async updateDocument(document: TrainingDocument): Promise<void> {
    const same = this.document && this.trainer && sameNetwork(document, this.document);
    if (!same || !this.trainer) return this.rebuild(document);
    this.trainer.updateTraining(document.training);
    this.document = structuredClone(document);
  }

  private async play(): Promise<void> {
    const trainer = this.requireTrainer();
    if (this.finished(trainer)) {
      this.post({ type: 'stopped', reason: 'finished', ...this.earlyStopOf(trainer) });
      return;
    }
    this.playing = true;
    this.pacer.restart();
    // A finding from before the pause is judged again on fresh statistics.
    this.explosion = null;
    if (this.looping) return;
    this.looping = true;
    void (async () => {
      while (this.playing && !this.disposed) {
        let sleep = 0;
        await this.enqueue(async () => {
          sleep = await this.slice();
        }, 'play');
        // A paced run sleeps outside the queue, so a pause or a new pace gets in at once.
        if (sleep > 0 && this.playing) await (this.options.wait ?? wait)(sleep);
        else await this.yielder.yieldToEventLoop();
      }
      this.looping = false;
    })();
  }

  /** The run is over: its epochs are done, or early stopping ended it. */
  private finished(trainer: TrainingEngine): boolean {
    return trainer.counters.epoch >= (this.document?.training.epochs ?? Infinity) || Boolean(trainer.earlyStop);
  }

  /** The early stop to announce with a 'finished', if that is why the run ended. */
  private earlyStopOf(trainer: TrainingEngine | null): { earlyStop?: EarlyStopReport } {
    return trainer?.earlyStop ? { earlyStop: trainer.earlyStop } : {};
  }

  /**
   * Trains for about sliceMs in chunks sized from the measured step time (or, for a paced run, the
   * steps its pace allows now), then reports; returns how long to sleep before the next slice.
   */
  private async slice(): Promise<number> {
    const trainer = this.trainer;
    if (!this.playing || !trainer) return 0;
    const sliceMs = this.options.sliceMs ?? 20;
    const start = this.now();
    let steps = 0;
    const epochs = this.document?.training.epochs ?? Infinity;
    const rate = pacedStepsPerSecond(this.document?.training.epochsPerSecond, trainer.counters.batchesPerEpoch);
    const paced = Number.isFinite(rate);
    let sleep = 0;
    // The moment where the run starts or resumes, before its first step.
    await this.frames.takeMoment(trainer, this.document?.training, this.stepMs);
    while (this.playing && this.now() - start < sliceMs) {
      const { batchInEpoch, batchesPerEpoch, epoch, step } = trainer.counters;
      const allowed = this.pacer.allowed(step, rate, this.now());
      if (allowed <= 0) {
        sleep = this.pacer.waitMs(step, this.now());
        break;
      }
      const left = (epochs - epoch) * batchesPerEpoch - batchInEpoch;
      // A chunk ends where the next metric point or moment is due, so that each is taken at its own step.
      const toMoment = this.frames.stepsToNext(step);
      const count = Math.max(
        1,
        Math.min(this.chunk, left, allowed, toMoment, this.cadence.stepsToNext(step, epochs, batchesPerEpoch)),
      );
      const t0 = this.now();
      const result = await trainer.step(count);
      const elapsed = this.now() - t0;
      steps += result.steps;
      this.cadence.recordSteps(result.steps, elapsed);
      this.batchLoss = result.meanLoss ?? this.batchLoss;
      const lossLimit = this.lossWatch.observe(result.meanLoss);
      // Aim for about four chunks per slice: each chunk ends with one small readback.
      const perStep = elapsed / Math.max(1, result.steps);
      this.stepMs = this.stepMs === 0 ? perStep : 0.9 * this.stepMs + 0.1 * perStep;
      this.chunk = Math.max(1, Math.min(1000, Math.floor(sliceMs / 4 / Math.max(perStep, 1e-3))));
      if (result.diverged) {
        this.post({ type: 'diverged', ...result.diverged });
        await this.stop('diverged');
        break;
      }
      if (lossLimit !== null) {
        await this.halt(
          lossExplosion(result.meanLoss as number, lossLimit, (await this.postFreshStats(trainer)).layers),
        );
        break;
      }
      const at = trainer.counters;
      // A paced run charts every epoch it shows.
      const epochEnd = paced && at.batchInEpoch === 0 && !this.cadence.has(at.step);
      if (epochEnd || this.cadence.due(at.step, epochs, at.batchesPerEpoch)) await this.evaluate(trainer, true);
      await this.frames.takeMoment(trainer, this.document?.training, this.stepMs);
      if (this.finished(trainer)) await this.stop('finished');
    }
    // A paced run's speed is its pace, not the burst speed of its short slices.
    const seconds = (this.now() - start) / 1000;
    if (paced) this.stepsPerSecond = rate;
    else if (seconds > 0 && steps > 0)
      this.stepsPerSecond =
        this.stepsPerSecond === 0 ? steps / seconds : 0.8 * this.stepsPerSecond + 0.2 * (steps / seconds);
    if (this.playing && (steps > 0 || !paced)) await this.postProgress(false);
    if (this.playing && this.explosion) await this.halt(this.explosion);
    if (paced && steps > 0) await this.postFrame(trainer);
    return sleep > 0 ? Math.min(sleep, MAX_PACE_WAIT_MS) : 0;
  }

  /**
   * A paced run's live frame, at most every frameEveryMs: the decision grid (unless a moment was just taken) and
   * fresh statistics for the gradient tint.
   */
  private async postFrame(trainer: TrainingEngine): Promise<void> {
    if (!this.frames.frameDue(this.options.frameEveryMs ?? 100)) return;
    await this.frames.liveGrid(trainer);
    if (!trainer.hasPendingStats) this.postStats(await trainer.collectStats());
  }

  /**
   * Evaluates the full-set metrics at the current step and keeps them as a history point to report.
   * Only evaluations inside the run loop are timed for the cadence: the first one after a build runs
   * on cold code and would make every later interval far too long.
   */
  private async evaluate(trainer: TrainingEngine, timed = false): Promise<void> {
    const t0 = this.now();
    const metrics = await trainer.evaluate();
    this.metricsAt = this.now();
    if (timed) this.cadence.recordEvaluation(this.metricsAt - t0);
    const { step, epoch } = trainer.counters;
    this.metrics = metrics;
    this.metricsStep = step;
    this.cadence.add(metricPoint(step, epoch, metrics, this.splitSizes));
  }

  /**
   * Posts progress with the metric points taken since the last one (evaluating now when asked, or when none came for
   * metricsEveryMs) and any waiting statistics.
   */
  private async postProgress(evaluate: boolean): Promise<void> {
    const trainer = this.trainer;
    if (!trainer) return;
    const stale = this.now() - this.metricsAt >= (this.options.metricsEveryMs ?? 1000);
    if ((evaluate || stale) && !this.cadence.has(trainer.counters.step)) await this.evaluate(trainer);
    const counters = trainer.counters;
    this.post({
      type: 'progress',
      step: counters.step,
      epoch: counters.epoch,
      counters,
      metrics: this.metrics,
      metricsStep: this.metricsStep,
      points: this.takePoints(),
      batchLoss: this.batchLoss,
      stepsPerSecond: this.stepsPerSecond,
      running: this.playing,
      engine: trainer.kind,
    });
    for (const earlier of await trainer.takeEarlierStats()) this.postStats(earlier);
    if (trainer.hasPendingStats) this.postStats(await trainer.collectStats());
  }

  /** Posts a statistics sample and keeps the first explosion one shows (weights past the limit, every gradient zero). */
  private postStats(sample: StatsSample): void {
    this.post({ type: 'stats', ...sample });
    this.explosion ??= checkLayers(sample.layers);
  }

  /** Takes and posts a statistics sample of the current weights (the pending one if any), for naming a layer. */
  private async postFreshStats(trainer: TrainingEngine): Promise<StatsSample> {
    const sample = await trainer.collectStats();
    this.postStats(sample);
    return sample;
  }

  /** Reports a finite explosion with the layer and the fix and stops the run; nothing is rolled back, so the user sees the damage. */
  private async halt(explosion: Explosion): Promise<void> {
    const trainer = this.requireTrainer();
    this.explosion = null;
    this.post({
      type: 'diverged',
      ...describeExplosion(explosion, trainer.counters.step, trainer.training.optimizer.learningRate),
    });
    await this.stop('diverged');
    this.explosion = null;
  }

  /** Forgets the explosion guard's history: the weights it judged are gone. */
  private forgetExplosion(): void {
    this.lossWatch.clear();
    this.explosion = null;
  }

  /**
   * The metric points to send now: while playing, at most every pointsEveryMs (all taken since, at
   * once), since each batch of points redraws the page's charts whatever its size; otherwise all.
   */
  private takePoints(): MetricPoint[] {
    const now = this.now();
    if (this.playing && now - this.pointsSentAt < (this.options.pointsEveryMs ?? 200)) return [];
    this.pointsSentAt = now;
    return this.cadence.take();
  }

  /** After steps the user asked for: the divergence if any, then fresh progress and statistics. */
  private async afterSteps(result: StepResult): Promise<void> {
    this.batchLoss = result.meanLoss ?? this.batchLoss;
    const lossLimit = this.lossWatch.observe(result.meanLoss);
    if (result.diverged) this.post({ type: 'diverged', ...result.diverged });
    await this.postProgress(true);
    const trainer = this.trainer;
    if (!trainer) return;
    const sample = trainer.hasPendingStats ? null : await this.postFreshStats(trainer);
    if (result.diverged) return;
    if (lossLimit !== null)
      return this.halt(
        lossExplosion(result.meanLoss as number, lossLimit, (sample ?? (await this.postFreshStats(trainer))).layers),
      );
    if (this.explosion) return this.halt(this.explosion);
    await this.frames.takeMoment(trainer, this.document?.training, this.stepMs);
  }

  /** Stops a running loop and says why (nothing is said when nothing was running). */
  private async stop(reason: StopReason): Promise<void> {
    if (!this.playing) return;
    this.playing = false;
    await this.postProgress(true);
    this.post({ type: 'stopped', reason, ...(reason === 'finished' ? this.earlyStopOf(this.trainer) : {}) });
  }

  /** The GPU context was lost: the weights on it are gone, so the network is rebuilt on the next backend. */
  private async fallBack(): Promise<void> {
    const lost = this.backend?.backend as BackendName;
    const next = backendCandidates(lost)[1] ?? 'cpu';
    const wasRunning = this.playing;
    this.playing = false;
    this.post({
      type: 'error',
      message: `The ${lost} context was lost (the GPU was reset or reclaimed); training restarts from fresh weights on ${next}.`,
      request: null,
    });
    if (wasRunning) this.post({ type: 'stopped', reason: 'error' });
    try {
      this.trainer?.dispose();
    } catch {
      // Freeing textures of a lost context can fail; they are gone with the context anyway.
    }
    this.trainer = null;
    this.backend = await (this.options.initBackend ?? initBackend)(next, { wasmPaths: this.wasmPaths });
    if (this.document) await this.rebuild(this.document);
  }

  private async dispose(): Promise<void> {
    this.playing = false;
    this.disposed = true;
    this.stopWatchingBackend();
    this.trainer?.dispose();
    this.trainer = null;
    this.yielder.close();
    this.post({ type: 'stopped', reason: 'disposed' });
  }
}
