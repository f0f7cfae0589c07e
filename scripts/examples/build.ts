/**
 * Building blocks of the bundled lessons: datasets with the notebooks' parameters, optimizer
 * settings, and the networks that a plain chain cannot express (BatchNorm layers, skip connections).
 */
import { DEFAULT_DATASET, type DatasetSpec } from '../../src/data';
import { findRepeat, groupOf } from '../../src/graph/groups';
import type { ActivationName, Graph, GraphEdge, GraphNode, InitializerName, LossName } from '../../src/graph/types';
import { buildChain, createProject, LAYOUT_STEP_X, type ChainLayer, type MlpFile } from '../../src/project';
import { DEFAULT_TRAINING, type OptimizerName, type TrainingConfig } from '../../src/training/config';

/** When the examples were written; fixed, so that regenerating them changes nothing that did not change. */
export const WRITTEN = '2026-11-22T00:00:00.000Z';

/** A dataset spec: the app's defaults (moons, 200 samples, noise 0.1, 20 % validation) with changes. */
export function dataset(changes: Partial<DatasetSpec>): DatasetSpec {
  return { ...DEFAULT_DATASET, ...changes };
}

/** Training settings: `optimizer` at `learningRate`, `batchSize` rows a step (0 = full batch), `epochs` per run. */
export function training(
  optimizer: OptimizerName,
  learningRate: number,
  batchSize: number,
  epochs: number,
  seed = DEFAULT_TRAINING.seed,
): TrainingConfig {
  return {
    ...DEFAULT_TRAINING,
    optimizer: { ...DEFAULT_TRAINING.optimizer, name: optimizer, learningRate },
    batchSize,
    epochs,
    seed,
  };
}

/** Linear(units) → activation, as chain layers. */
export function dense(
  units: number,
  activation: ActivationName | null,
  kernelInitializer?: InitializerName,
): ChainLayer[] {
  const linear: ChainLayer = kernelInitializer ? { kind: 'dense', units, kernelInitializer } : { kind: 'dense', units };
  return activation ? [linear, { kind: 'activation', activation }] : [linear];
}

/** What one bundled lesson holds besides its network. */
export interface LessonText {
  title: string;
  /** One to three sentences: what the lesson shows and what to try. */
  description: string;
  /** Numbered steps for the notes panel. */
  notes: string[];
}

/** A bundled project from its text, network, data and training settings. */
export function lesson(text: LessonText, graph: Graph, data: DatasetSpec, settings: TrainingConfig): MlpFile {
  return createProject({
    meta: { title: text.title, description: text.description, created: WRITTEN, modified: WRITTEN },
    graph,
    data,
    training: settings,
    notes: text.notes.map((line, i) => `${i + 1}. ${line}`).join('\n'),
  });
}

/** Input (x1, x2) → layers → Output(loss): buildChain with the plane's two raw coordinates. */
export function chain(layers: ChainLayer[], loss: LossName = 'binaryCrossentropy'): Graph {
  return buildChain(['x1', 'x2'], layers, loss);
}

/**
 * PyTorch's default initialisation of nn.Linear, which the notebooks' PyTorch cells train from:
 * weights and biases U(±1/√fan_in). Applied to every Linear node of a chain (fan_in from the
 * previous Linear's units, the Input's width for the first).
 */
export function torchInitialised(graph: Graph): Graph {
  let fanIn = 2;
  const nodes = graph.nodes.map((node) => {
    if (node.kind === 'input')
      fanIn = node.params.source === 'plane' ? node.params.features.length : node.params.columns;
    if (node.kind !== 'dense') return node;
    const uniform = { name: 'randomUniform' as const, stddev: 0.05, limit: 1 / Math.sqrt(fanIn) };
    fanIn = node.params.units;
    return { ...node, params: { ...node.params, kernelInitializer: uniform, biasInitializer: uniform } };
  });
  return { ...graph, nodes };
}

/**
 * scikit-learn's MLPClassifier initialisation: weights and biases U(±√(f/(fan_in + fan_out))), f = 6
 * for hidden layers and 2 for a logistic output layer (the chain's last Linear).
 */
export function sklearnInitialised(graph: Graph): Graph {
  let fanIn = 2;
  const lastDense = graph.nodes.filter((n) => n.kind === 'dense').at(-1)?.id;
  const nodes = graph.nodes.map((node) => {
    if (node.kind === 'input')
      fanIn = node.params.source === 'plane' ? node.params.features.length : node.params.columns;
    if (node.kind !== 'dense') return node;
    const factor = node.id === lastDense ? 2 : 6;
    const uniform = {
      name: 'randomUniform' as const,
      stddev: 0.05,
      limit: Math.sqrt(factor / (fanIn + node.params.units)),
    };
    fanIn = node.params.units;
    return { ...node, params: { ...node.params, kernelInitializer: uniform, biasInitializer: uniform } };
  });
  return { ...graph, nodes };
}

