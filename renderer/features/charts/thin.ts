/** Thinning long series for display: a chart needs a few hundred points, not every sample of a long run. */

/** Every row: the live charts decimate to their own width (decimate.ts), so they are given the whole history. */
export const ALL_ROWS = Number.POSITIVE_INFINITY;

/** Points a live chart draws at most per series. */
export const MAX_CHART_POINTS = 400;

/**
 * At most `max` items of `items`, evenly spaced by index, always keeping the first and the last
 * (so the curve starts and ends where the data does); returns `items` itself when it is short enough.
 */
export function thinEvenly<T>(items: readonly T[], max = MAX_CHART_POINTS): readonly T[] {
  const n = items.length;
  if (n <= max) return items;
  if (max <= 1) return [items[n - 1]];
  const kept: T[] = [];
  let previous = -1;
  for (let i = 0; i < max; i++) {
    const index = Math.round((i * (n - 1)) / (max - 1));
    if (index !== previous) kept.push(items[index]);
    previous = index;
  }
  return kept;
}
