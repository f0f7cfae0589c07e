/**
 * Coalescing the workers' reports into at most one store update per interval: plain fields keep
 * their latest value, series are appended in order, so a fast worker never floods React. One
 * batcher carries both what a single run reports and what side-by-side runs report.
 */
import { type ComparisonUpdate, mergeComparisonUpdate } from '../store/comparison';
import type { TrainingUpdate } from '../store/types';

/** Timers the batcher uses (injected in tests). */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** The browser's or Node's timers. */
export const realScheduler: Scheduler = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/** Merges `next` into `into` (in place): later patch fields win, series concatenate. */
export function mergeUpdate(into: TrainingUpdate, next: TrainingUpdate): void {
  if (next.patch) into.patch = { ...into.patch, ...next.patch };
  if (next.metrics?.length) into.metrics = [...(into.metrics ?? []), ...next.metrics];
  if (next.stats?.length) into.stats = [...(into.stats ?? []), ...next.stats];
  if (next.grids?.length) into.grids = [...(into.grids ?? []), ...next.grids];
}

/** What one flush applies: the side-by-side runs' change first, then the training slice's. */
export interface Batch {
  training: TrainingUpdate | null;
  comparison: ComparisonUpdate | null;
}

/** Collects updates and hands them to `apply` at most once every `intervalMs`. */
export class UpdateBatcher {
  private pending: TrainingUpdate | null = null;
  private pendingComparison: ComparisonUpdate | null = null;
  private timer: unknown = null;
  private lastFlush = -Infinity;

  constructor(
    private readonly apply: (batch: Batch) => void,
    private readonly intervalMs: number,
    private readonly scheduler: Scheduler = realScheduler,
  ) {}

  /** Queues an update of the training slice; it reaches the store within intervalMs. */
  add(update: TrainingUpdate): void {
    if (!this.pending) this.pending = {};
    mergeUpdate(this.pending, update);
    this.schedule();
  }

  /** Queues a change of the side-by-side runs (an empty one is ignored); it reaches the store within intervalMs. */
  addComparison(update: ComparisonUpdate): void {
    if (!(update.clear || update.status || update.step !== undefined || update.traces)) return;
    mergeComparisonUpdate((this.pendingComparison ??= {}), update);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - this.scheduler.now());
    this.timer = this.scheduler.setTimeout(() => this.flush(), wait);
  }

  /** What is waiting for the training slice (read it with the store's state to know the latest values). */
  peek(): Readonly<TrainingUpdate> | null {
    return this.pending;
  }

  /** Applies what is pending now. */
  flush(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
    const batch = { training: this.pending, comparison: this.pendingComparison };
    this.pending = this.pendingComparison = null;
    this.lastFlush = this.scheduler.now();
    if (batch.training || batch.comparison) this.apply(batch);
  }

  /** Forgets what is pending (a reset made it stale): for the training slice, the side-by-side runs, or both. */
  clear(which: 'training' | 'comparison' | 'all' = 'training'): void {
    if (which !== 'comparison') this.pending = null;
    if (which !== 'training') this.pendingComparison = null;
    if (this.pending === null && this.pendingComparison === null && this.timer !== null) {
      this.scheduler.clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
