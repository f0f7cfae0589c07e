/** Order statistics of a list of durations. */
export interface Summary {
  count: number;
  median: number;
  p95: number;
  max: number;
}

/** The value below which a fraction q of the sorted values lie (nearest rank); 0 for no values. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Count, median, 95th percentile and maximum. */
export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}