/** Lays a graph's nodes out in one row, in the order they were added (which is data-flow order here). */
function row(nodes: GraphNode[]): GraphNode[] {
  return nodes.map((node, i) => ({ ...node, position: { x: i * LAYOUT_STEP_X, y: 0 } }));
}

/** Builds a graph node by node, naming each as the canvas would ("Linear 3", "Add 2"). */
class GraphDraft {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  private readonly counts = new Map<string, number>();

  private next(key: string): number {
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n;
  }

  /** Adds `node` (id and name filled in) fed by `sources` in order; returns its id. */
  add(node: Omit<GraphNode, 'id' | 'name' | 'position'>, label: string, sources: string[]): string {
    const id = `${node.kind}-${this.next(`id:${node.kind}`)}`;
    this.nodes.push({ ...node, id, name: `${label} ${this.next(label)}`, position: { x: 0, y: 0 } } as GraphNode);
    for (const source of sources) this.edges.push({ id: `e-${source}-${id}`, source, target: id });
    return id;
  }

  linear(units: number, kernel: InitializerName, source: string): string {
    const init = (name: InitializerName) => ({ name, stddev: 0.05, limit: 0.05 });
    const params = {
      units,
      useBias: true,
      kernelInitializer: init(kernel),
      biasInitializer: init('zeros'),
      l1: 0,
      l2: 0,
    };
    return this.add({ kind: 'dense', params }, 'Linear', [source]);
  }

  activation(activation: ActivationName, label: string, source: string): string {
    return this.add({ kind: 'activation', params: { activation, alpha: 0.01 } }, label, [source]);
  }

  graph(): Graph {
    return { nodes: row(this.nodes), edges: this.edges };
  }
}

/**
 * The graph with its DEEP.layers hidden blocks of `blockLength` layers (the nodes after the Input)
 * collapsed into one group, so that the deep lessons open as a few readable cards.
 */
export function groupHidden(graph: Graph, blockLength: number): Graph {
  const ids = graph.nodes.slice(1, 1 + DEEP.layers * blockLength).map((n) => n.id);
  const repeat = findRepeat(graph, ids);
  if (typeof repeat === 'string') throw new Error(`Cannot group the hidden layers: ${repeat}`);
  return { ...graph, groups: [groupOf(repeat, 'group-1')] };
}

/** Layers of the vanishing-gradient networks. */
export const DEEP = { layers: 8, units: 16 } as const;

/**
 * The deep sigmoid network with a BatchNorm between every hidden Linear and its Sigmoid:
 * Input → [Linear 16 → BatchNorm → Sigmoid] × 8 → Linear 1 → Sigmoid → Output (BCE).
 */
export function batchNormStack(): Graph {
  const draft = new GraphDraft();
  let at = draft.add({ kind: 'input', params: { source: 'plane', features: ['x1', 'x2'], columns: 2 } }, 'Input', []);
  for (let i = 0; i < DEEP.layers; i++) {
    at = draft.linear(DEEP.units, 'glorotUniform', at);
    at = draft.add({ kind: 'batchNorm', params: { momentum: 0.99, epsilon: 0.001 } }, 'BatchNorm', [at]);
    at = draft.activation('sigmoid', 'Sigmoid', at);
  }
  at = draft.activation('sigmoid', 'Sigmoid', draft.linear(1, 'glorotUniform', at));
  draft.add({ kind: 'output', params: { loss: 'binaryCrossentropy' } }, 'Output', [at]);
  return withInputName(draft.graph());
}

/**
 * The deep sigmoid network with skip connections: Linear 16 → Sigmoid, then 7 residual blocks
 * h ← h + Sigmoid(Linear 16(h)) joined by Add nodes, then Linear 1 → Sigmoid → Output (BCE). The
 * Add passes the gradient back unchanged, so it reaches the first layer around every Sigmoid.
 */
export function residualStack(): Graph {
  const draft = new GraphDraft();
  let at = draft.add({ kind: 'input', params: { source: 'plane', features: ['x1', 'x2'], columns: 2 } }, 'Input', []);
  at = draft.activation('sigmoid', 'Sigmoid', draft.linear(DEEP.units, 'glorotUniform', at));
  for (let i = 1; i < DEEP.layers; i++) {
    const branch = draft.activation('sigmoid', 'Sigmoid', draft.linear(DEEP.units, 'glorotUniform', at));
    at = draft.add({ kind: 'add', params: {} }, 'Add', [at, branch]);
  }
  at = draft.activation('sigmoid', 'Sigmoid', draft.linear(1, 'glorotUniform', at));
  draft.add({ kind: 'output', params: { loss: 'binaryCrossentropy' } }, 'Output', [at]);
  return withInputName(draft.graph());
}

/** The canvas calls the lone Input "Input" and the lone Output "Output", without a number. */
function withInputName(graph: Graph): Graph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) =>
      n.kind === 'input' || n.kind === 'output' ? { ...n, name: n.kind === 'input' ? 'Input' : 'Output' } : n,
    ),
  };
}
