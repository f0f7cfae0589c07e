import { formatLoss } from '../charts/metric-format';
import { tip } from '../../ui/tip';
import { CLASSIC_TIPS } from './classic-tips';
import type { RunView } from './run-view';

/** A number with 4 significant digits, a real minus sign, and exponent form for the very small or large. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '−∞';
  const a = Math.abs(value);
  const text = a !== 0 && (a < 1e-3 || a >= 1e5) ? value.toExponential(2) : String(Number(value.toPrecision(4)));
  return text.replace('-', '−');
}

const pair = ([a, b]: [number, number]) => `(${formatValue(a)}, ${formatValue(b)})`;

/** The update rule in symbols and, below it, with the numbers of the last update. */
export function ruleLines(view: RunView): { rule: string; numbers: string | null } {
  const eta = formatValue(view.config.learningRate);
  const u = view.lastUpdate;
  if (view.config.rule === 'perceptron') {
    const rule = 'Δw = η (y − ŷ) x,  Δb = η (y − ŷ),  ŷ = 1 if w·x + b ≥ 0 else 0';
    if (!u || u.rule !== 'perceptron') return { rule, numbers: null };
    const numbers =
      `sample ${u.sample + 1}: x = ${pair(u.x)}, y = ${u.y}, z = ${formatValue(u.z)}, ŷ = ${u.yHat} → ` +
      `Δw = ${eta} × (${u.y} − ${u.yHat}) × x = ${pair(u.dw)},  Δb = ${formatValue(u.db)}` +
      (u.db === 0 ? ' (correct: no change)' : '');
    return { rule, numbers };
  }
  const rule = 'Δw = (2η/m) Σ (y − z) x,  Δb = (2η/m) Σ (y − z),  z = w·x + b';
  if (!u || u.rule !== 'adaline') return { rule, numbers: null };
  const numbers =
    `m = ${u.batch}, mean (y − z) = ${formatValue(u.meanError)} → Δw = ${pair(u.dw)},  Δb = ` +
    `${formatValue(u.db)}  (η = ${eta})`;
  return { rule, numbers };
}

/** The neuron's weights and the last update of one run. */
export function RuleReadout({ view, index }: { view: RunView; index: number }) {
  const { rule, numbers } = ruleLines(view);
  const last = view.records[view.records.length - 1];
  return (
    <div className="classic-readout" data-testid={`classic-readout-${index}`} {...tip(CLASSIC_TIPS.readout)}>
      <dl className="classic-readout__weights">
        <div>
          <dt>w1</dt>
          <dd data-testid={`classic-w1-${index}`}>{formatValue(view.w[0])}</dd>
        </div>
        <div>
          <dt>w2</dt>
          <dd data-testid={`classic-w2-${index}`}>{formatValue(view.w[1])}</dd>
        </div>
        <div>
          <dt>b</dt>
          <dd data-testid={`classic-b-${index}`}>{formatValue(view.b)}</dd>
        </div>
        <div>
          <dt>errors</dt>
          <dd data-testid={`classic-errors-now-${index}`}>{last.misclassified}</dd>
        </div>
        {last.mse !== null && (
          <div>
            <dt>MSE</dt>
            <dd data-testid={`classic-mse-${index}`}>{formatLoss(last.mse)}</dd>
          </div>
        )}
      </dl>
      <p className="classic-readout__rule" data-testid={`classic-rule-text-${index}`}>
        {rule}
      </p>
      <p className="classic-readout__numbers" data-testid={`classic-update-${index}`}>
        {numbers ?? 'No update yet: press Step sample or Step epoch.'}
      </p>
    </div>
  );
}
