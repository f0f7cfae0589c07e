import './activations.css';
import { useMemo, useState } from 'react';
import { saturatedRegion, formatValue } from '../../../src/backprop/index';
import type { ActivationName } from '../../../src/graph/index';
import { ACTIVATION_TIPS } from '../../../src/help/index';
import { ACTIVATIONS, ALPHA_RANGE } from '../../../src/layers/index';
import { useAppStore } from '../../store/use-app-store';
import type { AppState } from '../../store/types';
import { useAppStoreCadence } from '../../store/use-app-store-cadence';
import { tip } from '../../ui/tip';
import { formatPercent } from '../charts/metric-format';
import { useThemeColours } from '../charts/use-theme-colours';
import { ViewPanel } from '../../ui/views/ViewPanel';
import { ActivationChart, type Band } from './ActivationChart';
import { curveRows, derivativePeak } from './curves';
import { VIEW_TIPS } from '../../help/view-tips';

const NAMES = Object.keys(ACTIVATIONS) as ActivationName[];
const SOFTMAX_NOTE =
  'Softmax maps the whole vector z to probabilities, sᵢ = e^zᵢ / Σⱼ e^zⱼ; its derivative is the Jacobian ∂sᵢ/∂zⱼ ' +
  '= sᵢ(δᵢⱼ − sⱼ). Drawn here: s₁ against z₁ with a second logit held at 0, which is σ(z₁), ' +
  'so ∂s₁/∂z₁ = s₁(1 − s₁) ≤ 0.25.';

/** The saturated region of an activation as shaded bands of z. */
function bandsOf(name: ActivationName): Band[] {
  const region = saturatedRegion(name);
  if (!region) return [];
  const bands = [{ from: -1e9, to: region.below }];
  if (Number.isFinite(region.above)) bands.push({ from: region.above, to: 1e9 });
  return bands;
}

const selectLatestStats = (s: AppState) => s.training.latestStats;
const selectNothing = () => null;

/**
 * The activation explorer: each function's f and f′ on one chart, α adjustable, and the live
 * histogram of a chosen layer's pre-activations z behind the curves, with the share of z in the
 * saturated region, so a class sees why a deep sigmoid stack stops learning.
 */
export function ActivationExplorer({ large }: { large?: boolean }) {
  const nodes = useAppStore((s) => s.document.graph.nodes);
  const colours = useThemeColours();
  const layers = useMemo(() => nodes.filter((n) => n.kind === 'activation'), [nodes]);
  const [name, setName] = useState<ActivationName>('sigmoid');
  const [alpha, setAlpha] = useState(0.01);
  const [layerId, setLayerId] = useState<string>('');
  const layer = layers.find((n) => n.id === layerId) ?? null;
  // Statistics are read only once a layer is picked: before that training re-renders nothing here, after it at most 4 times a second.
  const latest = useAppStoreCadence(layerId === '' ? selectNothing : selectLatestStats, 250);
  const stats = layer ? (latest?.layers.find((l) => l.nodeId === layer.id)?.activation ?? null) : null;
  const histogram = stats?.preHistogram ?? null;
  const rows = useMemo(() => curveRows(name, alpha, histogram), [name, alpha, histogram]);
  const peak = derivativePeak(rows);
  const info = ACTIVATIONS[name];
  const region = saturatedRegion(name);
  const fraction = !stats
    ? null
    : name === 'sigmoid' || name === 'tanh'
      ? stats.saturatedFraction
      : (stats.nonPositiveFraction ?? null);

  const pickLayer = (id: string) => {
    setLayerId(id);
    const node = layers.find((n) => n.id === id);
    if (node?.kind === 'activation') {
      setName(node.params.activation);
      setAlpha(node.params.alpha);
    }
  };

  const actions = (
    <label className="act-control" {...tip(VIEW_TIPS['activations.histogramLayer'])}>
      layer
      <select data-testid="activation-layer" value={layerId} onChange={(e) => pickLayer(e.target.value)}>
        <option value="">none</option>
        {layers.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <ViewPanel view="activations" large={large} actions={actions}>
      <div className="act-view">
        <div className="act-list" role="listbox" aria-label="Activation functions">
          {NAMES.map((n) => (
            <button
              key={n}
              type="button"
              role="option"
              aria-selected={n === name}
              className={`act-pick${n === name ? ' act-pick--on' : ''}`}
              data-testid={`activation-pick-${n}`}
              {...tip(ACTIVATION_TIPS[n])}
              onClick={() => {
                setName(n);
                if (ACTIVATIONS[n].usesAlpha && n !== name) setAlpha(n === 'elu' ? 1 : 0.01);
              }}
            >
              {ACTIVATIONS[n].label}
            </button>
          ))}
        </div>
        <div className="act-main">
          <div className="act-formulas" data-testid="activation-formulas">
            <code>{info.formula}</code>
            <code>{info.derivative}</code>
            {info.usesAlpha && (
              <label
                className="act-control"
                {...tip(
                  name === 'elu'
                    ? 'α scales the negative side: f(z) → −α as z → −∞, and f′(z) = αeᶻ there.'
                    : 'α is the slope for z ≤ 0, so a unit below 0 still passes α of the gradient.',
                )}
              >
                α
                <input
                  type="number"
                  data-testid="activation-alpha"
                  min={ALPHA_RANGE.min}
                  max={ALPHA_RANGE.max}
                  step={0.01}
                  value={alpha}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v) && v >= ALPHA_RANGE.min && v <= ALPHA_RANGE.max) setAlpha(v);
                  }}
                />
              </label>
            )}
          </div>
          {colours && <ActivationChart rows={rows} colours={colours} bands={bandsOf(name)} large={large} />}
          <p className="act-readout">
            <span className="act-key act-key--f">f(z)</span>
            <span className="act-key act-key--df">f′(z)</span>
            <span data-testid="activation-peak" data-value={peak.value} data-z={peak.z}>
              max f′ = {formatValue(peak.value)} at z = {formatValue(peak.z)}
            </span>
            {region && <span className="act-region">shaded: {region.label}</span>}
          </p>
          {name === 'softmax' && <p className="act-note">{SOFTMAX_NOTE}</p>}
          <p
            className="act-histogram"
            data-testid="activation-histogram"
            data-step={latest && histogram ? latest.step : ''}
            data-total={histogram ? histogram.counts.reduce((a, b) => a + b, 0) : 0}
          >
            {!layer && 'Pick a layer to draw its pre-activations z behind the curves.'}
            {layer && !histogram && `The histogram of '${layer.name}' appears once training reports statistics.`}
            {layer && histogram && (
              <>
                Grey: z entering '{layer.name}' at step {latest?.step} (range ±{formatValue(histogram.range)}).
                {fraction !== null && fraction !== undefined && (
                  <>
                    {' '}
                    In the shaded region:{' '}
                    <strong data-testid="activation-saturated-fraction" data-value={fraction}>
                      {formatPercent(fraction)}
                    </strong>{' '}
                    of units × samples.
                  </>
                )}
              </>
            )}
          </p>
        </div>
      </div>
    </ViewPanel>
  );
}
