import fc from 'fast-check';
import type { DatasetSpec } from '../data/types';
import type { GraphEdge, GraphNode, Initializer, NodeKind } from '../graph/types';
import type { OptimizerConfig, TrainingConfig } from '../training/config';
import { DATASET_KINDS, OPTIMIZER_NAMES } from './schema';
import { ACTIVATION_NAMES, INITIALIZER_NAMES, LOSS_NAMES, NODE_KINDS, PLANE_FEATURES } from './schema-graph';
import type { MetricPoint, MlpFile, StoredWeight } from './types';
import { encodeFloat32 } from './weights';

/*
 * fast-check generators of valid .mlp files, for round-trip and fuzz tests. Numbers avoid -0,
 * which JSON writes as 0 (the only value a JSON round trip does not keep).
 */

const real = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const label = fc.string({ maxLength: 12 });
const timestamp = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms).toISOString());

const initializer: fc.Arbitrary<Initializer> = fc.record({
  name: fc.constantFrom(...INITIALIZER_NAMES),
  stddev: real(0, 10),
  limit: real(0, 10),
});

function paramsOf(kind: NodeKind): fc.Arbitrary<GraphNode['params']> {
  switch (kind) {
    case 'input':
      return fc.record({
        source: fc.constantFrom('plane' as const, 'table' as const),
        features: fc.subarray([...PLANE_FEATURES]),
        columns: fc.integer({ min: 0, max: 4096 }),
      });
    case 'dense':
      return fc.record({
        units: fc.integer({ min: 1, max: 4096 }),
        useBias: fc.boolean(),
        kernelInitializer: initializer,
        biasInitializer: initializer,
        l1: real(0, 1),
        l2: real(0, 1),
      });
    case 'activation':
      return fc.record({ activation: fc.constantFrom(...ACTIVATION_NAMES), alpha: real(0, 10) });
    case 'dropout':
      return fc.record({ rate: real(0, 1) });
    case 'batchNorm':
      return fc.record({ momentum: real(0, 1), epsilon: real(1e-9, 1) });
    case 'add':
    case 'concat':
      return fc.constant({});
    case 'output':
      return fc.record({ loss: fc.constantFrom(...LOSS_NAMES) });
  }
}

const node = (id: string): fc.Arbitrary<GraphNode> =>
  fc.constantFrom(...NODE_KINDS).chain(
    (kind) =>
      fc.record({
        id: fc.constant(id),
        kind: fc.constant(kind),
        name: label,
        position: fc.record({ x: real(-5000, 5000), y: real(-5000, 5000) }),
        params: paramsOf(kind),
      }) as fc.Arbitrary<GraphNode>,
  );

const dataset: fc.Arbitrary<DatasetSpec> = fc.record(
  {
    kind: fc.constantFrom(...DATASET_KINDS.filter((k) => k !== 'csv')),
    samples: fc.integer({ min: 1, max: 100_000 }),
    noise: real(0, 2),
    classes: fc.integer({ min: 1, max: 20 }),
    factor: real(0, 1),
    spread: real(0, 5),
    seed: fc.nat({ max: 0xffff_ffff }),
    validationSplit: real(0, 0.9),
    standardize: fc.boolean(),
    csv: fc.record({
      fileName: label,
      text: fc.string({ maxLength: 40 }),
      targetColumn: label.map((s) => `${s}y`),
      targetKind: fc.constantFrom('class' as const, 'number' as const),
    }),
  },
  {
    requiredKeys: ['kind', 'samples', 'noise', 'classes', 'factor', 'spread', 'seed', 'validationSplit', 'standardize'],
  },
);

const optimizer: fc.Arbitrary<OptimizerConfig> = fc.record({
  name: fc.constantFrom(...OPTIMIZER_NAMES),
  learningRate: real(1e-6, 10),
  momentum: real(0, 1),
  beta1: real(0, 1),
  beta2: real(0, 1),
  epsilon: real(1e-10, 1),
  rho: real(0, 1),
  initialAccumulatorValue: real(0, 1),
});

const training: fc.Arbitrary<TrainingConfig> = fc.record({
  optimizer,
  batchSize: fc.integer({ min: 0, max: 4096 }),
  epochs: fc.integer({ min: 1, max: 1_000_000 }),
  seed: fc.nat({ max: 0xffff_ffff }),
  l1: real(0, 1),
  l2: real(0, 1),
  statsEvery: fc.integer({ min: 1, max: 1000 }),
});

const metric: fc.Arbitrary<MetricPoint> = fc.record({
  step: fc.nat(),
  epoch: fc.nat(),
  trainLoss: real(0, 100),
  trainAccuracy: fc.option(real(0, 1)),
  validationLoss: fc.option(real(0, 100)),
  validationAccuracy: fc.option(real(0, 1)),
});

const weightFor = (nodeId: string, name: string): fc.Arbitrary<StoredWeight> =>
  fc
    .array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 })
    .chain((shape) =>
      fc
        .uint32Array({ minLength: shape.reduce((a, b) => a * b, 1), maxLength: shape.reduce((a, b) => a * b, 1) })
        .map((bits) => ({ nodeId, name, shape, data: encodeFloat32(new Float32Array(bits.buffer)) })),
    );

/** Any valid .mlp file: 0-8 nodes of any kind, edges between them, optional csv and trained state. */
export const validFile: fc.Arbitrary<MlpFile> = fc.integer({ min: 0, max: 8 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, i) => `node-${i + 1}`);
  const edges: fc.Arbitrary<GraphEdge[]> =
    count === 0
      ? fc.constant([])
      : fc
          .array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 10 })
          .map((pairs) => pairs.map(([source, target], i) => ({ id: `edge-${i}`, source, target })));
  const state =
    count === 0
      ? fc.constant(undefined)
      : fc.option(
          fc.record({
            step: fc.nat(),
            epoch: fc.nat(),
            weights: fc
              .uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom('kernel', 'bias', 'gamma')), {
                maxLength: 4,
                selector: ([id, name]) => `${id}/${name}`,
              })
              .chain((keys) => fc.tuple(...keys.map(([id, name]) => weightFor(id, name)))),
            history: fc.array(metric, { maxLength: 5 }),
          }),
          { nil: undefined },
        );
  return fc.record({
    format: fc.constant('mlp-project' as const),
    version: fc.constant(1),
    app: fc.record({ name: label.map((s) => `MLP Studio${s}`), version: fc.constant('0.1.0') }),
    meta: fc.record({
      title: label,
      description: fc.string({ maxLength: 60 }),
      created: timestamp,
      modified: timestamp,
    }),
    graph: fc.record({ nodes: fc.tuple(...ids.map(node)), edges }),
    data: dataset,
    training,
    notes: fc.string({ maxLength: 60 }),
    state,
  });
});
