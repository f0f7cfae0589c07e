/**
 * A single run: the project's one network trained by one worker that plays freely (it paces itself and
 * sends its moments). It turns the training verbs into worker messages, folds the worker's reports into
 * the store through the driver's batcher (pure reducers decide: report-reducer.ts, session-reducer.ts),
 * keeps the run in step with edits, and recovers from a lost GPU context or a crashed worker by resuming
 * on the next backend from the last weights it holds. The driver (driver.ts) owns it.
 */
import type { TrainedState } from '../../src/project/index';
import type { BackendName, FromWorker, ToWorker } from '../../src/training/light';
import type { BackendPreference } from '../store/types';
import { pinnedWeightsMoment } from '../features/weights/weights-moment';
import { GRID_REQUEST_MARK, measureSince } from '../ui/user-timing';
import { networkSignature, settingsMessages, workerDocument } from './document-sync';
import { initialTrack, reduceReport, type ReportTrack } from './report-reducer';
import { ZERO_BASE, backendLabel, nextBackend } from './reports';
import {
  awaitingReady,
  detachedTrack,
  dueRequests,
  forgetTrack,
  pinnedRequest,
  reduceError,
  reduceReady,
  staleVisuals,
  type SessionStep,
} from './session-reducer';
import type { DriverParts, Session, WeightSnapshot } from './session';
import { weightValuesOf } from './trained-state';
import { WorkerLink } from './worker-link';

/** One try per backend (WebGPU, WebGL, WASM, CPU): after that many crashes without progress, there is nothing left to try. */
const CRASHES_BEFORE_GIVING_UP = 4;

/** The run of a project with one network. */
export class SoloRun {
  session: Session | null = null;
  snapshot: WeightSnapshot | null = null;
  private pendingResume: WeightSnapshot | null = null;
  /** A move to another backend waiting for the current weights: where to, and whether the run plays on. */
  private switching: { backend: BackendPreference; play: boolean } | null = null;
  private asking = false;
  private lastMessageAt = 0;
  private heartbeat: unknown = null;
  /** The bookkeeping of the worker's reports (what was asked, what is stale, what to drop). */
  private track: ReportTrack = initialTrack();
  private weightsWaiters: (() => void)[] = [];
  /** Workers that stopped in a row before training a step; at CRASHES_BEFORE_GIVING_UP the run stops with an error. */
  private crashesInARow = 0;
  /** The step the run had reached when the last of those workers stopped. */
  private crashedAtStep = -1;

  constructor(private readonly driver: DriverParts) {}

  private get batcher() {
    return this.driver.batcher;
  }

  private get options() {
    return this.driver.options;
  }

  private get scheduler() {
    return this.driver.scheduler;
  }

  private get state() {
    return this.driver.store.getState();
  }

  /** The user picked another plane for data of more than two columns: later grids use it, and a paused run redraws now. */
  projectionChanged(): void {
    this.send({ type: 'setProjection', projection: this.state.view.projection });
    this.track = staleVisuals(this.track);
    this.afterFlush();
  }

  /** Sends now when the worker is ready, else once it is. */
  send(message: ToWorker): void {
    const session = this.session;
    if (!session) return;
    session.link.send(message);
  }

  /** Starts a worker for the current document when none runs (from `resume` weights, if any). */
  private ensureSession(): Session {
    if (this.session) return this.session;
    const resume = this.pendingResume;
    this.pendingResume = null;
    return this.launch(this.state.training.backendPreference, resume ? { snapshot: resume, notice: null } : null);
  }

  /** Spawns a worker and sends it init; messages wait until it reports ready. */
  private launch(preference: BackendPreference, resume: Session['resume']): Session {
    // The engine takes the resumed counters with the weights, so it is sent the whole run.
    const sent = workerDocument(this.state.document, ZERO_BASE);
    const link = new WorkerLink(this.options.spawn(), {
      report: (report) => {
        if (this.session === session) this.route(report);
      },
      died: (message) => {
        if (this.session === session) this.crashed(message);
      },
    });
    const session: Session = {
      link,
      backend: null,
      launchedOn: preference,
      sent,
      base: ZERO_BASE,
      resume,
      lost: null,
      outdated: false,
    };
    this.session = session;
    this.lastMessageAt = this.scheduler.now();
    // A backend the user (or a fallback) names is where the tfjs engine runs; in 'auto' the core may pick its fast engine.
    const engine = this.state.training.backendPreference === 'auto' ? 'auto' : 'tfjs';
    // The plane of data with more than two columns goes along only when it is not the worker's own default (PCA).
    const { projection } = this.state.view;
    const plane = projection.kind === 'pca' ? {} : { projection };
    const moments =
      this.options.moments === false ? undefined : { resolution: this.options.gridResolution ?? 48, ...plane };
    link.post({ type: 'init', document: sent, backend: preference, engine, moments });
    this.batcher.add({ patch: { status: 'starting', error: null } });
    this.watchHeartbeat();
    return session;
  }

