import { selectAnalysis } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';
import { formatCount } from '../../ui/format';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** The network's total parameter count, always in view. */
export function TotalParams() {
  const total = useAppStore((s) => selectAnalysis(s).totalParams);
  return (
    <div className="total-params" data-testid="total-params" {...tip(TIPS['toolbar.totalParams'])}>
      <span className="total-params__value">{formatCount(total)}</span>
      <span className="total-params__label">{total === 1 ? 'param' : 'params'}</span>
    </div>
  );
}
