import type { BackpropSettings } from '../backprop/settings';
import type { ClassicDataSpec, ClassicSettings } from '../classic/types';
import type { CsvSource, DatasetSpec } from '../data/types';
import type {
  Graph,
  GraphEdge,
  GraphNode,
  Initializer,
  LayerGroup,
  NodeKind,
  ParamsByKind,
  Position,
} from '../graph/types';
import type { EarlyStoppingConfig, OptimizerConfig, TrainingConfig } from '../training/config';
import type { Classroom, ClassroomStep } from './classroom';
import type { DepthSweep, DepthSweepPoint, DepthSweepSettings } from '../training/depth-sweep/settings';
import type { MetricPoint, MlpFile, ProjectMeta, RunEntry, RunSet, StoredWeight, TrainedState } from './types';

/*
 * The fixed key order of every object in a .mlp file. Each order is an object literal whose type
 * demands every key of the model type and no other, so adding a field to a shared type without
 * placing it here is a compile error rather than a field silently dropped on save.
 */
type KeyOrder<T> = { readonly [K in keyof T]-?: true };

const FILE: KeyOrder<MlpFile> = {
  format: true,
  version: true,
  app: true,
  meta: true,
  graph: true,
  data: true,
  training: true,
  notes: true,
  classic: true,
  classroom: true,
  depthSweep: true,
  backprop: true,
  state: true,
  runs: true,
};
const BACKPROP: KeyOrder<BackpropSettings> = { sample: true, halveSquaredError: true };
const APP: KeyOrder<MlpFile['app']> = { name: true, version: true };
const META: KeyOrder<ProjectMeta> = { title: true, description: true, created: true, modified: true };
const NODE: KeyOrder<GraphNode> = { id: true, kind: true, name: true, position: true, params: true };
const POSITION: KeyOrder<Position> = { x: true, y: true };
const EDGE: KeyOrder<GraphEdge> = { id: true, source: true, target: true };
const GROUP: KeyOrder<LayerGroup> = { id: true, nodeIds: true, repeats: true, collapsed: true };
const INITIALIZER: KeyOrder<Initializer> = { name: true, stddev: true, limit: true };
const PARAMS: { [K in NodeKind]: KeyOrder<ParamsByKind[K]> } = {
  input: { source: true, features: true, columns: true },
  dense: { units: true, useBias: true, kernelInitializer: true, biasInitializer: true, l1: true, l2: true },
  activation: { activation: true, alpha: true },
  dropout: { rate: true },
  batchNorm: { momentum: true, epsilon: true },
  add: {},
  concat: {},
  output: { loss: true },
};
const DATA: KeyOrder<DatasetSpec> = {
  kind: true,
  samples: true,
  noise: true,
  classes: true,
  factor: true,
  spread: true,
  seed: true,
  validationSplit: true,
  standardize: true,
  informative: true,
  separation: true,
  flip: true,
  csv: true,
};
// The table text goes last: it is long, and the short fields stay readable above it.
const CSV: KeyOrder<CsvSource> = { fileName: true, targetColumn: true, targetKind: true, text: true };
const TRAINING: KeyOrder<TrainingConfig> = {
  optimizer: true,
  batchSize: true,
  epochs: true,
  seed: true,
  l1: true,
  l2: true,
  statsEvery: true,
  epochsPerSecond: true,
  earlyStopping: true,
  halveSquaredError: true,
};
const EARLY_STOPPING: KeyOrder<EarlyStoppingConfig> = {
  enabled: true,
  monitor: true,
  patience: true,
  minDelta: true,
  restoreBest: true,
};
const OPTIMIZER: KeyOrder<OptimizerConfig> = {
  name: true,
  learningRate: true,
  momentum: true,
  beta1: true,
  beta2: true,
  epsilon: true,
  rho: true,
  initialAccumulatorValue: true,
};
const RUNS: KeyOrder<RunSet> = { active: true, list: true };
const RUN: KeyOrder<RunEntry> = { id: true, name: true, graph: true, data: true, training: true };
const CLASSIC: KeyOrder<ClassicSettings> = {
  open: true,
  rule: true,
  data: true,
  learningRate: true,
  epochs: true,
  seed: true,
  initialWeights: true,
  order: true,
  batchSize: true,
  compare: true,
  secondLearningRate: true,
  logCost: true,
};
const CLASSIC_DATA: KeyOrder<ClassicDataSpec> = {
  kind: true,
  samples: true,
  noise: true,
  spread: true,
  factor: true,
  seed: true,
  standardize: true,
};
const CLASSROOM: KeyOrder<Classroom> = { openInStudentView: true, locked: true, hidden: true, steps: true };
const STEP: KeyOrder<ClassroomStep> = { title: true, focus: true, text: true };
const SWEEP: KeyOrder<DepthSweep> = { settings: true, results: true };
const SWEEP_SETTINGS: KeyOrder<DepthSweepSettings> = {
  minDepth: true,
  maxDepth: true,
  activations: true,
  width: true,
  initializer: true,
  steps: true,
};
const SWEEP_POINT: KeyOrder<DepthSweepPoint> = {
  activation: true,
  depth: true,
  firstGradNorm: true,
  lastGradNorm: true,
  trainLoss: true,
};
const STATE: KeyOrder<TrainedState> = { step: true, epoch: true, weights: true, history: true };
const WEIGHT: KeyOrder<StoredWeight> = { nodeId: true, name: true, shape: true, data: true };
const METRIC: KeyOrder<MetricPoint> = {
  step: true,
  epoch: true,
  trainLoss: true,
  trainAccuracy: true,
  validationLoss: true,
  validationAccuracy: true,
  trainMisclassified: true,
  validationMisclassified: true,
};

