import { useMemo } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { useBrokenNetwork } from '../gradients/use-broken-network';
import { RunsReadout } from '../runs/RunsReadout';
import { latestMetrics } from './latest-metrics';
import { formatLoss, formatPercent } from '../charts/metric-format';

/** Significant digits of the losses in the bar (the charts' tooltips give four). */
const READOUT_DIGITS = 3;

/** A training/validation pair of values under one label, coloured like the chart lines. */
function Pair({
  label,
  train,
  validation,
  testIds,
  help,
}: {
  label: string;
  train: string;
  validation: string;
  testIds: [string, string];
  help: string;
}) {
  return (
    <span className="metric-readout__pair" title={help}>
      <span className="metric-readout__label">{label}</span>
      <span className="metric-readout__value metric-readout__value--train" data-testid={testIds[0]}>
        {train}
      </span>
      <span className="metric-readout__separator">/</span>
      <span className="metric-readout__value metric-readout__value--validation" data-testid={testIds[1]}>
        {validation}
      </span>
    </span>
  );
}

/** The newest loss and accuracy (training / validation) as text, always in view in the dock's bar. */
export function MetricReadout() {
  const metrics = useAppStore((s) => s.training.metrics);
  const comparing = useAppStore((s) => s.document.runs !== undefined);
  const latest = useMemo(() => latestMetrics(metrics), [metrics]);
  const broken = useBrokenNetwork();
  if (comparing) return <RunsReadout />;
  return (
    <div className="metric-readout" aria-label="Latest metrics">
      <Pair
        label="loss"
        train={formatLoss(latest.trainLoss, READOUT_DIGITS)}
        validation={formatLoss(latest.validationLoss, READOUT_DIGITS)}
        testIds={['metric-train-loss', 'metric-val-loss']}
        help="Latest loss: training / validation"
      />
      <Pair
        label="acc"
        train={formatPercent(latest.trainAccuracy)}
        validation={formatPercent(latest.validationAccuracy)}
        testIds={['metric-train-acc', 'metric-val-acc']}
        help="Latest accuracy: training / validation"
      />
      {broken && (
        // An accuracy of 86 % from a network whose weights exploded is luck, not learning: say so beside it.
        <span
          className="badge badge--exploding"
          data-testid="metric-broken"
          title={`The network cannot learn on: ${broken}. Reset it.`}
        >
          network broken
        </span>
      )}
    </div>
  );
}
