/** The sweep's points as CSV, one row per network, for a spreadsheet or a plot of one's own. */
import type { DepthSweepPoint } from './settings';

/** Header then one row per point (activation, depth, first and last kernel gradient norms, their ratio, training loss), full precision. */
export function sweepCsv(points: DepthSweepPoint[]): string {
  const rows = points.map((p) =>
    [
      p.activation,
      p.depth,
      p.firstGradNorm,
      p.lastGradNorm,
      p.lastGradNorm > 0 ? p.firstGradNorm / p.lastGradNorm : '',
      p.trainLoss,
    ].join(','),
  );
  return (
    ['activation,depth,first_layer_grad_norm,last_layer_grad_norm,first_over_last,train_loss', ...rows].join('\n') +
    '\n'
  );
}
