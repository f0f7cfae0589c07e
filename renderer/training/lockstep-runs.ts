/**
 * Side-by-side runs: trains every run of the project in lock-step, one worker per run.
 * Each round asks every live run for the same number of steps and waits for all of them, so the
 * runs are always at the same step when the views update. All runs start from the same data and
 * seed as their documents say, and from run A's initial weights wherever node id and shape match.
 * A run that diverges or fails stops alone; the others go on, and the note says so. The driver
 * (driver.ts) owns it and hands it the training verbs while the project has several runs.
 */
import { listRuns, type RunView } from '../../src/project/light';
import { networkSignature, type FromWorker } from '../../src/training/light';
import { type ComparisonUpdate, kernelNormsOf, startingUpdate, traceUpdate } from '../store/comparison';
import type { TrainingUpdate } from '../store/types';
import { describeInitialWeights, shareInitialWeights } from './initial-weights';
import { RunMember } from './run-member';
import type { DriverParts } from './session';

/** What identifies the trained runs: ids and content (names and which run is active do not matter). */
function runsSignature(runs: RunView[]): string {
  return JSON.stringify(runs.map((r) => [r.id, networkSignature(r.content), r.content.training]));
}

const names = (members: RunMember[]) => members.map((m) => m.name).join(', ');

/** The side-by-side runs' coordinator (the training verbs for several runs). */
export class LockstepRuns {
  members: RunMember[] = [];
  private signature = '';
  private generation = 0;
  private busy = false;
  private playing = false;
  private stepsPerRound = 1;
  private lastMetricStep = new Map<string, number>();
  private visualsAt = -Infinity;

  constructor(
    private readonly driver: DriverParts,
    /** Called when the runs take over from single-run training (its worker stops). */
    private readonly takeOver: () => void,
  ) {}

  private get state() {
    return this.driver.store.getState();
  }

  private get options() {
    return this.driver.options;
  }

  private get scheduler() {
    return this.driver.scheduler;
  }

  /** The project changed: edited runs stop and start again together on the next verb. */
  documentChanged(): void {
    if (this.members.length > 0 && runsSignature(listRuns(this.state.document)) !== this.signature) this.runsChanged();
  }

  /** The boundary view's plane changed: every run draws wide data over it from its next grid (a paused group redraws now). */
  projectionChanged(): void {
    const live = this.members.filter((m) => m.stopped === null);
    live.forEach((m) => m.setProjection(this.state.view.projection));
    if (live.length === 0 || this.busy) return;
    const generation = this.generation;
    void this.readVisuals(() => generation === this.generation).then(() => this.flush());
  }

  start(): void {
    this.playing = true;
    void this.run('play');
  }

  pause(): void {
    this.playing = false;
  }

  stepBatch(): void {
    void this.run('batch');
  }

  stepEpoch(): void {
    void this.run('epoch');
  }

  /** Stops every run and forgets them; the next verb starts all runs again from step 0. */
  reset(): void {
    this.stopAll();
    this.publish(
      { clear: true, status: 'idle', step: 0 },
      {
        patch: {
          status: 'idle',
          counters: { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 },
          stepsPerSecond: 0,
          notice: null,
          error: null,
        },
      },
    );
    this.flush();
  }

  /** Stops every run and clears what they reported (a new project, or back to one run). */
  dispose(): void {
    const had = this.members.length > 0 || this.state.comparison.traces.size > 0;
    this.stopAll();
    // What single-run training has pending stays, unless these runs had taken over from it.
    this.driver.batcher.clear(had ? 'all' : 'comparison');
    this.state.applyComparisonUpdate({ clear: true, status: 'idle', step: 0 });
    if (had) this.state.resetTrainingState();
  }

  private stopAll(): void {
    this.generation += 1;
    this.busy = false;
    this.playing = false;
    this.members.forEach((m) => m.dispose());
    this.members = [];
    this.signature = '';
    this.lastMetricStep.clear();
    this.stepsPerRound = 1;
  }

  /** A run was edited after training: the runs no longer match what trained, so they stop and start again together on the next verb. */
  private runsChanged(): void {
    const step = this.state.comparison.step;
    this.stopAll();
    this.publish(
      { status: 'paused' },
      {
        patch: {
          status: 'paused',
          stepsPerSecond: 0,
          notice:
            `The runs were edited after ${step} steps; to stay comparable they all start again from step 0 ` +
            `when you next press Train or Step.`,
        },
      },
    );
    this.flush();
  }

