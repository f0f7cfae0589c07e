/** Test support only: trainers on real prepared datasets with small, explicit settings. */
import { DEFAULT_DATASET, prepareData, type DatasetSpec, type PreparedData } from '../../data/index';
import type { Graph, NodeOf } from '../../graph/types';
import { DEFAULT_TRAINING, type TrainingConfig } from '../config';
import { Trainer } from '../trainer';

/** Training settings: the defaults with the given changes (optimizer fields merged). */
export function trainingConfig(
  changes: Partial<Omit<TrainingConfig, 'optimizer'>> & { optimizer?: Partial<TrainingConfig['optimizer']> } = {},
): TrainingConfig {
  return { ...DEFAULT_TRAINING, ...changes, optimizer: { ...DEFAULT_TRAINING.optimizer, ...changes.optimizer } };
}

/** The data a graph's Input node reads from a dataset spec (default: moons, 200 samples, noise 0.1). */
export function dataFor(graph: Graph, spec: Partial<DatasetSpec> = {}): PreparedData {
  const input = graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input') as NodeOf<'input'>;
  return prepareData({ ...DEFAULT_DATASET, ...spec }, input.params);
}

/** A trainer for `graph` on a dataset spec with the given training changes. */
export function trainerFor(
  graph: Graph,
  training: Parameters<typeof trainingConfig>[0] = {},
  spec: Partial<DatasetSpec> = {},
): Trainer {
  return new Trainer({ graph, training: trainingConfig(training) }, dataFor(graph, spec));
}
