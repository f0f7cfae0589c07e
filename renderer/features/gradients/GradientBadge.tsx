import { useAppStore } from '../../store/use-app-store';
import { formatScientific } from '../charts/metric-format';
import { firstToLastRatio, gradientHealth, healthExplanation } from './gradient-health';

/** The current first/last Linear-layer gradient ratio and its verdict (vanishing, exploding or healthy), explained on hover. */
export function GradientBadge() {
  const ratio = useAppStore((s) => firstToLastRatio(s.training.latestStats));
  const health = gradientHealth(ratio);
  return (
    <div className="gradient-health" title="‖∂L/∂W‖ of the first Linear layer divided by that of the last one">
      <span className="gradient-health__ratio">
        first/last <strong data-testid="gradient-ratio">{ratio === null ? '—' : formatScientific(ratio)}</strong>
      </span>
      {health && (
        <span className={`badge badge--${health}`} data-testid="gradient-badge" title={healthExplanation(health)}>
          {health}
        </span>
      )}
    </div>
  );
}
