/**
 * Which predictions the class views show: those of the moment the timeline is pinned to (or the nearest earlier one
 * that has them), else the newest; and the classes' names.
 */
import type { Dataset } from '../../../src/data/index';
import type { DecisionGridSnapshot, TrainingState } from '../../store/types';
import { snapshotIndex } from '../boundary/snapshot-index';

/** The snapshot whose predicted classes the views show; null before any grid brought predictions. */
export function predictionsMoment(training: Pick<TrainingState, 'grids' | 'pinnedStep'>): DecisionGridSnapshot | null {
  const { grids, pinnedStep } = training;
  for (let i = snapshotIndex(grids, pinnedStep); i >= 0; i--) if (grids[i].predictions) return grids[i];
  return null;
}

/** The name of each of `classes` classes: the dataset's own names, else 0, 1, 2, … */
export function classNamesOf(dataset: Pick<Dataset, 'classNames'>, classes: number): string[] {
  return Array.from({ length: classes }, (_, k) => dataset.classNames?.[k] ?? String(k));
}
