/**
 * Min/max decimation of chart rows: a live chart draws a few hundred points per line whatever the
 * length of the run, and still shows every spike, because each bucket of rows keeps the rows where
 * its most varying series reaches its lowest and highest value.
 */

/** A chart row: numbers (or null for a gap) under the series' keys. */
export type ChartRow = object;

/**
 * Most rows a chart draws: about one row per two pixels of plot width, and fewer when it has many series, so that
 * rows × series stays near `pointBudget`.
 */
export function rowBudget(plotWidth: number, seriesCount: number, pointBudget = 1200): number {
  const byWidth = Math.floor(plotWidth / 2);
  const byPoints = Math.floor(pointBudget / Math.max(1, seriesCount));
  return Math.max(16, Math.min(400, byWidth, byPoints));
}

function valueOf(row: ChartRow, key: string): number | null {
  const v = (row as Record<string, unknown>)[key];
  return typeof v === 'number' ? v : null;
}

/**
 * At most `maxRows` of `rows` (plus any gap rows), in order: the first and the last row; in each of ⌊(maxRows − 2)/2⌋
 * equal buckets of consecutive rows, the rows holding the minimum and maximum of the series whose
 * values spread widest there (relative to their size, or in decades on a `log` axis); and, in a
 * bucket where a series has values, the first row where it has none (a gap: a non-finite value, or
 * one a log axis cannot place), so that gaps never vanish. Returns `rows` itself when short enough.
 */
export function decimateRows<T extends ChartRow>(
  rows: readonly T[],
  keys: readonly string[],
  maxRows: number,
  log = false,
): readonly T[] {
  const n = rows.length;
  if (n <= maxRows) return rows;
  const buckets = Math.max(1, Math.floor((maxRows - 2) / 2));
  const kept: number[] = [0];
  const spread = (min: number, max: number) =>
    log ? Math.log10(max / min) : (max - min) / Math.max(Math.abs(max), Math.abs(min), Number.MIN_VALUE);
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * n) / buckets);
    const end = Math.floor(((b + 1) * n) / buckets);
    let best = -1;
    let bestLow = start;
    let bestHigh = start;
    const gaps: number[] = [];
    for (const key of keys) {
      let low = -1;
      let high = -1;
      let firstGap = -1;
      for (let i = start; i < end; i++) {
        const v = valueOf(rows[i], key);
        if (v === null || !Number.isFinite(v) || (log && v <= 0)) {
          if (firstGap < 0) firstGap = i;
          continue;
        }
        if (low < 0 || v < (valueOf(rows[low], key) as number)) low = i;
        if (high < 0 || v > (valueOf(rows[high], key) as number)) high = i;
      }
      if (low < 0) continue;
      if (firstGap >= 0) gaps.push(firstGap);
      const s = spread(valueOf(rows[low], key) as number, valueOf(rows[high], key) as number);
      if (s > best) [best, bestLow, bestHigh] = [s, low, high];
    }
    kept.push(Math.min(bestLow, bestHigh), Math.max(bestLow, bestHigh), ...gaps);
  }
  kept.push(n - 1);
  kept.sort((a, b) => a - b);
  const out: T[] = [];
  let previous = -1;
  for (const i of kept) {
    if (i !== previous) out.push(rows[i]);
    previous = i;
  }
  return out;
}