  private watchHeartbeat(): void {
    if (this.heartbeat !== null) return;
    const limit = this.options.heartbeatMs ?? 30_000;
    const check = () => {
      this.heartbeat = null;
      if (!this.session) return;
      const { status } = this.state.training;
      if ((status === 'running' || status === 'starting') && this.scheduler.now() - this.lastMessageAt > limit) {
        this.crashed(`it sent nothing for ${Math.round(limit / 1000)} s`);
        return;
      }
      this.heartbeat = this.scheduler.setTimeout(check, Math.min(limit, 2000));
    };
    this.heartbeat = this.scheduler.setTimeout(check, Math.min(limit, 2000));
  }

  /** The worker died or hung: start a new one on the next backend and resume from the last weights. */
  private crashed(why: string): void {
    const session = this.session;
    if (!session) return;
    // A worker that cannot even load (its script refused or broken) would otherwise be started again for ever.
    this.crashesInARow += 1;
    this.crashedAtStep = Math.max(this.crashedAtStep, this.snapshot?.at.step ?? 0, this.state.training.counters.step);
    if (this.crashesInARow >= CRASHES_BEFORE_GIVING_UP) {
      this.crashesInARow = 0;
      this.crashedAtStep = -1;
      this.failed(
        `The training worker stopped ${CRASHES_BEFORE_GIVING_UP} times in a row without training a step ` +
          `(last: ${why}), so training has stopped. Press Train to try again; if it stops again, reload the page ` +
          `(a browser extension or setting that blocks this page's scripts or workers can cause this).`,
      );
      return;
    }
    const wasRunning = this.state.training.status === 'running' || session.link.waiting.some((m) => m.type === 'play');
    // A worker that died before saying where it runs is taken to have failed where it was started.
    const from = session.backend ?? (session.launchedOn === 'auto' ? 'webgpu' : session.launchedOn);
    const next = nextBackend(from);
    this.relaunch(next, `The training worker stopped on ${backendLabel(from)} (${why})`, wasRunning);
  }

  /** Replaces the worker by one on `preference`, resuming from the last snapshot; `reason` opens the notice given once it is ready. */
  private relaunch(preference: BackendPreference, reason: string | null, play: boolean): void {
    this.teardown();
    const snapshot = this.snapshot;
    const notice = (backend: BackendName) =>
      snapshot
        ? `${reason}; training continues on ${backendLabel(backend)} from step ${snapshot.at.step}.`
        : `${reason}; training starts again from fresh weights on ${backendLabel(backend)}.`;
    const session = this.launch(preference, { snapshot, notice: reason ? notice : null });
    if (play) session.link.waiting.push({ type: 'play' });
  }

  private teardown(): void {
    const session = this.session;
    if (!session) return;
    this.switching = null;
    this.session = null;
    session.link.close();
    this.track = detachedTrack(this.track);
    this.weightsWaiters = [];
  }

  /**
   * The worker holds no usable network (its start or a rebuild failed, or a step threw): show why; the next command
   * starts a new worker.
   */
  private failed(message: string): void {
    this.teardown();
    this.batcher.add({ patch: { status: 'error', error: message, stepsPerSecond: 0 } });
  }

  /** Stops the worker and clears the run (a new project was loaded). */
  dispose(): void {
    this.teardown();
    this.snapshot = null;
    this.pendingResume = null;
    this.batcher.clear();
    if (this.heartbeat !== null) this.scheduler.clearTimeout(this.heartbeat);
    this.heartbeat = null;
    this.state.resetTrainingState();
    this.state.applyTrainingUpdate({ patch: { status: 'idle', notice: null, error: null, divergence: null } });
  }

  start(): void {
    const session = this.ensureSession();
    if (this.state.training.divergence) this.batcher.add({ patch: { divergence: null } });
    if (session.link.waiting.some((m) => m.type === 'play')) return;
    this.send({ type: 'play' });
  }

  pause(): void {
    const session = this.session;
    if (!session) return;
    if (!session.link.ready) {
      session.link.waiting = session.link.waiting.filter((m) => m.type !== 'play');
      return;
    }
    this.send({ type: 'pause' });
  }

