/**
 * Coalescing the worker's reports into at most one store update per interval: plain fields keep
 * their latest value, series are appended in order, so a fast worker never floods React.
 */
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

/** Collects updates and hands them to `apply` at most once every `intervalMs`. */
export class UpdateBatcher {
  private pending: TrainingUpdate | null = null;
  private timer: unknown = null;
  private lastFlush = -Infinity;

  constructor(
    private readonly apply: (update: TrainingUpdate) => void,
    private readonly intervalMs: number,
    private readonly scheduler: Scheduler = realScheduler,
  ) {}

  /** Queues an update; it reaches the store within intervalMs. */
  add(update: TrainingUpdate): void {
    if (!this.pending) this.pending = {};
    mergeUpdate(this.pending, update);
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - this.scheduler.now());
    this.timer = this.scheduler.setTimeout(() => this.flush(), wait);
  }

  /** What is waiting to be applied (read it with the store's state to know the latest values). */
  peek(): Readonly<TrainingUpdate> | null {
    return this.pending;
  }

  /** Applies what is pending now. */
  flush(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
    const update = this.pending;
    this.pending = null;
    this.lastFlush = this.scheduler.now();
    if (update) this.apply(update);
  }

  /** Forgets what is pending (a reset made it stale). */
  clear(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
