/**
 * fast-check generators of networks the app can train (chains, skip connections with Add, joins
 * with Concat, every layer kind and activation), each with a dataset that fits its output.
 */
import fc from 'fast-check';
import type { DatasetSpec } from '../../data/types';
import { addNode, connectNodes, createNode, isTrainable, validateGraph } from '../../graph/index';
import type {
  ActivationName,
  Graph,
  GraphNode,
  InitializerName,
  LossName,
  NodeKind,
  PlaneFeature,
} from '../../graph/types';
import { DEFAULT_TRAINING, type TrainingConfig } from '../../training/config';

const FEATURES: PlaneFeature[] = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'];
const HIDDEN_ACTIVATIONS: ActivationName[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leakyRelu',
  'elu',
  'softplus',
  'gelu',
  'linear',
];
const INITIALIZERS: InitializerName[] = [
  'zeros',
  'ones',
  'randomNormal',
  'randomUniform',
  'glorotUniform',
  'glorotNormal',
  'heNormal',
  'heUniform',
  'leCunNormal',
  'leCunUniform',
];

/** One step of building a network, applied to whatever has been built so far. */
type Step =
  | { type: 'dense'; units: number; useBias: boolean; kernel: InitializerName; bias: InitializerName; l2: number }
  | { type: 'activation'; activation: ActivationName; alpha: number }
  | { type: 'dropout'; rate: number }
  | { type: 'batchNorm'; momentum: number; epsilon: number }
  | { type: 'residual'; from: number }
  | { type: 'concat'; from: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('dense' as const),
      units: fc.integer({ min: 1, max: 6 }),
      useBias: fc.boolean(),
      kernel: fc.constantFrom(...INITIALIZERS),
      bias: fc.constantFrom(...INITIALIZERS),
      l2: fc.constantFrom(0, 0.001),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('activation' as const),
      activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
      alpha: fc.constantFrom(0.01, 0.3, 1, 1.5),
    }),
  },
  fc.record({ type: fc.constant('dropout' as const), rate: fc.constantFrom(0.1, 0.5) }),
  fc.record({
    type: fc.constant('batchNorm' as const),
    momentum: fc.constantFrom(0.9, 0.99),
    epsilon: fc.constantFrom(0.001, 1e-5),
  }),
  fc.record({ type: fc.constant('residual' as const), from: fc.nat() }),
  fc.record({ type: fc.constant('concat' as const), from: fc.nat() }),
);

/** A generated network with the dataset and settings it trains on. */
export interface GeneratedNetwork {
  graph: Graph;
  data: DatasetSpec;
  training: TrainingConfig;
}

class Builder {
  graph: Graph = { nodes: [], edges: [] };
  /** Nodes with an output, with their widths, in the order they were made. */
  made: { id: string; width: number }[] = [];

  add<K extends NodeKind>(kind: K, params: Partial<GraphNode['params']>, inputs: string[], width: number): string {
    const node = createNode(this.graph, kind, { x: this.made.length * 200, y: 0 }, params as never);
    this.graph = addNode(this.graph, node);
    for (const source of inputs) this.graph = connectNodes(this.graph, source, node.id);
    if (kind !== 'output') this.made.push({ id: node.id, width });
    return node.id;
  }

  get last(): { id: string; width: number } {
    return this.made[this.made.length - 1];
  }
}

