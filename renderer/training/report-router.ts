/**
 * Routing each worker report to the store (through the client's batcher) and keeping the run's
 * bookkeeping: counters shifted by the resume base, one history point per evaluation, reports of a
 * run that was just reset or rebuilt dropped, the weights a fallback resumes from, and the
 * decision grid, weights and neuron grids asked for again whenever they went stale.
 */
import type { EarlyStopReport } from '../../src/training/early-stopping';
import { assertNever } from '../../src/training/protocol';
import type { TrainingCounters } from '../../src/training/trainer-types';
import type { TrainingUpdate } from '../store/types';
import type { TrainingClient } from './client';
import { workerDocument } from './document-sync';
import type { HostReport } from './messages';
import {
  backendLabel,
  describeReady,
  finishedNotice,
  metricPointsOf,
  shiftCounters,
  shiftDivergence,
  shiftStats,
  ZERO_BASE,
} from './reports';
import { GRID_REQUEST_MARK, measureSince } from '../ui/user-timing';
import { pinnedWeightsMoment } from '../features/weights/weights-moment';

/** A backend failing mid-run (rather than a problem with the network): resume elsewhere instead of stopping. */
const BACKEND_FAILURE = /context|webgl|webgpu|gpu|device (was )?lost|out of memory/i;

/** Least milliseconds between weight requests while a paced run plays. */
const PACED_WEIGHTS_EVERY_MS = 250;

/** Reports older than this are from before a reset or rebuild and are dropped. */
type Barrier = null | 'ready' | 'stepZero';

/** Per-worker report handling for one TrainingClient. */
export class ReportRouter {
  private barrier: Barrier = null;
  private skipProgress = 0;
  private lastMetricStep = -1;
  private raw: TrainingCounters = { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 };
  private racedNote: string | null = null;
  private generation = 0;
  private gridRequests: number[] = [];
  private weightRequests: number[] = [];
  private lastGridAt = -Infinity;
  private lastWeightsAt = -Infinity;
  private gridStale = true;
  private weightsStale = true;
  private planeless = false;
  private weightsWaiters: (() => void)[] = [];
  /** The moment whose units were last asked for (null: none, live). */
  private momentNeuronStep: number | null = null;

  constructor(private readonly client: TrainingClient) {}

  /** Forgets the run (reset, rebuild, new worker): answers to earlier requests are dropped. */
  forget(): void {
    this.generation += 1;
    this.lastMetricStep = -1;
    this.skipProgress = 0;
    this.barrier = this.client.session?.ready ? 'stepZero' : null;
    this.gridStale = this.weightsStale = true;
    this.planeless = false;
    this.momentNeuronStep = null;
  }

  /** The timeline was pinned or unpinned: asks for the units at the pinned moment's weights (once per moment). */
  pinnedChanged(): void {
    const session = this.client.session;
    const moment = pinnedWeightsMoment(this.client.store.getState().training);
    if (!moment?.weights) {
      this.momentNeuronStep = null;
      if (this.client.store.getState().training.momentNeuronGrids) this.add({ patch: { momentNeuronGrids: null } });
      return;
    }
    if (!session?.ready || moment.step === this.momentNeuronStep) return;
    this.momentNeuronStep = moment.step;
    session.worker.postMessage({
      type: 'requestNeuronGrids',
      resolution: this.client.options.neuronResolution ?? 24,
      moment: { step: moment.step, weights: moment.weights },
    });
  }

  /** The worker is gone: nothing it was asked will be answered. */
  detach(): void {
    this.forget();
    this.barrier = null;
    this.gridRequests = [];
    this.weightRequests = [];
    this.weightsWaiters = [];
    this.racedNote = null;
    this.raw = { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 };
  }

  /** A rebuild was asked for: everything until its 'ready' belongs to the old network. */
  expectReady(): void {
    this.forget();
    this.barrier = 'ready';
  }

  /** Calls `then` once the next weights arrive (or fail to). */
  onNextWeights(then: () => void): void {
    this.weightsWaiters.push(then);
  }

