/** The newest value of each metric, for the readout beside the charts. */
import type { MetricPoint } from '../../../src/project/light';

/** The latest known value of each series (validation may be measured less often than training). */
export interface LatestMetrics {
  trainLoss: number | null;
  validationLoss: number | null;
  trainAccuracy: number | null;
  validationAccuracy: number | null;
}

const KEYS = ['trainLoss', 'validationLoss', 'trainAccuracy', 'validationAccuracy'] as const;

/** For each series, the value of the newest point that has one (null if none has). */
export function latestMetrics(points: readonly MetricPoint[]): LatestMetrics {
  const latest: LatestMetrics = {
    trainLoss: null,
    validationLoss: null,
    trainAccuracy: null,
    validationAccuracy: null,
  };
  for (const key of KEYS) {
    for (let i = points.length - 1; i >= 0; i--) {
      const v = points[i][key];
      if (v !== null && !Number.isNaN(v)) {
        latest[key] = v;
        break;
      }
    }
  }
  return latest;
}
