import './weights.css';
import { useMemo } from 'react';
import type { LayerStats, WeightValues } from '../../../src/training/index';
import { useAppStore } from '../../store/use-app-store';
import type { AppState } from '../../store/types';
import { useAppStoreCadence } from '../../store/use-app-store-cadence';
import { toHex } from '../charts/colours';
import type { ThemeColours } from '../charts/theme-colours';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { ActivationHealth } from './ActivationHealth';
import { HistogramBars } from './HistogramBars';
import { KernelHeatmap } from './KernelHeatmap';
import type { DivergingPalette } from './kernel-pixels';
import { pinnedWeightsMoment, statsAtOrBefore, weightsMomentLabel } from './weights-moment';
import { VIEW_TIPS } from '../../help/view-tips';
import { PANEL_TEXTS } from '../../help/panel-texts';

const EMPTY: LayerStats[] = [];

/** Least milliseconds between two redraws of the histograms and the activation health while training. */
const WEIGHTS_EVERY_MS = 250;
const selectLayers = (s: AppState) => s.training.latestStats?.layers ?? EMPTY;
const selectMoment = (s: AppState) => pinnedWeightsMoment(s.training);
const selectPinned = (s: AppState) => s.training.pinnedStep !== null;

/** Sizes of the small multiples, in the dock and in the pop-out. */
const SIZES = {
  dock: { heatmap: { width: 150, height: 64 }, histogram: { width: 72, height: 26 } },
  large: { heatmap: { width: 300, height: 220 }, histogram: { width: 140, height: 56 } },
};

/** One layer's card: the kernel heatmap and weight/gradient histograms for Linear, the output histogram for activations. */
function LayerCard({
  layer,
  kernel,
  palette,
  colours,
  large,
}: {
  layer: LayerStats;
  kernel: WeightValues | undefined;
  palette: DivergingPalette;
  colours: ThemeColours;
  large?: boolean;
}) {
  const size = large ? SIZES.large : SIZES.dock;
  const kernelStats = layer.parameters.find((p) => p.name === 'kernel');
  return (
    <article className={`layer-card layer-card--${layer.kind}`} data-testid={`layer-card-${layer.nodeId}`}>
      <h4 className="layer-card__name" title={layer.nodeName}>
        {layer.nodeName}
      </h4>
      {kernel && (
        <KernelHeatmap
          kernel={kernel}
          palette={palette}
          maxWidth={size.heatmap.width}
          maxHeight={size.heatmap.height}
        />
      )}
      <div className="layer-card__histograms">
        {kernelStats && (
          <HistogramBars
            histogram={kernelStats.weightHistogram}
            label="weights"
            colour={colours.train}
            {...size.histogram}
          />
        )}
        {kernelStats && (
          <HistogramBars
            histogram={kernelStats.gradHistogram}
            label="gradients"
            colour={colours.validation}
            {...size.histogram}
          />
        )}
        {layer.activation && (
          <HistogramBars
            histogram={layer.activation.histogram}
            label={`${layer.activation.activation} output`}
            colour={colours.muted}
            {...size.histogram}
          />
        )}
      </div>
    </article>
  );
}

/**
 * Every Linear kernel as a heatmap with its weight and gradient histograms, activation histograms, and the activation
 * health table; live, or at the moment the timeline is pinned to.
 */
export function WeightsPanel({ large }: { large?: boolean }) {
  // Statistics arrive up to ten times a second; dozens of histograms need not redraw that often.
  const liveLayers = useAppStoreCadence(selectLayers, WEIGHTS_EVERY_MS);
  const liveWeights = useAppStore((s) => s.training.weights);
  const moment = useAppStore(selectMoment);
  const pinned = useAppStore(selectPinned);
  const momentStats = useAppStore((s) => (moment ? statsAtOrBefore(s.training.stats, moment.step) : null));
  const weights = moment?.weights ?? liveWeights;
  const layers = momentStats?.layers ?? liveLayers;
  const colours = useThemeColours();
  const kernels = useMemo(
    () => new Map((weights ?? []).filter((w) => w.name === 'kernel').map((w) => [w.nodeId, w])),
    [weights],
  );
  const palette = useMemo<DivergingPalette | null>(
    () => (colours ? { negative: colours.negative, neutral: colours.neutral, positive: colours.positive } : null),
    [colours],
  );
  const shown = layers.filter((l) => l.kind !== 'batchNorm' || l.parameters.length > 0);

  let body;
  if (!colours || !palette || layers.length === 0) body = <EmptyView>{PANEL_TEXTS['weights.empty']}</EmptyView>;
  else {
    body = (
      <div className="weights-view">
        <div className="weights-view__cards">
          {shown.map((layer) => (
            <LayerCard
              key={layer.nodeId}
              layer={layer}
              kernel={kernels.get(layer.nodeId)}
              palette={palette}
              colours={colours}
              large={large}
            />
          ))}
        </div>
        <ActivationHealth layers={layers} />
      </div>
    );
  }
  const legend = palette && (
    <>
      <span
        className={`weights-moment${moment ? ' is-pinned' : ''}`}
        data-testid="weights-moment"
        title={VIEW_TIPS['weights.moment']}
      >
        {weightsMomentLabel(moment, pinned)}
      </span>
      <span className="diverging-legend" title={VIEW_TIPS['weights.kernelColours']}>
        <i style={{ background: toHex(palette.negative) }} /> − <i style={{ background: toHex(palette.neutral) }} /> 0{' '}
        <i style={{ background: toHex(palette.positive) }} /> +
      </span>
    </>
  );
  return (
    <ViewPanel view="weights" large={large} actions={legend}>
      {body}
    </ViewPanel>
  );
}