type Plain = Record<string, unknown>;

/** Copies the keys of `order` from `value`, in that order, leaving out undefined ones. */
function ordered<T extends object>(
  value: T,
  order: KeyOrder<T>,
  nested: Partial<Record<keyof T, (inner: never) => unknown>> = {},
): Plain {
  const out: Plain = {};
  for (const key of Object.keys(order) as (keyof T & string)[]) {
    const inner = value[key];
    if (inner === undefined) continue;
    const convert = nested[key] as ((v: unknown) => unknown) | undefined;
    out[key] = convert ? convert(inner) : Array.isArray(inner) ? [...inner] : inner;
  }
  return out;
}

function node(n: GraphNode): Plain {
  const params = PARAMS[n.kind] as KeyOrder<typeof n.params>;
  return ordered(n, NODE, {
    position: (p: Position) => ordered(p, POSITION),
    params: (p: typeof n.params) =>
      ordered(p, params, {
        kernelInitializer: (i: Initializer) => ordered(i, INITIALIZER),
        biasInitializer: (i: Initializer) => ordered(i, INITIALIZER),
      } as Record<string, (i: Initializer) => Plain>),
  });
}

function graph(g: Graph): Plain {
  const groups = g.groups?.map((group) => ({ ...ordered(group, GROUP), nodeIds: [...group.nodeIds] }));
  return { nodes: g.nodes.map(node), edges: g.edges.map((e) => ordered(e, EDGE)), ...(groups ? { groups } : {}) };
}

const data = (d: DatasetSpec) => ordered(d, DATA, { csv: (c: CsvSource) => ordered(c, CSV) });
const training = (t: TrainingConfig) =>
  ordered(t, TRAINING, {
    optimizer: (o: OptimizerConfig) => ordered(o, OPTIMIZER),
    earlyStopping: (e: EarlyStoppingConfig) => ordered(e, EARLY_STOPPING),
  });

/** The file as plain objects whose keys are in the format's fixed order (a deep copy; values are not checked). */
export function canonicalFile(file: MlpFile): Plain {
  return ordered(file, FILE, {
    app: (a: MlpFile['app']) => ordered(a, APP),
    meta: (m: ProjectMeta) => ordered(m, META),
    graph,
    data,
    training,
    classroom: (c: Classroom) =>
      ordered(c, CLASSROOM, { steps: (steps: ClassroomStep[]) => steps.map((step) => ordered(step, STEP)) }),
    state: (s: TrainedState) =>
      ordered(s, STATE, {
        weights: (ws: StoredWeight[]) => ws.map((w) => ordered(w, WEIGHT)),
        history: (hs: MetricPoint[]) => hs.map((h) => ordered(h, METRIC)),
      }),
    runs: (r: RunSet) =>
      ordered(r, RUNS, {
        list: (entries: RunEntry[]) => entries.map((e) => ordered(e, RUN, { graph, data, training })),
      }),
    classic: (c: ClassicSettings) => ordered(c, CLASSIC, { data: (d: ClassicDataSpec) => ordered(d, CLASSIC_DATA) }),
    depthSweep: (d: DepthSweep) =>
      ordered(d, SWEEP, {
        settings: (s: DepthSweepSettings) => ordered(s, SWEEP_SETTINGS),
        results: (r: DepthSweepPoint[] | null) => (r === null ? null : r.map((p) => ordered(p, SWEEP_POINT))),
      }),
    backprop: (b: BackpropSettings) => ordered(b, BACKPROP),
  });
}
