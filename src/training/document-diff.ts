/**
 * What an edit means for a run, decided in one place for the page, the worker and both engines:
 * whether the network or its data changed (the trained weights no longer fit, so the run is rebuilt)
 * and, when they did not, which training settings changed (applied in place, no reset).
 */
import type { Graph } from '../graph/types';
import type { ProjectDocument } from '../project/types';
import type { TrainingConfig } from './config';

/** The parts of a document a network signature reads. */
export type NetworkPart = { graph: Graph; data: ProjectDocument['data'] };

/**
 * The parts of a document that decide the network and its data: node ids, kinds and parameters, the
 * edges' ends in order, and the dataset. Names, positions, edge ids and groups do not, so moving or
 * renaming a node keeps the run.
 */
export function networkSignature(document: NetworkPart): string {
  const nodes = document.graph.nodes.map((n) => [n.id, n.kind, n.params]);
  const edges = document.graph.edges.map((e) => [e.source, e.target]);
  return JSON.stringify([nodes, edges, document.data]);
}

/** Whether two documents hold the same network trained on the same data (networkSignature). */
export function sameNetwork(a: NetworkPart, b: NetworkPart): boolean {
  return networkSignature(a) === networkSignature(b);
}

/** Which training settings differ between two configs. */
export interface SettingsDiff {
  /** The optimizer or one of its parameters other than the learning rate: a fresh optimizer. */
  optimizer: boolean;
  /** Only the optimizer's learning rate (false when `optimizer` is true): the optimizer keeps its state. */
  learningRate: boolean;
  /** Anything outside the optimizer (batch size, epochs, L1/L2, seed, statistics interval, ...). */
  rest: boolean;
}

/** Compares two training configs: a new optimizer, a new learning rate alone, and other settings, each flagged. */
export function diffSettings(before: TrainingConfig, after: TrainingConfig): SettingsDiff {
  const { optimizer: a, ...restA } = before;
  const { optimizer: b, ...restB } = after;
  const { learningRate: rateA, ...optA } = a;
  const { learningRate: rateB, ...optB } = b;
  const optimizer = JSON.stringify(optA) !== JSON.stringify(optB);
  return {
    optimizer,
    learningRate: !optimizer && rateA !== rateB,
    rest: JSON.stringify(restA) !== JSON.stringify(restB),
  };
}
