/**
 * Routing each worker report to the store (through the client's batcher): data reports through the
 * pure reduceReport (report-reducer.ts), whose store change is applied here; a 'ready' (which loads
 * resumed weights and sends the messages that waited) and errors (which may relaunch the worker)
 * change the client's session. After each flush it asks for the decision grid, weights and neuron
 * grids again whenever they went stale.
 */
import type { FromWorker } from '../../src/training/index';
import type { TrainingUpdate } from '../store/types';
import { workerDocument } from './document-sync';
import { initialTrack, reduceReport, type ReportTrack } from './report-reducer';
import { backendLabel, describeReady, shiftCounters, ZERO_BASE } from './reports';
import type { RouterOwner } from './session';
import { GRID_REQUEST_MARK, measureSince } from '../ui/user-timing';
import { pinnedWeightsMoment } from '../features/weights/weights-moment';

/** A backend failing mid-run (rather than a problem with the network): resume elsewhere instead of stopping. */
const BACKEND_FAILURE = /context|webgl|webgpu|gpu|device (was )?lost|out of memory/i;

/** Least milliseconds between weight requests while a paced run plays. */
const PACED_WEIGHTS_EVERY_MS = 250;

/** Per-worker report handling for one TrainingClient: data reports through reduceReport, ready and errors here. */
export class ReportRouter {
  private track: ReportTrack = initialTrack();
  private weightsWaiters: (() => void)[] = [];

  constructor(private readonly client: RouterOwner) {}

  /** Forgets the run (reset, rebuild, new worker): answers to earlier requests are dropped. */
  forget(): void {
    this.track = {
      ...this.track,
      generation: this.track.generation + 1,
      lastMetricStep: -1,
      skipProgress: 0,
      barrier: this.client.session?.ready ? 'stepZero' : null,
      gridStale: true,
      weightsStale: true,
      planeless: false,
      momentNeuronStep: null,
    };
  }

  /** The timeline was pinned or unpinned: asks for the units at the pinned moment's weights (once per moment). */
  pinnedChanged(): void {
    const session = this.client.session;
    const moment = pinnedWeightsMoment(this.client.store.getState().training);
    if (!moment?.weights) {
      this.track = { ...this.track, momentNeuronStep: null };
      if (this.client.store.getState().training.momentNeuronGrids) this.add({ patch: { momentNeuronGrids: null } });
      return;
    }
    if (!session?.ready || moment.step === this.track.momentNeuronStep) return;
    this.track = { ...this.track, momentNeuronStep: moment.step };
    session.worker.postMessage({
      type: 'requestNeuronGrids',
      resolution: this.client.options.neuronResolution ?? 24,
      moment: { step: moment.step, weights: moment.weights },
    });
  }

  /** The worker is gone: nothing it was asked will be answered. */
  detach(): void {
    this.forget();
    this.track = {
      ...this.track,
      barrier: null,
      gridRequests: [],
      weightRequests: [],
      racedNote: null,
      raw: { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 },
    };
    this.weightsWaiters = [];
  }

  /** A rebuild was asked for: everything until its 'ready' belongs to the old network. */
  expectReady(): void {
    this.forget();
    this.track = { ...this.track, barrier: 'ready' };
  }

  /** Calls `then` once the next weights arrive (or fail to). */
  onNextWeights(then: () => void): void {
    this.weightsWaiters.push(then);
  }

  /** The views need a fresh grid and fresh weights. */
  markVisualsStale(): void {
    this.track = { ...this.track, gridStale: true, weightsStale: true };
  }

  private add(update: TrainingUpdate): void {
    this.client.batcher.add(update);
  }

  /** The status as it will be once pending updates land. */
  private get status() {
    return this.client.batcher.peek()?.patch?.status ?? this.client.store.getState().training.status;
  }

