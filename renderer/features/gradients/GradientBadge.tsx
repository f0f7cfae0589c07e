import { useAppStore } from '../../store/use-app-store';
import { formatScientific } from '../charts/metric-format';
import { firstToLastRatio, gradientHealth, healthExplanation, missingRatioReason } from './gradient-health';
import { useBrokenNetwork } from './use-broken-network';
import { VIEW_TIPS } from '../../help/view-tips';

/**
 * The current first/last Linear-layer gradient ratio and its verdict (vanishing, exploding or
 * healthy), explained on hover; when there is no ratio it says why, and a network that cannot learn
 * on is called broken rather than given a verdict it does not deserve.
 */
export function GradientBadge() {
  const latest = useAppStore((s) => s.training.latestStats);
  const ratio = firstToLastRatio(latest);
  const broken = useBrokenNetwork();
  const health = broken ? null : gradientHealth(ratio);
  const missing = ratio === null ? missingRatioReason(latest) : null;
  return (
    <div className="gradient-health" title={VIEW_TIPS['gradients.ratio']}>
      <span className="gradient-health__ratio">
        first/last <strong data-testid="gradient-ratio">{ratio === null ? '—' : formatScientific(ratio)}</strong>
        {missing && (
          <span className="gradient-health__why" data-testid="gradient-ratio-why">
            {' '}
            ({missing})
          </span>
        )}
      </span>
      {broken && (
        <span
          className="badge badge--exploding"
          data-testid="gradient-badge"
          data-health="broken"
          title={`The network cannot learn on: ${broken}. Reset it.`}
        >
          broken
        </span>
      )}
      {health && (
        <span
          className={`badge badge--${health}`}
          data-testid="gradient-badge"
          data-health={health}
          title={healthExplanation(health)}
        >
          {health}
        </span>
      )}
    </div>
  );
}