  /** The views need a fresh grid and fresh weights. */
  markVisualsStale(): void {
    this.gridStale = this.weightsStale = true;
  }

  private add(update: TrainingUpdate): void {
    this.client.batcher.add(update);
  }

  /** The status as it will be once pending updates land. */
  private get status() {
    return this.client.batcher.peek()?.patch?.status ?? this.client.store.getState().training.status;
  }

  /** Handles one report. */
  route(report: HostReport): void {
    this.client.heard();
    const session = this.client.session;
    if (!session) return;
    const stale = this.barrier !== null;
    switch (report.type) {
      case 'ready':
        return this.ready(report);
      case 'raced':
        this.racedNote = report.note;
        return this.add({ patch: { engineNote: report.note } });
      case 'progress': {
        if (this.barrier === 'stepZero' && report.step === 0) this.barrier = null;
        if (this.barrier !== null) return;
        if (this.skipProgress > 0) {
          this.skipProgress -= 1;
          return;
        }
        if (report.step !== this.raw.step || report.epoch !== this.raw.epoch) this.markVisualsStale();
        this.raw = report.counters;
        // The counters went back (a divergence rolled the run back): the history was cut there too.
        const shownStep = report.step + session.base.step;
        if (shownStep < this.lastMetricStep) this.lastMetricStep = shownStep;
        // Points arrive oldest first; one at a step already charted (a re-sent final evaluation) is dropped.
        const points = metricPointsOf(report, session.base).filter((p) => p.step > this.lastMetricStep);
        if (points.length > 0) this.lastMetricStep = points[points.length - 1].step;
        return this.add({
          patch: {
            counters: shiftCounters(report.counters, session.base),
            stepsPerSecond: report.running ? report.stepsPerSecond : 0,
            ...(report.running ? { status: 'running' as const } : {}),
          },
          metrics: points.length > 0 ? points : undefined,
        });
      }
      case 'stats': {
        if (stale) return;
        const sample = shiftStats({ step: report.step, epoch: report.epoch, layers: report.layers }, session.base);
        return this.add({ stats: [sample], patch: { latestStats: sample } });
      }
      case 'grid': {
        const current = this.gridRequests.shift() === this.generation;
        this.lastGridAt = this.client.scheduler.now();
        measureSince(GRID_REQUEST_MARK, 'mlp:grid-refresh');
        if (stale || !current) return;
        const at = shiftCounters(this.raw, session.base);
        const { resolution, channels, values, weights, projection, predictions } = report;
        return this.add({
          grids: [
            {
              step: at.step,
              epoch: at.epoch,
              resolution,
              channels,
              values,
              ...(weights ? { weights } : {}),
              ...(projection ? { projection } : {}),
              ...(predictions ? { predictions } : {}),
            },
          ],
        });
      }
      case 'moment': {
        if (stale || this.skipProgress > 0) return;
        const at = shiftCounters({ ...this.raw, step: report.step, epoch: report.epoch }, session.base);
        const { resolution, channels, values, kept, weights, projection, predictions } = report;
        return this.add({
          grids: [
            {
              step: at.step,
              epoch: at.epoch,
              resolution,
              channels,
              values,
              moment: kept,
              ...(weights ? { weights } : {}),
              ...(projection ? { projection } : {}),
              ...(predictions ? { predictions } : {}),
            },
          ],
        });
      }
      case 'weights': {
        const waiters = this.weightsWaiters.splice(0);
        // Weights asked for before a rebuild describe the old network's fresh start, not the weights it holds now.
        const outdated = this.weightRequests.length > 0 && this.weightRequests[0] !== this.generation;
        if (!stale && !outdated) {
          const at = shiftCounters(this.raw, session.base);
          this.client.snapshot = {
            weights: report.weights,
            at: { step: at.step, epoch: at.epoch, batchInEpoch: at.batchInEpoch },
          };
          this.add({ patch: { weights: report.weights, weightsAt: { step: at.step, epoch: at.epoch } } });
        }
        waiters.forEach((then) => then());
        return;
      }
      case 'neuronGrids': {
        if (report.momentStep !== undefined) {
          if (stale || report.momentStep !== this.momentNeuronStep) return;
          return this.add({ patch: { momentNeuronGrids: { step: report.momentStep, sets: report.grids } } });
        }
        const current = this.weightRequests.shift() === this.generation;
        this.lastWeightsAt = this.client.scheduler.now();
        if (stale) return;
        // An answer to a request from before a rebuild: ask again now that the way is clear.
        if (!current) return this.afterFlush();
        return this.add({ patch: { neuronGrids: report.grids } });
      }
      case 'diverged': {
        if (stale) return;
        const { type: _type, ...divergence } = report;
        return this.add({ patch: { divergence: shiftDivergence(divergence, session.base), status: 'diverged' } });
      }
      case 'stopped':
        return this.stopped(report.reason, report.earlyStop);
      case 'error':
        return this.error(report.message, report.request);
      default:
        assertNever(report);
    }
  }