function applyStep(b: Builder, s: Step): void {
  const { id, width } = b.last;
  switch (s.type) {
    case 'dense':
      b.add(
        'dense',
        {
          units: s.units,
          useBias: s.useBias,
          kernelInitializer: { name: s.kernel, stddev: 0.1, limit: 0.2 },
          biasInitializer: { name: s.bias, stddev: 0.05, limit: 0.05 },
          l1: 0,
          l2: s.l2,
        },
        [id],
        s.units,
      );
      return;
    case 'activation':
      b.add('activation', { activation: s.activation, alpha: s.alpha }, [id], width);
      return;
    case 'dropout':
      b.add('dropout', { rate: s.rate }, [id], width);
      return;
    case 'batchNorm':
      b.add('batchNorm', { momentum: s.momentum, epsilon: s.epsilon }, [id], width);
      return;
    case 'residual': {
      // A Linear branch as wide as an earlier node, summed with it: the skip connection of a residual block.
      const earlier = b.made[s.from % b.made.length];
      const branch = b.add('dense', { units: earlier.width }, [id], earlier.width);
      if (branch !== earlier.id) b.add('add', {}, [branch, earlier.id], earlier.width);
      return;
    }
    case 'concat': {
      const earlier = b.made[s.from % b.made.length];
      if (earlier.id === id) return;
      b.add('concat', {}, [id, earlier.id], width + earlier.width);
      return;
    }
  }
}

/** The task a network is trained for, with the end of the network and the dataset that fit it. */
const ending = fc.constantFrom(
  {
    loss: 'binaryCrossentropy' as LossName,
    units: 1,
    activation: 'sigmoid' as ActivationName | null,
    kind: 'moons' as const,
    classes: 2,
  },
  {
    loss: 'categoricalCrossentropy' as LossName,
    units: 3,
    activation: 'softmax' as ActivationName | null,
    kind: 'blobs' as const,
    classes: 3,
  },
  { loss: 'meanSquaredError' as LossName, units: 1, activation: null, kind: 'sine' as const, classes: 1 },
);

/** Valid, trainable networks with their data (checked with validateGraph against the data's task). */
export const trainableNetwork: fc.Arbitrary<GeneratedNetwork> = fc
  .record({
    features: fc.subarray(FEATURES, { minLength: 1 }),
    steps: fc.array(step, { minLength: 0, maxLength: 7 }),
    end: ending,
    seed: fc.integer({ min: 0, max: 1000 }),
    batchSize: fc.constantFrom(0, 8, 32),
    optimizer: fc.constantFrom('sgd', 'momentum', 'nesterov', 'adam', 'rmsprop', 'adagrad') as fc.Arbitrary<
      TrainingConfig['optimizer']['name']
    >,
  })
  .map(({ features, steps, end, seed, batchSize, optimizer }) => {
    const b = new Builder();
    const plane =
      end.kind === 'sine' ? features.filter((f) => f === 'x1' || f === 'x1Squared' || f === 'sinX1') : features;
    const chosen = plane.length > 0 ? plane : (['x1'] as PlaneFeature[]);
    b.add('input', { source: 'plane', features: chosen, columns: 2 }, [], chosen.length);
    for (const s of steps) applyStep(b, s);
    b.add('dense', { units: end.units }, [b.last.id], end.units);
    if (end.activation) b.add('activation', { activation: end.activation }, [b.last.id], end.units);
    b.add('output', { loss: end.loss }, [b.last.id], end.units);
    const data: DatasetSpec = {
      kind: end.kind,
      samples: 24,
      noise: 0.1,
      classes: end.classes,
      factor: 0.5,
      spread: 1,
      seed,
      validationSplit: 0.25,
      standardize: seed % 2 === 0,
    };
    const training: TrainingConfig = {
      ...DEFAULT_TRAINING,
      optimizer: { ...DEFAULT_TRAINING.optimizer, name: optimizer },
      batchSize,
      seed,
      epochs: 3,
      l1: seed % 3 === 0 ? 0.001 : 0,
    };
    return { graph: b.graph, data, training };
  })
  .filter(({ graph, data }) => {
    const task = data.kind === 'sine' ? 'regression' : data.classes > 2 ? 'multiclass' : 'binary';
    const width = data.kind === 'sine' ? 1 : 2;
    const input = graph.nodes.find((n) => n.kind === 'input');
    const inputWidth = input?.kind === 'input' ? input.params.features.length : width;
    return isTrainable(validateGraph(graph, { task, classes: data.classes, inputWidth }));
  });
