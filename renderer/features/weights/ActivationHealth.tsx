import type { LayerStats } from '../../../src/training/index';
import { formatPercent } from '../charts/metric-format';
import { VIEW_TIPS } from '../../help/view-tips';

/** One fraction as a labelled bar. */
function FractionBar({
  label,
  value,
  kind,
  help,
}: {
  label: string;
  value: number;
  kind: 'saturated' | 'dead';
  help: string;
}) {
  return (
    <div className="fraction" title={help}>
      <span className="fraction__label">{label}</span>
      <meter
        className={`fraction__meter fraction__meter--${kind}`}
        min={0}
        max={1}
        low={0.2}
        high={0.5}
        optimum={0}
        value={value}
      />
      <span className="fraction__value">{formatPercent(value)}</span>
    </div>
  );
}

/** Saturation and dead-unit fractions of every activation node (only those that apply to its function). */
export function ActivationHealth({ layers }: { layers: readonly LayerStats[] }) {
  const activations = layers.filter(
    (l) => l.activation && (l.activation.saturatedFraction !== null || l.activation.deadFraction !== null),
  );
  return (
    <section className="activation-health" data-testid="activation-health" aria-label="Activation health">
      <h4 className="activation-health__title">Activation health</h4>
      {activations.length === 0 && <p className="view-empty">No sigmoid, tanh or ReLU-family activations to check.</p>}
      {activations.map((layer) => {
        const stats = layer.activation!;
        return (
          <div key={layer.nodeId} className="activation-health__row" data-testid={`activation-health-${layer.nodeId}`}>
            <span className="activation-health__name" title={stats.activation}>
              {layer.nodeName}
            </span>
            {stats.saturatedFraction !== null && (
              <FractionBar
                label="saturated"
                kind="saturated"
                value={stats.saturatedFraction}
                help={VIEW_TIPS['weights.saturated']}
              />
            )}
            {stats.deadFraction !== null && (
              <FractionBar label="dead" kind="dead" value={stats.deadFraction} help={VIEW_TIPS['weights.dead']} />
            )}
          </div>
        );
      })}
    </section>
  );
}
