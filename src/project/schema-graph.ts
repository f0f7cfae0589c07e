import { z } from './zod';
import { MAX_COORDINATE, MAX_EDGES, MAX_LENGTH, MAX_NODES } from './limits';
import { flag, list, oneOf, realNumber, record, text, token, wholeNumber } from './schema-fields';

/** Every node kind the format knows, in palette order. */
export const NODE_KINDS = ['input', 'dense', 'activation', 'dropout', 'batchNorm', 'add', 'concat', 'output'] as const;

/** Plane features an Input node may derive. */
export const PLANE_FEATURES = ['x1', 'x2', 'x1Squared', 'x2Squared', 'x1x2', 'sinX1', 'sinX2'] as const;

/** Activation functions. */
export const ACTIVATION_NAMES = [
  'sigmoid',
  'tanh',
  'relu',
  'leakyRelu',
  'elu',
  'softplus',
  'gelu',
  'linear',
  'softmax',
] as const;

/** Weight initialisers, as tfjs names them. */
export const INITIALIZER_NAMES = [
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
] as const;

/** Losses, as tfjs names them. */
export const LOSS_NAMES = ['binaryCrossentropy', 'categoricalCrossentropy', 'meanSquaredError'] as const;

/** Node ids become tfjs layer and weight names, so they keep to the characters tfjs accepts there. */
export const NODE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

const nodeId = (field: string, need: string) =>
  token(
    field,
    MAX_LENGTH.id,
    NODE_ID_PATTERN,
    'letters, digits, "-", "_", "." or ":" starting with a letter or digit',
    need,
  );

const initializer = (field: string) =>
  record(
    {
      name: oneOf('name', INITIALIZER_NAMES, 'an initializer name must be one tfjs knows'),
      stddev: realNumber(
        'stddev',
        { min: 0, max: 1000 },
        'randomNormal draws with a standard deviation from 0 to 1000',
      ),
      limit: realNumber('limit', { min: 0, max: 1000 }, 'randomUniform draws within ±limit, from 0 to 1000'),
    },
    `${field} says how weights start`,
  );

const features = z
  .array(oneOf('each feature', PLANE_FEATURES, 'an Input node derives only the known plane features'), {
    error: 'an Input node lists the plane features it derives. Set features to a list such as ["x1", "x2"].',
  })
  .max(PLANE_FEATURES.length)
  .refine((list) => new Set(list).size === list.length, {
    error: 'an Input node lists each plane feature at most once. Remove the repeated feature from features.',
  });

const paramsByKind = {
  input: record(
    {
      source: oneOf('source', ['plane', 'table'], 'an Input node reads plane features or table columns'),
      features,
      columns: wholeNumber('columns', 0, 4096, 'an Input node reads 0 to 4096 table columns'),
    },
    'an Input node has parameters',
  ),
  dense: record(
    {
      units: wholeNumber('units', 1, 4096, 'a Linear layer needs 1 to 4096 units'),
      useBias: flag('useBias', 'a Linear layer either adds a bias or not'),
      kernelInitializer: initializer('kernelInitializer'),
      biasInitializer: initializer('biasInitializer'),
      l1: realNumber('l1', { min: 0, max: 100 }, 'an L1 penalty factor is from 0 to 100'),
      l2: realNumber('l2', { min: 0, max: 100 }, 'an L2 penalty factor is from 0 to 100'),
    },
    'a Linear layer has parameters',
  ),
  activation: record(
    {
      activation: oneOf('activation', ACTIVATION_NAMES, 'an activation must be a function MLP Studio knows'),
      alpha: realNumber('alpha', { min: 0, max: 100 }, 'alpha (leaky ReLU slope, ELU scale) is from 0 to 100'),
    },
    'an Activation node has parameters',
  ),
  dropout: record(
    { rate: realNumber('rate', { min: 0, max: 1 }, 'a dropout rate is a probability from 0 to 1') },
    'a Dropout node has parameters',
  ),
  batchNorm: record(
    {
      momentum: realNumber('momentum', { min: 0, max: 1 }, 'the BatchNorm momentum is from 0 to 1'),
      epsilon: realNumber(
        'epsilon',
        { min: 0, max: 1, minExclusive: true },
        'the BatchNorm epsilon is above 0 and at most 1',
      ),
    },
    'a BatchNorm node has parameters',
  ),
  add: record({}, 'an Add node has no parameters'),
  concat: record({}, 'a Concat node has no parameters'),
  output: record(
    { loss: oneOf('loss', LOSS_NAMES, 'the Output node names the loss the network is trained with') },
    'the Output node has parameters',
  ),
};

const position = record(
  {
    x: realNumber(
      'x',
      { min: -MAX_COORDINATE, max: MAX_COORDINATE },
      'a canvas coordinate is a finite number of pixels',
    ),
    y: realNumber(
      'y',
      { min: -MAX_COORDINATE, max: MAX_COORDINATE },
      'a canvas coordinate is a finite number of pixels',
    ),
  },
  'a node has a position on the canvas',
);

function nodeOf<K extends (typeof NODE_KINDS)[number]>(kind: K) {
  return record(
    {
      id: nodeId('id', 'every node has an id'),
      kind: z.literal(kind),
      name: text('name', MAX_LENGTH.name, 'a node name is what people read on the canvas'),
      position,
      params: paramsByKind[kind],
    },
    'each node is an object',
  );
}

/** A node, discriminated by its kind, with exactly the params of that kind. */
export const nodeSchema = z.discriminatedUnion(
  'kind',
  [
    nodeOf('input'),
    nodeOf('dense'),
    nodeOf('activation'),
    nodeOf('dropout'),
    nodeOf('batchNorm'),
    nodeOf('add'),
    nodeOf('concat'),
    nodeOf('output'),
  ],
  {
    error:
      `each node is an object whose kind is one of ${NODE_KINDS.map((k) => JSON.stringify(k)).join(', ')}. ` +
      `Set kind to one of them or remove the node.`,
  },
);

/** An edge from one node to another, by id. */
export const edgeSchema = record(
  {
    id: text('id', MAX_LENGTH.id, 'every edge has an id', 1),
    source: nodeId('source', 'an edge starts at a node id'),
    target: nodeId('target', 'an edge ends at a node id'),
  },
  'each edge is an object',
);

/** Repeated layers drawn as one card (src/graph/groups.ts); whether they repeat is checked in references.ts. */
export const layerGroupSchema = record(
  {
    id: text('id', MAX_LENGTH.id, 'every layer group has an id', 1),
    nodeIds: list(
      nodeId('nodeIds[]', 'a layer group lists node ids'),
      MAX_NODES,
      'nodeIds lists the grouped nodes in data-flow order',
    ),
    repeats: wholeNumber('repeats', 2, MAX_NODES, 'a layer group repeats its block at least twice'),
    collapsed: flag('collapsed', 'a layer group is drawn collapsed (one card) or expanded'),
  },
  'each layer group is an object',
);

/** The network: its nodes and edges, and optional groups of repeated layers (cross-references are checked in references.ts). */
export const graphSchema = record(
  {
    nodes: list(nodeSchema, MAX_NODES, 'graph.nodes lists the nodes of the network'),
    edges: list(edgeSchema, MAX_EDGES, 'graph.edges lists the connections between nodes'),
    groups: list(layerGroupSchema, MAX_NODES, 'graph.groups lists the groups of repeated layers').optional(),
  },
  'graph holds the network',
);
