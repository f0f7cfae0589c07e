/**
 * One side-by-side run's worker, spoken to as request and answer through its WorkerLink: each request
 * waits for the next report of the type that answers it. A report of an error fails the waiting
 * requests; the lock-step runs decide.
 */
import type { RunContent, WeightValues } from '../../src/project/index';
import type { FromWorker, ToWorker, TrainingCounters } from '../../src/training/light';
import type { WorkerPort } from './session';
import type { ProjectionChoice } from '../../src/data/index';
import { WorkerLink } from './worker-link';

type Progress = Extract<FromWorker, { type: 'progress' }>;

/** What a member tells the group as it goes (besides answering requests). */
export interface MemberEvents {
  progress(member: RunMember, report: Progress): void;
  stats(member: RunMember, report: Extract<FromWorker, { type: 'stats' }>): void;
  diverged(member: RunMember, report: Extract<FromWorker, { type: 'diverged' }>): void;
}

/** A run's worker and where it stands. */
export class RunMember {
  counters: TrainingCounters = { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 };
  /** Set once the run stopped for good in this group run (divergence, error): the others go on. */
  stopped: 'diverged' | 'error' | null = null;
  private readonly link: WorkerLink;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly content: RunContent,
    worker: WorkerPort,
    private readonly events: MemberEvents,
  ) {
    // Its requests are answered in order; the worker dying fails them, and the lock-step runs stop this run.
    this.link = new WorkerLink(worker, {
      report: (report) => this.route(report),
      died: () => undefined,
      deathError: (message) => `the training worker of run ${name} stopped (${message})`,
    });
    this.link.ready = true;
  }

  /** Whether the run has trained its set number of epochs. */
  get finished(): boolean {
    return this.counters.batchesPerEpoch > 0 && this.counters.epoch >= this.content.training.epochs;
  }

  /** Steps left before its epochs are done. */
  get stepsLeft(): number {
    const { epoch, batchInEpoch, batchesPerEpoch } = this.counters;
    return Math.max(0, (this.content.training.epochs - epoch) * batchesPerEpoch - batchInEpoch);
  }

  private route(report: FromWorker): void {
    switch (report.type) {
      case 'progress':
        this.counters = report.counters;
        return this.events.progress(this, report);
      case 'ready':
        this.counters = report.counters;
        return;
      case 'stats':
        return this.events.stats(this, report);
      case 'diverged':
        return this.events.diverged(this, report);
      default:
        // Answers (weights, grid) and errors are the link's; 'stopped', 'raced' and 'neuronGrids' need nothing
        // here: the lock-step runs never play a worker freely.
        return;
    }
  }

  /** Builds the run's network: resolves once it is ready and its first progress (step 0, with its metrics) is in. */
  async init(message: Extract<ToWorker, { type: 'init' }>): Promise<void> {
    const answers = Promise.all([this.link.expect('ready'), this.link.expect('progress')]);
    this.link.post(message);
    await answers;
  }

  /** The plane the run's decision grid draws data of more than two columns over (from its next grid on). */
  setProjection(projection: ProjectionChoice): void {
    this.link.post({ type: 'setProjection', projection });
  }

  /** The run's current weights. */
  async weights(): Promise<WeightValues[]> {
    return (await this.link.request({ type: 'getWeights' }, 'weights')).weights;
  }

  /** The run's decision grid over its data plane at `resolution` (rejects when its data has no plane). */
  async grid(resolution: number): Promise<Extract<FromWorker, { type: 'grid' }>> {
    return this.link.request({ type: 'requestGrid', resolution }, 'grid');
  }

  /** Loads weights (the optimizer starts afresh); resolves once the run reported progress on them. */
  async setWeights(weights: WeightValues[]): Promise<void> {
    await this.link.request({ type: 'setWeights', weights }, 'progress');
  }

  /** Trains `steps` batches; resolves with the progress after them. */
  step(steps: number): Promise<Progress> {
    return this.link.request({ type: 'step', batches: steps }, 'progress');
  }

  /** Stops the worker; waiting requests fail. */
  dispose(): void {
    this.link.close(`run ${this.name} was stopped`);
  }
}
