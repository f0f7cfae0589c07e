/** The training history as CSV, for a spreadsheet or a report. */
import type { MetricPoint } from '../../../src/project/light';

/** Column names of the exported history, in order. */
export const METRIC_CSV_COLUMNS = [
  'step',
  'epoch',
  'train_loss',
  'train_accuracy',
  'validation_loss',
  'validation_accuracy',
  'train_misclassified',
  'validation_misclassified',
] as const;

const cell = (v: number | null | undefined): string =>
  v === null || v === undefined || Number.isNaN(v) ? '' : String(v);

/** One header line and one line per point (CRLF line ends, as RFC 4180 asks); missing values left empty. */
export function metricsToCsv(points: readonly MetricPoint[]): string {
  const lines = [METRIC_CSV_COLUMNS.join(',')];
  for (const p of points) {
    lines.push(
      [
        p.step,
        p.epoch,
        p.trainLoss,
        p.trainAccuracy,
        p.validationLoss,
        p.validationAccuracy,
        p.trainMisclassified,
        p.validationMisclassified,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
