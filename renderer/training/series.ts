/**
 * Keeping long-running series bounded: old points are thinned, recent ones kept, so a chart of a long run stays cheap
 * and still spans it.
 */
import { appendMoments, type ThinnedMoments } from '../../src/training/light';

/** The most metric points and statistics samples the store keeps. */
export const MAX_SERIES_POINTS = 5000;

/**
 * Appends `added` to `series` and, while it is longer than `cap`, drops every second point of its
 * older half: the first point and the newest half stay, so the curve keeps its start and its
 * detail near the present, and thinning is amortised (it runs about once per cap/4 appends).
 */
export function appendThinned<T>(series: readonly T[], added: readonly T[], cap: number): T[] {
  if (added.length === 0) return series as T[];
  let next = [...series, ...added];
  while (next.length > cap) {
    const half = Math.floor(next.length / 2);
    const older = next.slice(0, half).filter((_, i) => i % 2 === 0);
    next = [...older, ...next.slice(half)];
    if (half < 2) next = next.slice(next.length - cap);
  }
  return next;
}

/** The points of `series` taken at or before `step` (what survives a rollback to that step). */
export function upToStep<T extends { step: number }>(series: readonly T[], step: number): T[] {
  return series.filter((point) => point.step <= step);
}

/**
 * Appends decision grids to the timeline: moments (and grids asked for while paused) are thinned by
 * training progress (src/training/moments.ts); a paced run's live frame (`moment: false`) is kept
 * only while it is the newest, so frames never crowd the moments out.
 */
export function appendGrids<T extends { step: number; moment?: boolean }>(
  grids: readonly T[],
  added: readonly T[],
  stride: number,
): ThinnedMoments<T> {
  let kept = grids.at(-1)?.moment === false ? grids.slice(0, -1) : [...grids];
  let frame: T | null = grids.at(-1)?.moment === false ? (grids.at(-1) as T) : null;
  let next = stride;
  for (const grid of added) {
    if (grid.moment === false) {
      frame = grid;
      continue;
    }
    ({ moments: kept, stride: next } = appendMoments(kept, [grid], next));
    if (frame && frame.step <= grid.step) frame = null;
  }
  if (frame && frame.step <= (kept.at(-1)?.step ?? -Infinity)) frame = null;
  return { moments: frame ? [...kept, frame] : kept, stride: next };
}