  stepBatch(): void {
    this.ensureSession();
    this.send({ type: 'step', batches: 1 });
  }

  stepEpoch(): void {
    this.ensureSession();
    this.send({ type: 'stepEpoch' });
  }

  reset(): void {
    this.batcher.clear();
    this.snapshot = null;
    this.pendingResume = null;
    const session = this.session;
    this.state.resetTrainingState();
    this.state.applyTrainingUpdate({
      patch: { divergence: null, error: null, status: session ? this.state.training.status : 'idle' },
    });
    if (!session) return;
    if (!session.link.ready) {
      // Still starting: start over cleanly from the current document.
      this.relaunch(this.state.training.backendPreference, null, false);
      return;
    }
    const document = this.state.document;
    session.base = ZERO_BASE;
    session.resume = null;
    const next = workerDocument(document, ZERO_BASE);
    this.track = forgetTrack(this.track, session.link.ready);
    if (session.outdated || networkSignature(next) !== networkSignature(session.sent)) {
      session.outdated = false;
      session.sent = next;
      this.track = awaitingReady(this.track);
      this.send({ type: 'updateDocument', document: next });
      return;
    }
    const settings = settingsMessages(session.sent, next);
    session.sent = next;
    settings.forEach((m) => this.send(m));
    this.send({ type: 'reset', seed: document.training.seed });
  }

  setBackendPreference(backend: BackendPreference): void {
    const session = this.session;
    if (!session) return;
    // A run counts as playing while a move is under way or a new worker waits to play, so a quick second choice keeps it going.
    const play =
      this.switching?.play === true ||
      this.state.training.status === 'running' ||
      session.link.waiting.some((m) => m.type === 'play');
    if (this.switching) {
      // The weights are on their way: the move goes to the latest choice.
      this.switching = { backend, play };
      return;
    }
    if (!session.link.ready) return this.relaunch(backend, null, play);
    // Read the weights as they are now, then move to a worker on the new backend.
    this.switching = { backend, play };
    this.send({ type: 'pause' });
    this.weightsWaiters.push(() => {
      const move = this.switching;
      this.switching = null;
      if (move) this.relaunch(move.backend, null, move.play);
    });
    this.send({ type: 'getWeights' });
  }

  readWeights(): Promise<void> {
    const session = this.session;
    if (!session?.link.ready) return Promise.resolve();
    return new Promise((resolve) => {
      // The answer flushes at once, so the slice holds the weights when this resolves.
      this.weightsWaiters.push(() => {
        this.batcher.flush();
        resolve();
      });
      this.send({ type: 'getWeights' });
    });
  }

  rollBack(): void {
    this.track = staleVisuals(this.track);
    this.afterFlush();
  }

  resumeFrom(state: TrainedState | null): void {
    this.teardown();
    this.snapshot = null;
    this.pendingResume = null;
    if (!state) return;
    try {
      this.pendingResume = { weights: weightValuesOf(state), at: { step: state.step, epoch: state.epoch } };
    } catch (error) {
      this.batcher.add({
        patch: {
          notice:
            `The saved weights could not be read ` +
            `(${error instanceof Error ? error.message : String(error)}); training will start from fresh weights.`,
        },
      });
      return;
    }
    this.snapshot = this.pendingResume;
    // Start the worker now so the boundary and the weights of the saved state show at once.
    this.ensureSession();
  }

  /** Follows an edit: settings apply in place; a changed network or dataset pauses and asks before resetting a trained run. */
  documentChanged(): void {
    const session = this.session;
    if (!session) return;
    const next = workerDocument(this.state.document, session.base);
    if (networkSignature(next) === networkSignature(session.sent)) {
      session.outdated = false;
      const messages = settingsMessages(session.sent, next);
      session.sent = { ...session.sent, training: next.training };
      messages.forEach((m) => this.send(m));
      return;
    }
    const trained = this.state.training.counters.step > 0;
    if (!trained && !session.outdated) {
      session.sent = next;
      this.track = awaitingReady(this.track);
      this.send({ type: 'updateDocument', document: next });
      return;
    }
    if (session.outdated || this.asking) return;
    void this.askToReset();
  }

