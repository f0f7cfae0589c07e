/**
 * What an edit means for a run: the network or its data changed (the trained weights no longer fit,
 * so the run must be rebuilt) or only training settings changed (applied in place, no reset).
 */
import type { ProjectDocument } from '../../src/project/index';
import { diffSettings, type ToWorker, type TrainingDocument } from '../../src/training/light';
import type { CounterBase } from './reports';

export { networkSignature, sameNetwork } from '../../src/training/light';

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
  const diff = diffSettings(sent.training, next.training);
  const { optimizer } = next.training;
  if (diff.optimizer) messages.push({ type: 'setOptimizer', optimizer: { ...optimizer } });
  else if (diff.learningRate) messages.push({ type: 'setLearningRate', learningRate: optimizer.learningRate });
  if (diff.rest) messages.push({ type: 'updateDocument', document: structuredClone(next) });
  return messages;
}
