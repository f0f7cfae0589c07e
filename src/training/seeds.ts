/**
 * Seeds of every random draw the engine makes, derived from the one training seed so that the same
 * seed reproduces a run bit for bit: weight initialisers, per-epoch batch order, dropout masks.
 */
import { deriveSeed } from '../data/rng';

/** Independent streams of the training seed; new purposes get new numbers, old ones never change. */
const STREAM = { kernel: 101, bias: 102, batchOrder: 103, dropout: 104 } as const;

/** Seed of a node's initialiser: one stream per weight, keyed by the node's position in topological order. */
export function initializerSeed(trainingSeed: number, topologicalIndex: number, weight: 'kernel' | 'bias'): number {
  return deriveSeed(deriveSeed(trainingSeed, STREAM[weight]), topologicalIndex);
}

/** Seed of the shuffle of one epoch, so that any epoch's batch order can be recomputed on its own. */
export function epochSeed(trainingSeed: number, epoch: number): number {
  return deriveSeed(deriveSeed(trainingSeed, STREAM.batchOrder), epoch);
}

/** Seed of one dropout layer's mask on one step (the step counter makes every step's mask new). */
export function dropoutSeed(trainingSeed: number, step: number, dropoutIndex: number): number {
  return deriveSeed(deriveSeed(deriveSeed(trainingSeed, STREAM.dropout), step), dropoutIndex);
}
