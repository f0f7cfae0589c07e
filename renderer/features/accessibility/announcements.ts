/**
 * What the polite live region says about a run: started, every tenth of the epochs with loss and accuracy, diverged,
 * gradients vanishing in a named layer, finished. Pure: one message from the run as it was and as it is now.
 */
import type { StatsSample } from '../../../src/training/index';
import type { AppState } from '../../store/types';
import { latestMetrics } from '../readout/latest-metrics';
import { firstToLastRatio, gradientHealth, linearLayers } from '../gradients/gradient-health';

/** The few facts of a run the announcements are made from. */
export interface RunFacts {
  status: AppState['training']['status'];
  epoch: number;
  epochs: number;
  loss: number | null;
  accuracy: number | null;
  /** The name of the first Linear layer while the gradient reaching it is vanishing; null otherwise. */
  vanishingLayer: string | null;
  /** Where a divergence first showed, when the run diverged. */
  divergedLayer: string | null;
}

/** The name of the first Linear layer of a sample whose gradient is vanishing (first/last ratio at or below 1e-2); null otherwise. */
export function vanishingLayerOf(sample: StatsSample | null): string | null {
  if (!sample || gradientHealth(firstToLastRatio(sample)) !== 'vanishing') return null;
  return linearLayers(sample)[0]?.nodeName ?? null;
}

/** The announcement facts of the store's run. */
export function runFactsOf(state: AppState): RunFacts {
  const latest = latestMetrics(state.training.metrics);
  return {
    status: state.training.status,
    epoch: state.training.counters.epoch,
    epochs: state.document.training.epochs,
    loss: latest.validationLoss ?? latest.trainLoss,
    accuracy: latest.validationAccuracy ?? latest.trainAccuracy,
    vanishingLayer: vanishingLayerOf(state.training.latestStats),
    divergedLayer: state.training.divergence?.firstLayerName ?? null,
  };
}

const running = (status: RunFacts['status']) => status === 'running' || status === 'starting';

/** "loss 0.123, accuracy 95.0%", whichever of the two are known. */
function scores(facts: RunFacts): string {
  const parts: string[] = [];
  if (facts.loss !== null) parts.push(`loss ${facts.loss.toPrecision(3)}`);
  if (facts.accuracy !== null) parts.push(`accuracy ${(facts.accuracy * 100).toFixed(1)}%`);
  return parts.length > 0 ? parts.join(', ') : 'no metrics yet';
}

/** The epochs of one tenth of the run (at least 1): an announcement is made each time the run crosses one. */
export function tenthOf(epochs: number): number {
  return Math.max(1, Math.floor(epochs / 10));
}

/** The message for the change from `before` to `after`, or null when nothing worth saying happened. */
export function trainingAnnouncement(before: RunFacts, after: RunFacts): string | null {
  if (after.status === 'diverged' && before.status !== 'diverged') {
    const where = after.divergedLayer ? ` in ${after.divergedLayer}` : '';
    return `Training diverged at epoch ${after.epoch}: a value became infinite or not a number${where}. Training paused.`;
  }
  if (!running(before.status) && running(after.status)) {
    return after.epoch === 0
      ? `Training started: ${after.epochs} epochs.`
      : `Training resumed at epoch ${after.epoch} of ${after.epochs}.`;
  }
  if (running(before.status) && !running(after.status) && after.status !== 'error') {
    return after.epoch >= after.epochs
      ? `Training finished after ${after.epoch} epochs: ${scores(after)}.`
      : `Training paused at epoch ${after.epoch}: ${scores(after)}.`;
  }
  if (after.vanishingLayer && !before.vanishingLayer) {
    return `Gradients are vanishing: ${after.vanishingLayer} gets less than 1% of the last layer's gradient.`;
  }
  const tenth = tenthOf(after.epochs);
  if (running(after.status) && Math.floor(after.epoch / tenth) > Math.floor(before.epoch / tenth)) {
    return `Epoch ${after.epoch} of ${after.epochs}: ${scores(after)}.`;
  }
  return null;
}
