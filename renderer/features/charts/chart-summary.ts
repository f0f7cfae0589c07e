/**
 * What a chart says, in words and as a table, for people who cannot see it: a one-line summary of
 * each line's start and end, and the last rows of its data. Pure, so the wording is tested in Node.
 */

/** A line of a chart, as the summary names it. */
export interface SummarySeries {
  key: string;
  name: string;
}

/** The x axis of a chart: the row key, its name (singular) and how its values are written. */
export interface SummaryAxis {
  key: string;
  label: string;
  format(value: number): string;
}

/** Rows of data the table alternative shows: the last ones, newest last. */
export const TABLE_ROWS = 20;

const valueOf = (row: object, key: string): number | null => {
  const v = (row as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** The first and last finite values of `key` over the rows (null when it has none). */
export function seriesEnds(rows: readonly object[], key: string): [number, number] | null {
  let first: number | null = null;
  let last: number | null = null;
  for (const row of rows) {
    const v = valueOf(row, key);
    if (v === null) continue;
    if (first === null) first = v;
    last = v;
  }
  return first === null || last === null ? null : [first, last];
}

/** "epoch" → "epochs": the x axis's name for a count other than one. */
function plural(label: string, count: number): string {
  return count === 1 || label.endsWith('s') ? label : `${label}s`;
}

/**
 * One sentence for a line chart, e.g. "Loss: train 0.42 → 0.08, validation 0.45 → 0.11, over 300
 * epochs." — each line from its first to its last value, and how far along x the data reach.
 */
export function seriesSummary(
  title: string,
  rows: readonly object[],
  series: readonly SummarySeries[],
  x: SummaryAxis,
  formatValue: (value: number) => string,
): string {
  const parts = series.flatMap((s) => {
    const ends = seriesEnds(rows, s.key);
    if (!ends) return [];
    return ends[0] === ends[1] && rows.length === 1
      ? [`${s.name} ${formatValue(ends[1])}`]
      : [`${s.name} ${formatValue(ends[0])} → ${formatValue(ends[1])}`];
  });
  if (parts.length === 0) return `${title}: no data yet.`;
  const lastX = rows.length > 0 ? valueOf(rows[rows.length - 1], x.key) : null;
  const span = lastX === null ? '' : `, over ${x.format(lastX)} ${plural(x.label, lastX)}`;
  return `${title}: ${parts.join(', ')}${span}.`;
}

/** The last `count` rows that hold a value of at least one series (newest last), for the table alternative. */
export function lastRows(rows: readonly object[], series: readonly SummarySeries[], count = TABLE_ROWS): object[] {
  const kept: object[] = [];
  for (let i = rows.length - 1; i >= 0 && kept.length < count; i--) {
    if (series.some((s) => valueOf(rows[i], s.key) !== null)) kept.push(rows[i]);
  }
  return kept.reverse();
}

/** A table cell of one row's value of `key`, written by `format`; an en dash where there is none. */
export function cellText(row: object, key: string, format: (value: number) => string): string {
  const v = valueOf(row, key);
  return v === null ? '–' : format(v);
}

/**
 * One sentence for a histogram, e.g. "Linear 1 weights: 16 values from −0.83 to 0.91, most between
 * −0.12 and 0.05 (5 values)." — its range and its fullest bin.
 */
export function histogramSummary(
  title: string,
  counts: ArrayLike<number>,
  range: [number, number],
  formatValue: (value: number) => string,
): string {
  let total = 0;
  let fullest = -1;
  for (let i = 0; i < counts.length; i++) {
    total += counts[i];
    if (fullest < 0 || counts[i] > counts[fullest]) fullest = i;
  }
  if (total === 0 || fullest < 0) return `${title}: no values yet.`;
  const [low, high] = range;
  const width = (high - low) / counts.length;
  const from = low + fullest * width;
  const values = (n: number) => `${n} value${n === 1 ? '' : 's'}`;
  return (
    `${title}: ${values(total)} from ${formatValue(low)} to ${formatValue(high)}, ` +
    `most between ${formatValue(from)} and ${formatValue(from + width)} (${values(counts[fullest])}).`
  );
}
