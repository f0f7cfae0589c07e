/** Bars of an engine histogram (equal bins over [−range, range], see src/training/histogram.ts) for a small SVG chart. */
import type { Histogram } from '../../../src/training/index';

/** One bar: its bin's value interval, count, and rectangle in a width × height box (y down). */
export interface HistogramBar {
  from: number;
  to: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bars of `histogram` in a `width`×`height` box, the tallest bar filling the height;
 * bin i covers [−r + 2r·i/B, −r + 2r·(i+1)/B).
 */
export function histogramBars(histogram: Histogram, width: number, height: number): HistogramBar[] {
  const bins = histogram.counts.length;
  const r = histogram.range;
  let tallest = 0;
  for (const c of histogram.counts) if (c > tallest) tallest = c;
  const barWidth = width / Math.max(1, bins);
  return Array.from(histogram.counts, (count, i) => {
    const h = tallest > 0 ? (count / tallest) * height : 0;
    return {
      from: -r + (2 * r * i) / bins,
      to: -r + (2 * r * (i + 1)) / bins,
      count,
      x: i * barWidth,
      y: height - h,
      width: barWidth,
      height: h,
    };
  });
}
