/**
 * The comparison state: what the side-by-side runs (renderer/training/lockstep-runs.ts) report about each
 * side-by-side run — its status, metric history, per-layer gradient norms, and which initial
 * weights it shares with run A. Session state, like the training slice: never undone, not saved.
 */
import type { RunView, MetricPoint, WeightValues } from '../../src/project/light';
import type { LayerStats } from '../../src/training/index';
import type { DecisionGridSnapshot } from './grid-snapshot';
import type { TrainingCounters } from '../../src/training/light';

/** One run's training: 'diverged' and 'error' stop only that run, 'finished' when it reached its epochs. */
export type RunTraceStatus = 'starting' | 'ready' | 'finished' | 'diverged' | 'error';

/** ‖∂L/∂W‖ of each Linear layer's kernel at one sampled step, by node id (null where not measurable). */
export interface GradientNormSample {
  step: number;
  epoch: number;
  norms: ReadonlyMap<string, number | null>;
}

/**
 * How one weight tensor of a run started: from run A's values (shared) or its own draw, and a checksum of the values
 * read back from the run's engine.
 */
export interface InitialWeight {
  nodeId: string;
  nodeName: string;
  name: string;
  shape: number[];
  shared: boolean;
  /** Why it could not share run A's values (null when shared, or in run A itself). */
  reason: string | null;
  /** FNV-1a of the float32 bits, hex: equal checksums mean bit-identical initial values. */
  checksum: string;
}

/** Everything the views show about one run. */
export interface RunTrace {
  id: string;
  status: RunTraceStatus;
  counters: TrainingCounters;
  metrics: MetricPoint[];
  gradients: GradientNormSample[];
  /** The Linear layers of the run's network, input → output, as the gradient chart names them. */
  linearLayers: { nodeId: string; name: string }[];
  initial: InitialWeight[];
  /** A sentence about this run (why it stopped); null when none. */
  note: string | null;
  /** The run's latest decision-boundary snapshot; null before one was read. */
  grid: DecisionGridSnapshot | null;
  /** Why the run has no boundary to show (its data has no 2-D plane, its worker failed); null when it has or will have one. */
  gridNote: string | null;
  /** The run's latest weights and the step they were read at (for exports); null before any were read. */
  weights: { weights: WeightValues[]; step: number } | null;
}

/** The group as a whole; `step` is the lock-step counter every running run has reached. */
export interface ComparisonState {
  status: 'idle' | 'starting' | 'running' | 'paused';
  step: number;
  /** By run id: a Map, so that ids such as "constructor" or "toString" find only their own trace. */
  traces: ReadonlyMap<string, RunTrace>;
}

/** What an update says about one run's trace: fields replace, series are appended. */
export type TracePatch = Partial<Omit<RunTrace, 'metrics' | 'gradients'>> & {
  metrics?: MetricPoint[];
  gradients?: GradientNormSample[];
};

/** A change the side-by-side runs report: group fields replace, traces are merged per run (series appended). */
export interface ComparisonUpdate {
  status?: ComparisonState['status'];
  step?: number;
  /** Drops every trace first (reset, or the runs changed). */
  clear?: boolean;
  /** By run id. */
  traces?: Map<string, TracePatch>;
}

/** Most points kept per run series (older ones are thinned by dropping every other). */
const MAX_TRACE_POINTS = 4000;

function appendCapped<T>(series: T[], more: T[] | undefined): T[] {
  if (!more || more.length === 0) return series;
  const next = [...series, ...more];
  return next.length > MAX_TRACE_POINTS ? next.filter((_, i) => i % 2 === 0 || i === next.length - 1) : next;
}

/** No runs trained yet. */
export function initialComparisonState(): ComparisonState {
  return { status: 'idle', step: 0, traces: new Map() };
}

/** A trace before its run reported anything. */
export function emptyTrace(id: string): RunTrace {
  return {
    id,
    status: 'starting',
    counters: { step: 0, epoch: 0, batchInEpoch: 0, batchesPerEpoch: 0 },
    metrics: [],
    gradients: [],
    linearLayers: [],
    initial: [],
    note: null,
    grid: null,
    gridNote: null,
    weights: null,
  };
}

/** Applies an update to the comparison state (a new object; untouched traces keep their identity). */
export function applyComparison(state: ComparisonState, update: ComparisonUpdate): ComparisonState {
  const traces = new Map(update.clear ? [] : state.traces);
  for (const [id, patch] of update.traces ?? []) {
    const old = traces.get(id) ?? emptyTrace(id);
    const { metrics, gradients, ...rest } = patch;
    traces.set(id, {
      ...old,
      ...rest,
      metrics: appendCapped(old.metrics, metrics),
      gradients: appendCapped(old.gradients, gradients),
    });
  }
  return { status: update.status ?? state.status, step: update.step ?? state.step, traces };
}

/** Folds `next` into `into` (in place): later fields win, series concatenate, a clear drops what came before. */
export function mergeComparisonUpdate(into: ComparisonUpdate, next: ComparisonUpdate): void {
  if (next.clear) {
    into.clear = true;
    into.traces = new Map();
  }
  if (next.status) into.status = next.status;
  if (next.step !== undefined) into.step = next.step;
  for (const [id, patch] of next.traces ?? []) {
    const traces = (into.traces ??= new Map());
    const old = traces.get(id) ?? {};
    traces.set(id, {
      ...old,
      ...patch,
      metrics: [...(old.metrics ?? []), ...(patch.metrics ?? [])],
      gradients: [...(old.gradients ?? []), ...(patch.gradients ?? [])],
    });
  }
}

/** An update of one run's trace. */
export function traceUpdate(id: string, patch: TracePatch): ComparisonUpdate {
  return { traces: new Map([[id, patch]]) };
}

/** The update that starts a group run: every trace dropped and begun again, naming the Linear layers of its run's network. */
export function startingUpdate(runs: readonly RunView[]): ComparisonUpdate {
  const traces = new Map<string, TracePatch>(
    runs.map((r) => [
      r.id,
      {
        ...emptyTrace(r.id),
        linearLayers: r.content.graph.nodes
          .filter((n) => n.kind === 'dense')
          .map((n) => ({ nodeId: n.id, name: n.name })),
      },
    ]),
  );
  return { clear: true, status: 'starting', step: 0, traces };
}

/** The trace of run `id`, or undefined before the group reported on it. */
export function traceOf(traces: ComparisonState['traces'], id: string): RunTrace | undefined {
  return traces.get(id);
}

/** ‖∂L/∂W‖ of each Linear layer's kernel in a stats report, by node id (null where not finite). */
export function kernelNormsOf(layers: readonly LayerStats[]): Map<string, number | null> {
  const norms = new Map<string, number | null>();
  for (const layer of layers) {
    if (layer.kind !== 'dense') continue;
    const kernel = layer.parameters.find((p) => p.name === 'kernel');
    norms.set(layer.nodeId, kernel && Number.isFinite(kernel.gradNorm) ? kernel.gradNorm : null);
  }
  return norms;
}
