/**
 * Rows for the overlaid run charts. The runs train in lock-step, so their points fall on the same
 * steps: one row per step, with each run's values under keys made from its position (r0_trainLoss,
 * r1_g0, ...), x in steps (runs with other batch sizes count epochs differently; steps they share).
 */
import { type ComparisonState, type GradientNormSample, type RunTrace, traceOf } from '../../store/comparison';
import type { MetricPoint } from '../../../src/project/light';
import { thinEvenly } from '../charts/thin';

/** A run as the charts draw it: its position (which picks its colour and keys), name and trace. */
export interface ChartRun {
  index: number;
  id: string;
  name: string;
  trace: RunTrace;
}

/** One chart row: the step, and every series value by key (null where a run has none). */
export type RunRow = { step: number } & Record<string, number | null>;

/** The runs the charts draw, in order: those the group has reported on, each with its trace. */
export function chartRunsOf(runs: readonly Omit<ChartRun, 'trace'>[], traces: ComparisonState['traces']): ChartRun[] {
  return runs.flatMap((r) => {
    const trace = traceOf(traces, r.id);
    return trace ? [{ index: r.index, id: r.id, name: r.name, trace }] : [];
  });
}

type MetricKey = 'trainLoss' | 'validationLoss' | 'trainAccuracy' | 'validationAccuracy';

/** The key of a run's metric series. */
export const metricKey = (run: Pick<ChartRun, 'index'>, metric: MetricKey) => `r${run.index}_${metric}`;

/** The key of a run's gradient series for its `depth`-th Linear layer. */
export const gradientKey = (run: Pick<ChartRun, 'index'>, depth: number) => `r${run.index}_g${depth}`;

function mergeBySteps<T extends { step: number }>(
  runs: readonly ChartRun[],
  series: (run: ChartRun) => readonly T[],
  fill: (row: RunRow, run: ChartRun, point: T) => void,
  maxPoints?: number,
): RunRow[] {
  const rows = new Map<number, RunRow>();
  for (const run of runs) {
    for (const point of thinEvenly(series(run), maxPoints)) {
      let row = rows.get(point.step);
      if (!row) rows.set(point.step, (row = { step: point.step } as RunRow));
      fill(row, run, point);
    }
  }
  return [...rows.values()].sort((a, b) => a.step - b.step);
}

const finite = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);

/** Loss or accuracy rows (train and validation of every run); with `log`, values ≤ 0 become null. */
export function metricRunRows(
  runs: readonly ChartRun[],
  metrics: [MetricKey, MetricKey],
  log = false,
  maxPoints?: number,
): RunRow[] {
  return mergeBySteps<MetricPoint>(
    runs,
    (r) => r.trace.metrics,
    (row, run, point) => {
      for (const metric of metrics) {
        const v = finite(point[metric]);
        row[metricKey(run, metric)] = log && v !== null && v <= 0 ? null : v;
      }
    },
    maxPoints,
  );
}

/** Kernel gradient-norm rows: each run's Linear layers by depth (input → output); values ≤ 0 become null for the log axis. */
export function gradientRunRows(runs: readonly ChartRun[], maxPoints?: number): RunRow[] {
  return mergeBySteps<GradientNormSample>(
    runs,
    (r) => r.trace.gradients,
    (row, run, sample) => {
      run.trace.linearLayers.forEach((layer, depth) => {
        const v = finite(sample.norms.get(layer.nodeId) ?? null);
        row[gradientKey(run, depth)] = v !== null && v > 0 ? v : null;
      });
    },
    maxPoints,
  );
}

/** The latest metric point of a trace (null before the first). */
export function latestPoint(trace: RunTrace | undefined): MetricPoint | null {
  return trace?.metrics.at(-1) ?? null;
}
