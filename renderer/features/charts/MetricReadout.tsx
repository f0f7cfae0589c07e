import { useMemo } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { latestMetrics } from './latest-metrics';
import { formatLoss, formatPercent } from './metric-format';

/** The newest loss and accuracy values as text, always in view at the top of the dock. */
export function MetricReadout() {
  const metrics = useAppStore((s) => s.training.metrics);
  const latest = useMemo(() => latestMetrics(metrics), [metrics]);
  const items = [
    { label: 'train loss', value: formatLoss(latest.trainLoss), testId: 'metric-train-loss', kind: 'train' },
    { label: 'val loss', value: formatLoss(latest.validationLoss), testId: 'metric-val-loss', kind: 'validation' },
    { label: 'train acc', value: formatPercent(latest.trainAccuracy), testId: 'metric-train-acc', kind: 'train' },
    { label: 'val acc', value: formatPercent(latest.validationAccuracy), testId: 'metric-val-acc', kind: 'validation' },
  ];
  return (
    <dl className="metric-readout" aria-label="Latest metrics">
      {items.map((item) => (
        <div key={item.testId} className={`metric-readout__item metric-readout__item--${item.kind}`}>
          <dt>{item.label}</dt>
          <dd data-testid={item.testId}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
