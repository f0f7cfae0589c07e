import { formatLoss, formatPercent } from '../charts/metric-format';
import { latestPoint } from './run-rows';
import { useChartRuns } from './use-chart-runs';
import { useRunColours } from './use-run-colours';
import { tip } from '../../ui/tip';

/** Each run's latest loss and accuracy (training / validation) in the dock's bar, in the run's colour. */
export function RunsReadout() {
  const runs = useChartRuns();
  const colours = useRunColours();
  return (
    <div className="metric-readout runs-readout" aria-label="Latest metrics of every run">
      {runs.map((run) => {
        const p = latestPoint(run.trace);
        const hasAccuracy = p?.trainAccuracy !== null && p?.trainAccuracy !== undefined;
        // Compact for the bar (the tabs share it): losses train/validation, then validation accuracy; the tooltip spells it out.
        const accuracy = hasAccuracy ? ` ${formatPercent(p.validationAccuracy ?? p.trainAccuracy)}` : '';
        const accuracyHelp = `; accuracy ${formatPercent(p?.trainAccuracy)} training / ${formatPercent(p?.validationAccuracy)} validation`;
        const help =
          `Run ${run.name} at step ${run.trace.counters.step}: loss ${formatLoss(p?.trainLoss)} ` +
          `training / ${formatLoss(p?.validationLoss)} ` +
          `validation${hasAccuracy ? accuracyHelp : ''}`;
        return (
          <span
            key={run.id}
            className="runs-readout__run"
            data-testid={`run-metric-${run.id}`}
            data-step={run.trace.counters.step}
            style={{ ['--run-colour' as string]: colours[run.index] }}
            {...tip(help)}
          >
            <span className="run-chip__swatch" aria-hidden="true" />
            <b>{run.name}</b> {formatLoss(p?.trainLoss, 3)}/{formatLoss(p?.validationLoss, 3)}
            {accuracy}
          </span>
        );
      })}
    </div>
  );
}