  private async askToReset(): Promise<void> {
    this.asking = true;
    this.pause();
    const { step } = this.state.training.counters;
    const confirmed = await this.state.requestConfirmation({
      title: 'Reset training?',
      message:
        `The network or its data changed after ${step} training steps, so the trained weights no longer ` +
        `fit it. Reset training to train the edited network, or keep the paused run of the network as it was.`,
      confirmLabel: 'Reset training',
    });
    this.asking = false;
    const session = this.session;
    if (!session) return;
    if (networkSignature(workerDocument(this.state.document, session.base)) === networkSignature(session.sent)) return;
    if (confirmed) {
      session.outdated = true;
      this.reset();
    } else {
      session.outdated = true;
      this.batcher.add({
        patch: {
          notice:
            'Training stays paused on the network as it was before your edit; press Reset to train the edited network.',
        },
      });
    }
  }

  /** Handles one report: data reports through reduceReport, ready and errors through the session reducer. */
  private route(report: FromWorker): void {
    this.lastMessageAt = this.scheduler.now();
    const session = this.session;
    if (!session) return;
    if (report.type === 'ready') {
      const { document, training } = this.state;
      const facts = { ...session, ready: session.link.ready, waiting: session.link.waiting };
      return this.apply(
        reduceReady(this.track, facts, report, {
          preference: training.backendPreference,
          snapshot: this.snapshot,
          lastChartedStep: training.metrics.at(-1)?.step ?? -1,
          document,
        }),
      );
    }
    if (report.type === 'error') return this.apply(reduceError(this.track, session, report, this.status));
    const { document, training } = this.state;
    // A step trained past where the last crash left the run: the worker works, and a later crash is counted afresh.
    if (report.type === 'progress' && report.step > this.crashedAtStep) {
      this.crashesInARow = 0;
      this.crashedAtStep = -1;
    }
    const reduced = reduceReport(this.track, report, {
      base: session.base,
      now: this.scheduler.now(),
      epochs: document.training.epochs,
      latestLayers: training.latestStats?.layers ?? [],
    });
    this.track = reduced.track;
    if (report.type === 'grid') measureSince(GRID_REQUEST_MARK, 'mlp:grid-refresh');
    if (reduced.snapshot) this.snapshot = reduced.snapshot;
    if (reduced.update) this.batcher.add(reduced.update);
    if (reduced.weightsArrived) this.weightsWaiters.splice(0).forEach((then) => then());
    if (reduced.askAgain) this.afterFlush();
  }

  /** Carries out what the session reducer decided: the session changes, the messages go out, the store updates. */
  private apply(step: SessionStep): void {
    const session = this.session;
    this.track = step.track;
    if (session) {
      const { ready, waiting, ...fields } = step.session;
      Object.assign(session, fields);
      if (ready !== undefined) session.link.ready = ready;
      if (waiting) session.link.waiting = waiting;
      step.post.forEach((m) => session.link.post(m));
    }
    if (step.update) this.batcher.add(step.update);
    const then = step.then;
    if (then?.act === 'weightsArrived') this.weightsWaiters.splice(0).forEach((go) => go());
    else if (then?.act === 'crash') this.crashed(then.message);
    else if (then?.act === 'fail') this.failed(then.message);
  }

  /** The status as it will be once pending updates land. */
  private get status() {
    return this.batcher.peek()?.patch?.status ?? this.state.training.status;
  }

  /** The timeline was pinned or unpinned: asks for the units at the pinned moment's weights (once per moment). */
  pinnedChanged(): void {
    const moment = pinnedWeightsMoment(this.state.training);
    this.apply(
      pinnedRequest(this.track, moment, {
        ready: this.session?.link.ready === true,
        shown: this.state.training.momentNeuronGrids !== null,
        neuronResolution: this.options.neuronResolution ?? 24,
      }),
    );
  }

  /** After each store update: asks for the decision grid and the weights (with neuron grids) when they went stale. */
  afterFlush(): void {
    const session = this.session;
    if (!session?.link.ready) return;
    const { options } = this;
    const due = dueRequests(this.track, {
      running: this.status === 'running',
      now: this.scheduler.now(),
      moments: options.moments !== false,
      paced: this.state.document.training.epochsPerSecond !== undefined,
      gridEveryMs: options.gridEveryMs ?? 300,
      weightsEveryMs: options.weightsEveryMs ?? 1000,
      gridResolution: options.gridResolution ?? 48,
      neuronResolution: options.neuronResolution ?? 24,
    });
    this.track = due.track;
    for (const message of due.post) {
      // User-timing marks let the UI benchmark time a boundary refresh (request → grid back); they cost nothing otherwise.
      if (message.type === 'requestGrid') performance.mark(GRID_REQUEST_MARK);
      session.link.post(message);
    }
  }
}