  private ready(report: Extract<HostReport, { type: 'ready' }>): void {
    const session = this.client.session;
    if (!session) return;
    const state = this.client.store.getState();
    const first = !session.ready;
    const unasked = !first && this.barrier !== 'ready';
    const lost = session.lost ?? (unasked && session.backend ? { backend: session.backend, wasRunning: false } : null);
    session.ready = true;
    session.backend = report.backend;
    session.lost = null;
    this.barrier = null;
    this.forgetRequests();
    const described = describeReady(report, state.training.backendPreference);
    let notice = first ? described.notice : null;
    const snapshot = lost ? this.client.snapshot : first ? (session.resume?.snapshot ?? null) : null;
    if (lost)
      notice = snapshot
        ? `The ${backendLabel(lost.backend)} context was lost; training continues on ` +
          `${backendLabel(report.backend)} from step ${snapshot.at.step}.`
        : `The ${backendLabel(lost.backend)} context was lost; training starts again from fresh weights on ` +
          `${backendLabel(report.backend)}.`;
    else if (first && session.resume?.notice) notice = session.resume.notice(report.backend);
    session.resume = null;
    session.base = ZERO_BASE;
    if (snapshot) {
      // The engine restores the counters with the weights, so its own numbers are the user's (no base to add).
      const { step, epoch, batchInEpoch = 0 } = snapshot.at;
      // The rebuild's own progress report (fresh weights) is already on its way; the one after setWeights is the real one.
      this.skipProgress = 1;
      session.worker.postMessage({
        type: 'setWeights',
        weights: snapshot.weights.map((w) => ({ ...w, values: w.values.slice() })),
        at: { step, epoch, batchInEpoch },
      });
      session.sent = workerDocument(state.document, session.base);
      session.worker.postMessage({ type: 'updateDocument', document: session.sent });
    }
    const waiting = session.waiting.splice(0);
    if (lost?.wasRunning && !waiting.some((m) => m.type === 'play')) waiting.push({ type: 'play' });
    waiting.forEach((m) => session.worker.postMessage(m));
    const playing = waiting.some((m) => m.type === 'play');
    // A rebuild keeps the status it had (the core reports its own stop); a new worker waits paused unless asked to play.
    const status = playing ? 'starting' : first || lost ? 'paused' : null;
    this.markVisualsStale();
    this.add({
      patch: {
        backend: report.backend,
        engine: report.engine ?? 'tfjs',
        engineNote: this.racedNote ? `${described.note} ${this.racedNote}` : described.note,
        counters: shiftCounters(report.counters, session.base),
        ...(status ? { status } : {}),
        ...(notice ? { notice } : {}),
      },
    });
  }

  private forgetRequests(): void {
    this.generation += 1;
    // A resumed run re-evaluates the step it resumed at; the history has that point already.
    this.lastMetricStep = this.client.store.getState().training.metrics.at(-1)?.step ?? -1;
    this.skipProgress = 0;
    this.planeless = false;
  }