  /** Handles one report: ready and errors change the session here; every other report goes through reduceReport. */
  route(report: FromWorker): void {
    this.client.heard();
    const session = this.client.session;
    if (!session) return;
    if (report.type === 'ready') return this.ready(report);
    if (report.type === 'error') return this.error(report.message, report.request);
    const { document, training } = this.client.store.getState();
    const reduced = reduceReport(this.track, report, {
      base: session.base,
      now: this.client.scheduler.now(),
      epochs: document.training.epochs,
      latestLayers: training.latestStats?.layers ?? [],
    });
    this.track = reduced.track;
    if (report.type === 'grid') measureSince(GRID_REQUEST_MARK, 'mlp:grid-refresh');
    if (reduced.snapshot) this.client.snapshot = reduced.snapshot;
    if (reduced.update) this.add(reduced.update);
    if (reduced.weightsArrived) this.weightsWaiters.splice(0).forEach((then) => then());
    if (reduced.askAgain) this.afterFlush();
  }

  private ready(report: Extract<FromWorker, { type: 'ready' }>): void {
    const session = this.client.session;
    if (!session) return;
    const state = this.client.store.getState();
    const first = !session.ready;
    const unasked = !first && this.track.barrier !== 'ready';
    const lost = session.lost ?? (unasked && session.backend ? { backend: session.backend, wasRunning: false } : null);
    session.ready = true;
    session.backend = report.backend;
    session.lost = null;
    this.track = { ...this.track, barrier: null };
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
      this.track = { ...this.track, skipProgress: 1 };
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
        engineNote: this.track.racedNote ? `${described.note} ${this.track.racedNote}` : described.note,
        counters: shiftCounters(report.counters, session.base),
        ...(status ? { status } : {}),
        ...(notice ? { notice } : {}),
      },
    });
  }

  private forgetRequests(): void {
    this.track = {
      ...this.track,
      generation: this.track.generation + 1,
      // A resumed run re-evaluates the step it resumed at; the history has that point already.
      lastMetricStep: this.client.store.getState().training.metrics.at(-1)?.step ?? -1,
      skipProgress: 0,
      planeless: false,
    };
  }

  private error(message: string, request: Extract<FromWorker, { type: 'error' }>['request']): void {
    const session = this.client.session;
    if (!session) return;
    if (request === 'requestGrid') {
      this.track = { ...this.track, gridRequests: this.track.gridRequests.slice(1), planeless: true };
      return;
    }
    if (request === 'getWeights') {
      this.track = { ...this.track, weightRequests: this.track.weightRequests.slice(1) };
      this.weightsWaiters.splice(0).forEach((then) => then());
      return;
    }
    if (request === null && /context was lost/i.test(message) && session.backend) {
      session.lost = { backend: session.backend, wasRunning: this.status === 'running' };
      return this.add({ patch: { status: 'starting' } });
    }
    if (request === 'setWeights') {
      session.base = ZERO_BASE;
      this.track = { ...this.track, skipProgress: 0 };
      return this.add({
        patch: {
          notice: `The saved weights do not fit this network (${message}); training starts from fresh weights.`,
          counters: this.track.raw,
        },
      });
    }
    if (
      request === 'setLearningRate' ||
      request === 'setOptimizer' ||
      (request === 'updateDocument' && this.track.barrier !== 'ready')
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
    if (!session?.ready || this.track.barrier !== null) return;
    const { options, scheduler } = this.client;
    const running = this.status === 'running';
    const now = scheduler.now();
    const track = this.track;
    // While a run plays, the worker sends its moments (and a paced run's frames) by itself.
    if (
      track.gridStale &&
      !track.planeless &&
      track.gridRequests.length === 0 &&
      (!running || (options.moments === false && now - track.lastGridAt >= (options.gridEveryMs ?? 300)))
    ) {
      this.track = { ...this.track, gridStale: false, gridRequests: [...track.gridRequests, track.generation] };
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
      track.weightsStale &&
      track.weightRequests.length === 0 &&
      (!running || now - track.lastWeightsAt >= weightsEvery)
    ) {
      this.track = { ...this.track, weightsStale: false, weightRequests: [...track.weightRequests, track.generation] };
      session.worker.postMessage({ type: 'requestNeuronGrids', resolution: options.neuronResolution ?? 24 });
    }
  }
}
