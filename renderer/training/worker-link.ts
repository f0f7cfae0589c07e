/**
 * One worker as the page speaks to it, for a single run and for each side-by-side run alike: messages
 * sent before the worker is ready wait in one queue, and a request waits for the next report of the type
 * that answers it (the worker core handles its messages one at a time and answers in order). A report of
 * an error, or the worker dying, fails the waiting requests; what that means is the owner's decision.
 */
import type { FromWorker, ToWorker } from '../../src/training/light';

/** The part of a Worker the driver uses (a fake one in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** The report types a request can wait for. */
export type Answer = 'ready' | 'progress' | 'weights' | 'grid';

interface Waiter {
  type: Answer;
  resolve(report: FromWorker): void;
  reject(error: Error): void;
}

/** What the link tells its owner: every report (before any request it answers), and the worker dying. */
export interface LinkEvents {
  report(report: FromWorker): void;
  died(message: string): void;
  /** The error the waiting requests fail with when the worker dies (default: its own message). */
  deathError?(message: string): string;
}

/** A worker, its queue of messages waiting for it to be ready, and the requests waiting for answers. */
export class WorkerLink {
  /** Whether the worker is ready: until then `send` queues. */
  ready = false;
  /** Messages waiting for the worker to be ready, in order. */
  waiting: ToWorker[] = [];
  private waiters: Waiter[] = [];
  private closed = false;

  constructor(
    private readonly port: WorkerPort,
    events: LinkEvents,
  ) {
    port.onmessage = (event) => {
      if (this.closed) return;
      const report = event.data;
      events.report(report);
      if (report.type === 'error') this.fail(new Error(report.message));
      else this.answer(report);
    };
    port.onerror = (event) => {
      if (this.closed) return;
      const message = event.message || 'the worker raised an error';
      this.fail(new Error(events.deathError?.(message) ?? message));
      events.died(message);
    };
  }

  /** Posts now, whether or not the worker is ready. */
  post(message: ToWorker): void {
    this.port.postMessage(message);
  }

  /** Posts now when the worker is ready, else once it is (see `flushWaiting`). */
  send(message: ToWorker): void {
    if (this.ready) this.post(message);
    else this.waiting.push(message);
  }

  /** Waits for the next report of type `answer`. */
  expect<T extends Answer>(answer: T): Promise<Extract<FromWorker, { type: T }>> {
    if (this.closed) return Promise.reject(new Error('the worker was stopped'));
    return new Promise((resolve, reject) =>
      this.waiters.push({ type: answer, resolve: resolve as Waiter['resolve'], reject }),
    );
  }

  /** Sends `message` and waits for the report of type `answer` that follows it. */
  request<T extends Answer>(message: ToWorker, answer: T): Promise<Extract<FromWorker, { type: T }>> {
    const answered = this.expect(answer);
    this.post(message);
    return answered;
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

  /** Stops the worker: nothing it says is heard any more, and waiting requests fail with `why`. */
  close(why = 'the worker was stopped'): void {
    this.closed = true;
    this.port.onmessage = null;
    this.port.onerror = null;
    this.fail(new Error(why));
    this.port.terminate();
  }
}