  private async run(what: 'play' | 'batch' | 'epoch'): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const generation = this.generation;
    const current = () => generation === this.generation;
    try {
      if (!(await this.ensureMembers(current))) return;
      if (what !== 'play') {
        await this.round(current, what);
        await this.readVisuals(current);
        return;
      }
      this.publish({ status: 'running' }, { patch: { status: 'running', notice: null } });
      while (this.playing && current()) {
        if (!(await this.round(current, 'play'))) break;
        if (this.scheduler.now() - this.visualsAt >= (this.options.visualsEveryMs ?? 600))
          await this.readVisuals(current);
        // Let pause, edits and the store's updates in between rounds.
        await new Promise<void>((resolve) => this.scheduler.setTimeout(resolve, 0));
      }
      await this.readVisuals(current);
    } finally {
      if (current()) {
        this.busy = false;
        this.playing = false;
        this.publish({ status: 'paused' }, { patch: { status: 'paused', stepsPerSecond: 0 } });
        this.flush();
      }
    }
  }

  /** Starts a worker per run (when none run) and gives them run A's initial weights where they fit; false when nothing can train. */
  private async ensureMembers(current: () => boolean): Promise<boolean> {
    if (this.members.length > 0) return this.members.some((m) => m.stopped === null);
    this.takeOver();
    const runs = listRuns(this.state.document);
    this.signature = runsSignature(runs);
    const events = {
      progress: (m: RunMember, r: Extract<FromWorker, { type: 'progress' }>) => this.progress(m, r),
      stats: (m: RunMember, r: Extract<FromWorker, { type: 'stats' }>) => this.stats(m, r),
      diverged: (m: RunMember, r: Extract<FromWorker, { type: 'diverged' }>) => this.diverged(m, r),
    };
    this.members = runs.map(
      (r) => new RunMember(r.id, r.name, structuredClone(r.content), this.options.spawn(), events),
    );
    this.publish(startingUpdate(runs), { patch: { status: 'starting', error: null, notice: null } });
    const preference = this.options.runsBackend ?? this.state.training.backendPreference;
    const engine = preference === 'auto' ? 'auto' : 'tfjs';
    const started = await Promise.allSettled(
      this.members.map((m) => m.init({ type: 'init', document: m.content, backend: preference, engine })),
    );
    if (!current()) return false;
    // Wide data is drawn over the plane the boundary view shows (the workers start on PCA).
    this.members.forEach((m, i) => {
      if (started[i].status === 'fulfilled') m.setProjection(this.state.view.projection);
    });
    started.forEach((result, i) => {
      if (result.status === 'rejected')
        this.stopMember(
          this.members[i],
          'error',
          `Run ${this.members[i].name} could not start: ${(result.reason as Error).message}`,
        );
    });
    await this.shareInitialWeights(current);
    if (!current()) return false;
    for (const m of this.members) if (m.stopped === null) this.publish(traceUpdate(m.id, { status: 'ready' }));
    this.flush();
    return this.members.some((m) => m.stopped === null);
  }

  /**
   * Gives every run run A's initial weights where node id, weight name and shape match, then reads every run's
   * weights back for the report.
   */
  private async shareInitialWeights(current: () => boolean): Promise<void> {
    const [reference, ...others] = this.members;
    try {
      const referenceWeights = reference.stopped === null ? await reference.weights() : null;
      const decisions = new Map<string, Map<string, string | null>>();
      for (const m of others) {
        if (m.stopped !== null || !referenceWeights || !current()) continue;
        const { weights, shared } = shareInitialWeights(referenceWeights, await m.weights(), reference.name);
        decisions.set(m.id, shared);
        await m.setWeights(weights);
      }
      for (const m of this.members) {
        if (m.stopped !== null || !current()) continue;
        const nodeNames = new Map(m.content.graph.nodes.map((n) => [n.id, n.name]));
        const initial = describeInitialWeights(
          await m.weights(),
          m === reference ? null : (decisions.get(m.id) ?? new Map()),
          nodeNames,
        );
        this.publish(traceUpdate(m.id, { initial }));
      }
    } catch (error) {
      if (current())
        this.publish(
          {},
          {
            patch: {
              notice:
                `The runs could not share run ${reference.name}'s initial weights ` +
                `(${(error as Error).message}); each run starts from its own.`,
            },
          },
        );
    }
  }

  /** One lock-step round: every live run trains the same number of steps, and the round ends when all have. False when no run can go on. */
  private async round(current: () => boolean, what: 'play' | 'batch' | 'epoch'): Promise<boolean> {
    const live = this.members.filter((m) => m.stopped === null && !m.finished);
    if (live.length === 0) {
      const done = this.members.filter((m) => m.finished);
      const message =
        done.length > 0
          ? `Training reached the set epochs of ${names(done)}; raise Epochs in the training settings to train further.`
          : 'No run can train: see the note of each run.';
      this.publish({}, { patch: { notice: message } });
      return false;
    }
    const lead = live[0].counters;
    const steps =
      what === 'batch'
        ? 1
        : what === 'epoch'
          ? Math.max(1, lead.batchesPerEpoch - lead.batchInEpoch)
          : this.stepsPerRound;
    const started = this.scheduler.now();
    const results = await Promise.allSettled(live.map((m) => m.step(Math.max(1, Math.min(steps, m.stepsLeft)))));
    if (!current()) return false;
    results.forEach((result, i) => {
      if (result.status === 'rejected')
        this.stopMember(live[i], 'error', `Run ${live[i].name} stopped: ${(result.reason as Error).message}`);
    });
    const elapsed = Math.max(1e-3, this.scheduler.now() - started);
    const roundMs = this.options.roundMs ?? 40;
    this.stepsPerRound = Math.max(
      1,
      Math.min(this.options.maxStepsPerRound ?? 200, Math.round((steps * roundMs) / elapsed)),
    );
    const going = this.members.filter((m) => m.stopped === null);
    const step = going.length > 0 ? Math.max(...going.map((m) => m.counters.step)) : this.state.comparison.step;
    const counters = going[0]?.counters ?? live[0].counters;
    this.publish(
      { step },
      { patch: { counters: { ...counters, step }, stepsPerSecond: what === 'play' ? (steps * 1000) / elapsed : 0 } },
    );
    return going.length > 0;
  }

  /**
   * Reads every run's decision grid and weights (one run after another, between rounds), so that the
   * boundary view shows each run side by side and exports find the weights. A run whose data has no
   * plane, or whose worker failed, gets a note saying why instead of a boundary.
   */
  private async readVisuals(current: () => boolean): Promise<void> {
    this.visualsAt = this.scheduler.now();
    const resolution = this.options.gridResolution ?? 48;
    for (const m of this.members) {
      if (m.stopped === 'error') {
        this.publish({
          traces: new Map([
            [m.id, { gridNote: `Run ${m.name} stopped with an error, so it has no boundary to show.` }],
          ]),
        });
        continue;
      }
      const { step, epoch } = m.counters;
      try {
        const grid = await m.grid(resolution);
        if (!current()) return;
        this.publish({
          traces: new Map([
            [
              m.id,
              {
                grid: { step, epoch, resolution: grid.resolution, channels: grid.channels, values: grid.values },
                gridNote: null,
              },
            ],
          ]),
        });
      } catch (error) {
        if (!current()) return;
        this.publish({
          traces: new Map([[m.id, { gridNote: `No boundary for run ${m.name}: ${(error as Error).message}` }]]),
        });
      }
      try {
        const weights = await m.weights();
        if (!current()) return;
        this.publish({ traces: new Map([[m.id, { weights: { weights, step } }]]) });
      } catch {
        // The grid's note already says what is wrong with this run.
      }
    }
  }

  private progress(member: RunMember, report: Extract<FromWorker, { type: 'progress' }>): void {
    const point = report.metrics && report.metricsStep === report.step ? report.metrics : null;
    const fresh = point !== null && report.step !== this.lastMetricStep.get(member.id);
    if (fresh) this.lastMetricStep.set(member.id, report.step);
    this.publish(
      traceUpdate(member.id, {
        counters: report.counters,
        ...(member.finished && member.stopped === null ? { status: 'finished' as const } : {}),
        metrics:
          fresh && point
            ? [
                {
                  step: report.step,
                  epoch: report.epoch,
                  trainLoss: point.trainLoss,
                  trainAccuracy: point.trainAccuracy,
                  validationLoss: point.validationLoss,
                  validationAccuracy: point.validationAccuracy,
                },
              ]
            : [],
      }),
    );
  }

  private stats(member: RunMember, report: Extract<FromWorker, { type: 'stats' }>): void {
    this.publish(
      traceUpdate(member.id, {
        gradients: [{ step: report.step, epoch: report.epoch, norms: kernelNormsOf(report.layers) }],
      }),
    );
  }

  private diverged(member: RunMember, report: Extract<FromWorker, { type: 'diverged' }>): void {
    this.stopMember(
      member,
      'diverged',
      `Run ${member.name} diverged at step ${report.step} and stopped; ${report.message}`,
    );
  }

  /** Stops one run for the rest of this group run and says so; the other runs go on. */
  private stopMember(member: RunMember, why: 'diverged' | 'error', message: string): void {
    if (member.stopped !== null) return;
    member.stopped = why;
    const others = this.members.filter((m) => m.stopped === null);
    const note =
      others.length > 0
        ? `${message} ${others.length === 1 ? `Run ${others[0].name} goes` : `Runs ${names(others)} go`} on.`
        : message;
    this.publish(traceUpdate(member.id, { status: why, note: message }), { patch: { notice: note } });
  }

  /** Queues an update for the store through the driver's batcher. */
  private publish(update: ComparisonUpdate, training?: TrainingUpdate): void {
    this.driver.batcher.addComparison(update);
    if (training) this.driver.batcher.add(training);
  }

  /** Writes what is queued to the store now. */
  private flush(): void {
    this.driver.batcher.flush();
  }
}
