/**
 * One side-by-side run's worker, spoken to as request and answer: the worker core handles its
 * messages one at a time and answers in order, so each request waits for the next report of the
 * type that answers it. A report of an error fails the waiting requests; the run group decides.
 */
import type { RunContent, WeightValues } from '../../src/project/index';
import type { FromWorker, ToWorker, TrainingCounters } from '../../src/training/index';
import type { WorkerPort } from './session';

type Progress = Extract<FromWorker, { type: 'progress' }>;
type Waiter = {
  type: 'ready' | 'progress' | 'weights' | 'grid';
  resolve(report: FromWorker): void;
  reject(error: Error): void;
};

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
  private waiters: Waiter[] = [];

  constructor(
    readonly id: string,
    readonly name: string,
    readonly content: RunContent,
    readonly worker: WorkerPort,
    private readonly events: MemberEvents,
  ) {
    worker.onmessage = (event) => this.route(event.data);
    worker.onerror = (event) =>
      this.fail(new Error(`the training worker of run ${name} stopped (${event.message || 'it raised an error'})`));
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
        this.events.progress(this, report);
        return this.answer(report);
      case 'ready':
        this.counters = report.counters;
        return this.answer(report);
      case 'weights':
      case 'grid':
        return this.answer(report);
      case 'stats':
        return this.events.stats(this, report);
      case 'diverged':
        return this.events.diverged(this, report);
      case 'error':
        return this.fail(new Error(report.message));
      default:
        // 'stopped', 'raced' and 'neuronGrids' need nothing here: the group never plays a worker freely.
        return;
    }
  }

  private answer(report: FromWorker): void {
    const index = this.waiters.findIndex((w) => w.type === report.type);
    if (index < 0) return;
    const [waiter] = this.waiters.splice(index, 1);
    waiter.resolve(report);
  }

  private fail(error: Error): void {
    this.waiters.splice(0).forEach((w) => w.reject(error));
  }

  /** Waits for the next report of type `answer`. */
  private expect<T extends Waiter['type']>(answer: T): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) =>
      this.waiters.push({ type: answer, resolve: resolve as Waiter['resolve'], reject }),
    );
  }

  /** Sends `message` and waits for the report of type `answer` that follows it. */
  request<T extends Waiter['type']>(message: ToWorker, answer: T): Promise<Extract<FromWorker, { type: T }>> {
    const answered = this.expect(answer);
    this.worker.postMessage(message);
    return answered;
  }

  /** Builds the run's network: resolves once it is ready and its first progress (step 0, with its metrics) is in. */
  async init(message: Extract<ToWorker, { type: 'init' }>): Promise<void> {
    const answers = Promise.all([this.expect('ready'), this.expect('progress')]);
    this.worker.postMessage(message);
    await answers;
  }

  /** The run's current weights. */
  async weights(): Promise<WeightValues[]> {
    return (await this.request({ type: 'getWeights' }, 'weights')).weights;
  }

  /** The run's decision grid over its data plane at `resolution` (rejects when its data has no plane). */
  async grid(resolution: number): Promise<Extract<FromWorker, { type: 'grid' }>> {
    return this.request({ type: 'requestGrid', resolution }, 'grid');
  }

  /** Loads weights (the optimizer starts afresh); resolves once the run reported progress on them. */
  async setWeights(weights: WeightValues[]): Promise<void> {
    await this.request({ type: 'setWeights', weights }, 'progress');
  }

  /** Trains `steps` batches; resolves with the progress after them. */
  step(steps: number): Promise<Progress> {
    return this.request({ type: 'step', batches: steps }, 'progress');
  }

  /** Stops the worker; waiting requests fail. */
  dispose(): void {
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.fail(new Error(`run ${this.name} was stopped`));
    this.worker.terminate();
  }
}
