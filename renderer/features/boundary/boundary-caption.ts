/** The caption under an exported boundary image or animation frame: when the snapshot was taken and how the network stood then. */
import type { MetricPoint } from '../../../src/project/light';
import type { DecisionGridSnapshot } from '../../store/types';
import { formatCount } from '../../ui/format';
import { formatLoss, formatPercent } from '../charts/metric-format';

/** The two halves of a caption: the moment (left) and the metrics at that moment (right, empty before any). */
export interface BoundaryCaption {
  moment: string;
  metrics: string;
}

/** The caption of `grid`, with the last metrics taken at or before its step. */
export function boundaryCaption(
  grid: Pick<DecisionGridSnapshot, 'step' | 'epoch'>,
  metrics: readonly MetricPoint[],
): BoundaryCaption {
  let latest: MetricPoint | null = null;
  for (const point of metrics) {
    if (point.step > grid.step) break;
    latest = point;
  }
  const moment = `step ${formatCount(grid.step)} · epoch ${formatCount(grid.epoch)}`;
  if (!latest) return { moment, metrics: '' };
  const accuracy = latest.trainAccuracy !== null ? ` · accuracy ${formatPercent(latest.trainAccuracy)}` : '';
  return { moment, metrics: `loss ${formatLoss(latest.trainLoss)}${accuracy}` };
}
