/** Per-layer gradient norm series for the gradient chart: one series per Linear layer, input → output. */
import type { StatsSample } from '../../../src/training/index';
import { epochPosition } from '../charts/metric-rows';
import { thinEvenly } from '../charts/thin';
import { kernelGradNorm, linearLayers } from './gradient-health';

/** One line of the chart: a Linear layer, its depth among the Linear layers (0 = first) and its row key. */
export interface GradientSeries {
  nodeId: string;
  name: string;
  depth: number;
  /** Key of this series in each row (the node id is safe as an object key but not as a recharts path). */
  key: string;
}

/** One chart row: x in epochs, and ‖∂L/∂W‖ of each series by its key (null where a log axis cannot place it). */
export interface GradientRow {
  epoch: number;
  step: number;
  [key: string]: number | null;
}

/** The series of the latest sample's Linear layers, in its (input → output) order. */
export function gradientSeries(samples: readonly StatsSample[]): GradientSeries[] {
  const latest = samples[samples.length - 1];
  if (!latest) return [];
  return linearLayers(latest).map((layer, depth) => ({
    nodeId: layer.nodeId,
    name: layer.nodeName,
    depth,
    key: `g${depth}`,
  }));
}

/**
 * Rows of kernel gradient norms per sample (thinned to at most `maxPoints`); values ≤ 0 or
 * non-finite become null, since the chart's log axis cannot place them. With `cache` (valid for one
 * rowCacheKey), a sample's row is built once and reused.
 */
export function gradientRows(
  samples: readonly StatsSample[],
  series: readonly GradientSeries[],
  batchesPerEpoch: number | null,
  maxPoints?: number,
  cache?: WeakMap<StatsSample, GradientRow>,
): GradientRow[] {
  return thinEvenly(samples, maxPoints).map((sample) => {
    const cached = cache?.get(sample);
    if (cached) return cached;
    const row: GradientRow = { epoch: epochPosition(sample.step, sample.epoch, batchesPerEpoch), step: sample.step };
    const byNode = new Map(sample.layers.map((l) => [l.nodeId, l]));
    for (const s of series) {
      const layer = byNode.get(s.nodeId);
      const norm = layer ? kernelGradNorm(layer) : null;
      row[s.key] = norm !== null && norm > 0 ? norm : null;
    }
    cache?.set(sample, row);
    return row;
  });
}

/**
 * What a gradientRows cache is valid for (the series, their layers and the epoch length): samples never change, so
 * under one key each row is built once, not on every update.
 */
export function rowCacheKey(series: readonly GradientSeries[], batchesPerEpoch: number | null): string {
  return `${batchesPerEpoch}|${series.map((s) => `${s.key}=${s.nodeId}`).join(',')}`;
}

/** The smallest and largest positive value in the rows' series (for the log axis domain); null when there is none. */
export function rowsExtent(rows: readonly GradientRow[], series: readonly GradientSeries[]): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    for (const s of series) {
      const v = row[s.key];
      if (v === null || v === undefined) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return Number.isFinite(min) ? [min, max] : null;
}

/** The names of the series whose kernel gradient is exactly 0 in `sample` (a log axis cannot draw them, so the chart says so in words). */
export function zeroGradientNames(sample: StatsSample | null, series: readonly GradientSeries[]): string[] {
  if (!sample) return [];
  const byNode = new Map(sample.layers.map((l) => [l.nodeId, l]));
  return series
    .filter((s) => {
      const layer = byNode.get(s.nodeId);
      return layer !== undefined && kernelGradNorm(layer) === 0;
    })
    .map((s) => s.name);
}
