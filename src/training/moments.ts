/**
 * Moments of a run: the decision-boundary snapshots the timeline scrubber and the GIF export play
 * back, taken by training progress (steps), never by the clock, so a run that trains in two seconds
 * keeps as many moments as one that trains for an hour. The policy:
 * - a moment is due at every step that is a multiple of the stride, which starts at 1;
 * - when more than MOMENT_CAP moments are kept, the stride doubles and the moments off the new
 *   stride are dropped, except in the first eighth of the run, which keeps the old stride: learning
 *   moves fastest early, so the start stays twice as dense;
 * - so memory is bounded (at most MOMENT_CAP) and a run of N ≥ MOMENT_CAP steps keeps at least
 *   MOMENT_CAP / 2 evenly spaced moments; a run of fewer steps keeps one per step.
 * The worker and the store apply the same function, so they agree on the stride. At full speed the
 * worker may also skip moments to keep their cost in bounds (a floor under the stride, from the
 * measured cost of a grid against a step), but never below PLANNED_MOMENTS over the planned run.
 */

/** The most moments kept at once. */
export const MOMENT_CAP = 240;
/** The share of the run (from its start) kept at the finer stride when thinning. */
export const EARLY_SHARE = 1 / 8;
/** Moments a run gets at least over its planned length, however costly a grid is. */
export const PLANNED_MOMENTS = 120;
/** The share of the training time moments may take at full speed before the worker takes fewer (down to PLANNED_MOMENTS). */
export const MOMENT_COST_SHARE = 0.1;

/** The largest power of two at most `value` (1 for anything below 2). */
function powerOfTwoAtMost(value: number): number {
  return value < 2 ? 1 : 2 ** Math.floor(Math.log2(value));
}

/**
 * The least stride the worker keeps to, a power of two: as coarse as keeps moments within
 * MOMENT_COST_SHARE of the training time, but no coarser than leaves PLANNED_MOMENTS over a run of
 * `plannedSteps` (Infinity: unbounded). `stepMs` and `gridMs` are measured costs (0: unknown yet).
 */
export function momentFloor(plannedSteps: number, stepMs: number, gridMs: number): number {
  if (!(stepMs > 0 && gridMs > 0)) return 1;
  const byCost = 2 ** Math.ceil(Math.log2(Math.max(1, gridMs / (MOMENT_COST_SHARE * stepMs))));
  const byPlan = Number.isFinite(plannedSteps) ? powerOfTwoAtMost(plannedSteps / PLANNED_MOMENTS) : Infinity;
  return Math.max(1, Math.min(byCost, byPlan));
}

/** Moments with the stride they were thinned to. */
export interface ThinnedMoments<T> {
  moments: T[];
  stride: number;
}

/** Whether a moment at `step` lies on `stride`. */
function onStride(step: number, stride: number): boolean {
  return step % stride === 0;
}

/**
 * Thins `moments` (sorted by step) to at most `cap`: first drops those off the current stride past
 * the early share (strays from a worker that started over), then doubles the stride until they fit.
 * Returns new arrays; the input is not changed.
 */
export function thinMoments<T extends { step: number }>(
  moments: readonly T[],
  stride: number,
  cap = MOMENT_CAP,
): ThinnedMoments<T> {
  if (moments.length <= cap) return { moments: [...moments], stride };
  const last = moments[moments.length - 1].step;
  const early = last * EARLY_SHARE;
  let kept = moments.filter((m) => onStride(m.step, stride) || m.step <= early);
  let next = stride;
  while (kept.length > cap) {
    const finer = next;
    next *= 2;
    kept = kept.filter((m) => onStride(m.step, next) || (m.step <= early && onStride(m.step, finer)));
    // A run of one step cannot thin by stride: keep the newest cap.
    if (next > Math.max(1, last) * 2) kept = kept.slice(kept.length - cap);
  }
  return { moments: kept, stride: next };
}

/** Appends `added` (newer than every kept moment) and thins the result. */
export function appendMoments<T extends { step: number }>(
  moments: readonly T[],
  added: readonly T[],
  stride: number,
  cap = MOMENT_CAP,
): ThinnedMoments<T> {
  if (added.length === 0) return { moments: moments as T[], stride };
  const newest = moments.length > 0 ? moments[moments.length - 1].step : -Infinity;
  // A moment at a step already kept (a re-sent final snapshot) replaces it.
  const older = added[0].step <= newest ? moments.filter((m) => m.step < added[0].step) : [...moments];
  return thinMoments([...older, ...added], stride, cap);
}

/** Which steps of a run are moments: the worker's side of the policy (it keeps only the steps). */
export class MomentSchedule {
  private steps: { step: number }[] = [];
  private strideNow = 1;
  private floor = 1;
  private earlyUntil = -1;

  constructor(private readonly cap = MOMENT_CAP) {}

  /** The current stride in steps. */
  get stride(): number {
    return this.strideNow;
  }

  /** Sets the least stride (momentFloor) and the step up to which it is halved, so the run's start stays denser. */
  setFloor(floor: number, earlyUntil: number): void {
    this.floor = floor;
    this.earlyUntil = earlyUntil;
  }

  /** The stride that applies at `step`: the thinned stride, or the floor where it is coarser. */
  private strideAt(step: number): number {
    return Math.max(this.strideNow, step <= this.earlyUntil ? this.floor / 2 : this.floor, 1);
  }

  /** Whether a moment is due at `step` (on the stride and not taken yet). */
  due(step: number): boolean {
    const last = this.steps.length > 0 ? this.steps[this.steps.length - 1].step : -1;
    return step > last && onStride(step, this.strideAt(step));
  }

  /** Steps from `step` to the next due moment (≥ 1): a training chunk should end there. */
  stepsToNext(step: number): number {
    const stride = this.strideAt(step);
    return stride - (step % stride) || stride;
  }

  /** Notes that a moment was taken at `step`. */
  record(step: number): void {
    const thinned = appendMoments(this.steps, [{ step }], this.strideNow, this.cap);
    this.steps = thinned.moments;
    this.strideNow = thinned.stride;
  }

  /** Starts over (a reset, a rebuild, new weights). */
  restart(): void {
    this.steps = [];
    this.strideNow = 1;
    this.floor = 1;
    this.earlyUntil = -1;
  }
}
