/**
 * Early stopping as a pure tracker: fed the watched loss at the end of every epoch, it keeps the
 * best epoch and says when `patience` epochs in a row have not improved on it by more than minDelta.
 */
import type { EarlyStoppingConfig } from './config';
import type { EvaluationMetrics } from './metrics';

/** Where and why a run stopped early, for the charts' marker and a sentence to the user. */
export interface EarlyStopReport {
  /** The epoch and step at which the run stopped. */
  epoch: number;
  step: number;
  /** The best epoch and step, and the watched loss there. */
  bestEpoch: number;
  bestStep: number;
  bestLoss: number;
  /** The loss that was watched (the training loss when validation was asked for but nothing is held out). */
  monitor: EarlyStoppingConfig['monitor'];
  /** Whether the best epoch's weights were put back. */
  restored: boolean;
  message: string;
}

/**
 * The value early stopping watches in a set of metrics: the validation loss, or the training loss plus penalty (also
 * when nothing is held out).
 */
export function watchedLoss(
  metrics: EvaluationMetrics,
  monitor: EarlyStoppingConfig['monitor'],
): { loss: number; monitor: EarlyStoppingConfig['monitor'] } {
  if (monitor === 'validationLoss' && metrics.validationLoss !== null) return { loss: metrics.validationLoss, monitor };
  return { loss: metrics.trainLoss + metrics.penalty, monitor: 'trainLoss' };
}

/** Throws an error a person can act on unless the settings are usable. */
export function checkEarlyStopping(config: EarlyStoppingConfig): void {
  if (!(Number.isInteger(config.patience) && config.patience >= 1)) {
    throw new RangeError(
      `Early stopping patience ${String(config.patience)} is not usable: it counts epochs, so it must be a whole ` +
        `number of at least 1. Try 10.`,
    );
  }
  if (!(Number.isFinite(config.minDelta) && config.minDelta >= 0)) {
    throw new RangeError(
      `Early stopping min delta ${String(config.minDelta)} is not usable: it must be a number ≥ 0. Try 0.0001.`,
    );
  }
}

/** What observe() decided about an epoch. */
export type EpochVerdict = 'improved' | 'waiting' | 'stop';

/**
 * Tracks the best watched loss over the epochs of one run. On the validation loss it follows Keras:
 * the best moves only on an improvement above minDelta, and patience epochs without one stop the
 * run. On the training loss it follows scikit-learn's tol rule: the best is the lowest loss so far,
 * an epoch whose loss is not below it by more than minDelta counts against patience, and more than
 * `patience` such epochs in a row stop the run (its n_iter_no_change).
 */
export class EarlyStopper {
  private best = Infinity;
  private bestAt = { epoch: 0, step: 0 };
  private wait = 0;

  constructor(private readonly config: EarlyStoppingConfig) {
    checkEarlyStopping(config);
  }

  /** The best epoch so far, with its loss (Infinity before the first epoch). */
  get bestEpoch(): { epoch: number; step: number; loss: number } {
    return { ...this.bestAt, loss: this.best };
  }

  /** Takes the watched loss at the end of an epoch: improved (a new best), waiting, or stop (patience used up). */
  observe(loss: number, epoch: number, step: number): EpochVerdict {
    const improved = loss < this.best - this.config.minDelta;
    if (improved || (this.config.monitor === 'trainLoss' && loss < this.best)) {
      this.best = loss;
      this.bestAt = { epoch, step };
    }
    if (improved) {
      this.wait = 0;
      return 'improved';
    }
    this.wait++;
    const limit = this.config.monitor === 'trainLoss' ? this.config.patience + 1 : this.config.patience;
    return this.wait >= limit ? 'stop' : 'waiting';
  }
}

/** The sentence that tells a person why a run stopped early and how to train on. */
export function earlyStopMessage(report: Omit<EarlyStopReport, 'message'>, patience: number): string {
  const what = report.monitor === 'validationLoss' ? 'validation loss' : 'training loss';
  const restored = report.restored ? ` The weights of epoch ${report.bestEpoch} are back in place.` : '';
  return (
    `Stopped early at epoch ${report.epoch}: the ${what} has not improved on ` +
    `${report.bestLoss.toPrecision(4)} (epoch ${report.bestEpoch}) for ${patience} epochs.${restored} Press ` +
    `Reset, or turn early stopping off in the Training settings, to train on.`
  );
}