  private stopped(reason: Extract<HostReport, { type: 'stopped' }>['reason'], early?: EarlyStopReport): void {
    this.markVisualsStale();
    if (reason === 'paused') return this.add({ patch: { status: 'paused', stepsPerSecond: 0 } });
    if (reason === 'diverged') return this.add({ patch: { status: 'diverged', stepsPerSecond: 0 } });
    if (reason === 'finished' && early) {
      const base = this.client.session?.base ?? ZERO_BASE;
      const earlyStop = {
        step: early.step + base.step,
        epoch: early.epoch + base.epoch,
        bestEpoch: early.bestEpoch + base.epoch,
      };
      return this.add({ patch: { status: 'paused', stepsPerSecond: 0, notice: early.message, earlyStop } });
    }
    if (reason === 'finished') {
      const { document, training } = this.client.store.getState();
      return this.add({
        patch: {
          status: 'paused',
          stepsPerSecond: 0,
          notice: finishedNotice(document.training.epochs, training.latestStats?.layers ?? []),
        },
      });
    }
  }

  private error(message: string, request: Extract<HostReport, { type: 'error' }>['request']): void {
    const session = this.client.session;
    if (!session) return;
    if (request === 'requestGrid') {
      this.gridRequests.shift();
      this.planeless = true;
      return;
    }
    if (request === 'getWeights') {
      this.weightRequests.shift();
      this.weightsWaiters.splice(0).forEach((then) => then());
      return;
    }
    if (request === null && /context was lost/i.test(message) && session.backend) {
      session.lost = { backend: session.backend, wasRunning: this.status === 'running' };
      return this.add({ patch: { status: 'starting' } });
    }
    if (request === 'setWeights') {
      session.base = ZERO_BASE;
      this.skipProgress = 0;
      return this.add({
        patch: {
          notice: `The saved weights do not fit this network (${message}); training starts from fresh weights.`,
          counters: this.raw,
        },
      });
    }
    if (
      request === 'setLearningRate' ||
      request === 'setOptimizer' ||
      (request === 'updateDocument' && this.barrier !== 'ready')
    ) {
      return this.add({ patch: { notice: message } });
    }
    if (
      request !== 'init' &&
      request !== 'updateDocument' &&
      session.backend &&
      session.backend !== 'cpu' &&
      BACKEND_FAILURE.test(message)
    ) {
      return this.client.crashed(message);
    }
    // The worker holds no usable network (init or a rebuild failed) or a step failed: say why and start afresh next time.
    this.client.failed(message);
  }

  /**
   * After each store update: asks for the decision grid and the weights (with neuron grids) when stale, no more often
   * than set while running.
   */
  afterFlush(): void {
    const session = this.client.session;
    if (!session?.ready || this.barrier !== null) return;
    const { options, scheduler } = this.client;
    const running = this.status === 'running';
    const now = scheduler.now();
    // While a run plays, the worker sends its moments (and a paced run's frames) by itself.
    if (
      this.gridStale &&
      !this.planeless &&
      this.gridRequests.length === 0 &&
      (!running || (this.client.options.moments === false && now - this.lastGridAt >= (options.gridEveryMs ?? 300)))
    ) {
      this.gridStale = false;
      this.gridRequests.push(this.generation);
      // User-timing marks let the UI benchmark time a boundary refresh (request → grid back); they cost nothing otherwise.
      performance.mark(GRID_REQUEST_MARK);
      session.worker.postMessage({ type: 'requestGrid', resolution: options.gridResolution ?? 48 });
    }
    // A paced run has time to spare: its weights and unit pictures follow it four times a second.
    const paced = this.client.store.getState().document.training.epochsPerSecond !== undefined;
    const weightsEvery = paced
      ? Math.min(PACED_WEIGHTS_EVERY_MS, options.weightsEveryMs ?? 1000)
      : (options.weightsEveryMs ?? 1000);
    if (
      this.weightsStale &&
      this.weightRequests.length === 0 &&
      (!running || now - this.lastWeightsAt >= weightsEvery)
    ) {
      this.weightsStale = false;
      this.weightRequests.push(this.generation);
      session.worker.postMessage({ type: 'requestNeuronGrids', resolution: options.neuronResolution ?? 24 });
    }
  }
}
