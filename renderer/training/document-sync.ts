/**
 * What an edit means for a run: the network or its data changed (the trained weights no longer fit,
 * so the run must be rebuilt) or only training settings changed (applied in place, no reset).
 */
import type { ProjectDocument } from '../../src/project/index';
import type { ToWorker, TrainingDocument } from '../../src/training/light';
import type { CounterBase } from './reports';

/** The parts of a document that decide the network and its data; names and positions do not, so moving or renaming a node keeps the run. */
export function networkSignature(document: Pick<ProjectDocument, 'graph' | 'data'>): string {
  const nodes = document.graph.nodes.map((n) => [n.id, n.kind, n.params]);
  const edges = document.graph.edges.map((e) => [e.source, e.target]);
  return JSON.stringify([nodes, edges, document.data]);
}

/**
 * The document the worker trains. A resumed run's worker counts epochs from 0, so its epoch limit
 * is what is left of the user's (0 when it is already reached: the run stops at once).
 */
export function workerDocument(document: ProjectDocument, base: CounterBase): TrainingDocument {
  const training = { ...document.training, epochs: Math.max(0, document.training.epochs - base.epoch) };
  return structuredClone({ graph: document.graph, data: document.data, training });
}

/**
 * The messages that bring a worker holding `sent` up to `next` when only training settings
 * differ: a new learning rate alone → setLearningRate (optimizer state kept); other optimizer
 * changes → setOptimizer; anything else (batch size, epochs, L1/L2, statistics interval) →
 * updateDocument, which the trainer applies without a reset.
 */
export function settingsMessages(sent: TrainingDocument, next: TrainingDocument): ToWorker[] {
  const messages: ToWorker[] = [];
  const { optimizer: a, ...restA } = sent.training;
  const { optimizer: b, ...restB } = next.training;
  const { learningRate: rateA, ...optA } = a;
  const { learningRate: rateB, ...optB } = b;
  if (JSON.stringify(optA) !== JSON.stringify(optB)) messages.push({ type: 'setOptimizer', optimizer: { ...b } });
  else if (rateA !== rateB) messages.push({ type: 'setLearningRate', learningRate: rateB });
  if (JSON.stringify(restA) !== JSON.stringify(restB))
    messages.push({ type: 'updateDocument', document: structuredClone(next) });
  return messages;
}
