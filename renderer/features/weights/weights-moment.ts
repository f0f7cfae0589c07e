/**
 * Which weights the Weights view shows: the live ones, or, while the timeline is pinned to a moment,
 * the weights kept with that moment (or the nearest earlier moment that kept some; see
 * src/training/moment-weights.ts) and the statistics sampled at or before its step.
 */
import { weightsAtOrBefore } from '../../../src/training/light';
import type { StatsSample } from '../../../src/training/index';
import type { DecisionGridSnapshot, TrainingState } from '../../store/types';
import { formatCount } from '../../ui/format';
import { snapshotIndex } from '../boundary/snapshot-index';

/**
 * The moment whose weights the view shows: null when it follows the run live, or when no moment at or before the
 * pinned one kept weights.
 */
export function pinnedWeightsMoment(
  training: Pick<TrainingState, 'grids' | 'pinnedStep'>,
): DecisionGridSnapshot | null {
  if (training.pinnedStep === null) return null;
  const index = weightsAtOrBefore(training.grids, snapshotIndex(training.grids, training.pinnedStep));
  return index >= 0 ? training.grids[index] : null;
}

/** The last statistics sample taken at or before `step` (the first if none is); null when there are none. */
export function statsAtOrBefore(samples: readonly StatsSample[], step: number): StatsSample | null {
  let found: StatsSample | null = samples[0] ?? null;
  for (const sample of samples) {
    if (sample.step > step) break;
    found = sample;
  }
  return found;
}

/** The view's caption: which moment's weights are shown. */
export function weightsMomentLabel(moment: DecisionGridSnapshot | null, pinned: boolean): string {
  if (moment) return `weights at epoch ${formatCount(moment.epoch)}`;
  return pinned ? 'live (no weights kept that early)' : 'live';
}
