import { selectAnalysis } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';
import { formatCount } from '../../ui/format';

/** The network's total parameter count, always in view. */
export function TotalParams() {
  const total = useAppStore((s) => selectAnalysis(s).totalParams);
  return (
    <div className="total-params" data-testid="total-params" title="Weights in the whole network (trainable and not)">
      <span className="total-params__value">{formatCount(total)}</span>
      <span className="total-params__label">{total === 1 ? 'param' : 'params'}</span>
    </div>
  );
}
