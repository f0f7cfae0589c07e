/** The depth sweep's points as chart rows: one row per depth, one column per activation (null where that network is not measured yet). */
import type { DepthSweepPoint, SweepActivation } from '../../../src/training/light';

/** A row of the sweep chart. */
export type SweepRow = { depth: number } & Partial<Record<SweepActivation, number | null>>;

/**
 * Rows for depths minDepth..maxDepth (widened to cover every point), with each activation's first-layer norm;
 * non-positive norms are left out of a log axis.
 */
export function sweepRows(
  points: readonly DepthSweepPoint[],
  activations: readonly SweepActivation[],
  depths: { min: number; max: number },
): SweepRow[] {
  const min = Math.min(depths.min, ...points.map((p) => p.depth));
  const max = Math.max(depths.max, ...points.map((p) => p.depth));
  const rows: SweepRow[] = [];
  for (let depth = min; depth <= max; depth++) {
    const row: SweepRow = { depth };
    for (const activation of activations) {
      const norm = points.find((p) => p.depth === depth && p.activation === activation)?.firstGradNorm;
      row[activation] = norm !== undefined && norm > 0 && Number.isFinite(norm) ? norm : null;
    }
    rows.push(row);
  }
  return rows;
}

/** Activations that have at least one point, in the order of `preferred` then any others. */
export function sweptActivations(
  points: readonly DepthSweepPoint[],
  preferred: readonly SweepActivation[],
): SweepActivation[] {
  const present = new Set(points.map((p) => p.activation));
  return [...preferred.filter((a) => present.has(a)), ...[...present].filter((a) => !preferred.includes(a))];
}

/** Smallest and largest positive first-layer norm, or null when there is none. */
export function normExtent(points: readonly DepthSweepPoint[]): [number, number] | null {
  const norms = points.map((p) => p.firstGradNorm).filter((n) => n > 0 && Number.isFinite(n));
  return norms.length > 0 ? [Math.min(...norms), Math.max(...norms)] : null;
}

/** The last (deepest) point of an activation's line, or null. */
export function lastPoint(points: readonly DepthSweepPoint[], activation: SweepActivation): DepthSweepPoint | null {
  return points
    .filter((p) => p.activation === activation)
    .reduce<DepthSweepPoint | null>((best, p) => (best === null || p.depth > best.depth ? p : best), null);
}
