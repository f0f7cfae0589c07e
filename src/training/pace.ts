/**
 * Watchable training: a run played at a set number of epochs per second instead of full speed, so
 * that a room can follow the boundary bending and the loss falling. The pacer turns the pace into
 * how many steps may run now; the worker sleeps (letting messages in) when none may.
 */

/** The paces the speed control offers, in epochs per second (full speed is `undefined`). */
export const PACE_CHOICES: readonly number[] = [200, 100, 50, 20, 10, 5, 2, 1];

/** The slowest and fastest pace a project may set, in epochs per second. */
export const PACE_LIMITS = { min: 0.1, max: 10_000 } as const;

/** Longest sleep between two paced slices, in milliseconds, so a pause or a new pace applies promptly. */
export const MAX_PACE_WAIT_MS = 50;

/** Steps per second a pace means for an epoch of `batchesPerEpoch` steps; Infinity at full speed. */
export function pacedStepsPerSecond(epochsPerSecond: number | undefined, batchesPerEpoch: number): number {
  if (epochsPerSecond === undefined || !(epochsPerSecond > 0)) return Infinity;
  return epochsPerSecond * Math.max(1, batchesPerEpoch);
}

/**
 * Keeps a paced run on schedule: steps may run as the clock allows since the pace was set (or the
 * run resumed). A run that fell behind (a slow evaluation, a busy machine) catches up by at most a
 * quarter of a second's worth of steps, then the schedule starts afresh, so it never races ahead.
 */
export class Pacer {
  private anchor: { at: number; step: number; rate: number } | null = null;

  /** Forgets the schedule (the run paused, was reset, or its pace changed). */
  restart(): void {
    this.anchor = null;
  }

  /** Steps that may run at `now` for a run at `step` going at `rate` steps per second (Infinity: no limit). */
  allowed(step: number, rate: number, now: number): number {
    if (!Number.isFinite(rate)) return Infinity;
    if (!this.anchor || this.anchor.rate !== rate || step < this.anchor.step) this.anchor = { at: now, step, rate };
    // The first step of a schedule runs at once (pressing Train shows movement immediately), then one every 1/rate s.
    const due = this.anchor.step + 1 + Math.floor(((now - this.anchor.at) / 1000) * rate) - step;
    if (due > Math.max(1, Math.ceil(rate / 4))) {
      this.anchor = { at: now, step, rate };
      return 1;
    }
    return Math.max(0, due);
  }

  /** Milliseconds until the next step is due (at least 1, at most MAX_PACE_WAIT_MS). */
  waitMs(step: number, now: number): number {
    if (!this.anchor) return 1;
    const nextAt = this.anchor.at + ((step - this.anchor.step) / this.anchor.rate) * 1000;
    return Math.min(MAX_PACE_WAIT_MS, Math.max(1, Math.ceil(nextAt - now)));
  }
}
