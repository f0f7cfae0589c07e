import './gradients.css';
import { useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { formatScientific } from '../charts/metric-format';
import { decadeTicks } from '../charts/metric-rows';
import { CanvasSeriesChart } from '../charts/CanvasSeriesChart';
import type { ChartSeries } from '../charts/SeriesChart';
import { ALL_ROWS } from '../charts/thin';
import { usePngExport } from '../charts/use-chart-export';
import { useThemeColours } from '../charts/use-theme-colours';
import { VIEWS } from '../../ui/views/view-meta';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { usePresenterView } from '../presenter/presenter-setting';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { smoothGradientRows } from './gradient-smoothing';
import { layerLineStyles } from './layer-palette';
import { GradientBadge } from './GradientBadge';
import type { StatsSample } from '../../../src/training/index';
import {
  type GradientRow,
  gradientRows,
  gradientSeries,
  rowCacheKey,
  rowsExtent,
  zeroGradientNames,
} from './gradient-series';
import { PANEL_TEXTS } from '../../help/panel-texts';

/**
 * ‖∂L/∂W‖ of every Linear layer's kernel over training on a log axis, one line per layer in a
 * colour-blind-safe palette and named at its end, optionally smoothed (on by default in the
 * presenter view), with the first/last ratio and its verdict.
 */
export function GradientChart({ large }: { large?: boolean }) {
  const stats = useAppStore((s) => s.training.stats);
  const latest = useAppStore((s) => s.training.latestStats);
  const batchesPerEpoch = useAppStore((s) => s.training.counters.batchesPerEpoch);
  const colours = useThemeColours();
  const presenter = usePresenterView();
  // Unset until the person chooses: then it follows the presenter view.
  const [smoothChoice, setSmooth] = useState<boolean | null>(null);
  const smooth = smoothChoice ?? presenter;
  const chart = useRef<HTMLDivElement>(null);
  const layers = useMemo(() => gradientSeries(stats), [stats]);
  const series = useMemo<ChartSeries[]>(() => {
    if (!colours) return [];
    const styles = layerLineStyles(layers.length, colours.layers);
    return layers.map((l, i) => ({
      key: l.key,
      name: l.name,
      colour: styles[i].colour,
      dash: styles[i].dash || undefined,
    }));
  }, [layers, colours]);
  const cacheKey = rowCacheKey(layers, batchesPerEpoch);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh cache exactly when the rows' meaning changes
  const cache = useMemo(() => new WeakMap<StatsSample, GradientRow>(), [cacheKey]);
  const rawRows = useMemo(
    () => gradientRows(stats, layers, batchesPerEpoch, ALL_ROWS, cache),
    [stats, layers, batchesPerEpoch, cache],
  );
  const rows = useMemo(
    () =>
      smooth
        ? smoothGradientRows(
            rawRows,
            layers.map((l) => l.key),
          )
        : rawRows,
    [rawRows, layers, smooth],
  );
  const ticks = useMemo(() => {
    const extent = rowsExtent(rows, layers);
    return extent ? decadeTicks(extent[0], extent[1]) : [];
  }, [rows, layers]);
  const zero = useMemo(() => zeroGradientNames(latest, layers), [latest, layers]);
  const exportPng = usePngExport(chart, 'gradients', VIEWS.gradients, series, colours);

  const actions = (
    <>
      <label className="toggle" {...tip(TIPS['dock.smoothGradients'])}>
        <input
          type="checkbox"
          data-testid="toggle-smooth-gradients"
          checked={smooth}
          onChange={(e) => setSmooth(e.target.checked)}
        />
        smooth
      </label>
      <button
        type="button"
        className="icon-button"
        data-testid="export-png-gradients"
        title="Save the gradient chart as a PNG image"
        disabled={stats.length === 0}
        onClick={exportPng}
      >
        PNG
      </button>
    </>
  );
  return (
    <ViewPanel view="gradients" large={large} actions={actions}>
      {stats.length === 0 || !colours ? (
        <EmptyView>{PANEL_TEXTS['gradients.empty']}</EmptyView>
      ) : layers.length === 0 ? (
        <EmptyView>This network has no Linear layer, so there is no weight gradient to show.</EmptyView>
      ) : (
        <div className="gradient-view">
          <CanvasSeriesChart
            rows={rows}
            title="Gradient norm ‖∂L/∂W‖"
            series={series}
            colours={colours}
            log
            yDomain={ticks.length > 0 ? [ticks[0], ticks[ticks.length - 1]] : ['auto', 'auto']}
            yTicks={ticks}
            formatY={formatScientific}
            formatValue={formatScientific}
            containerRef={chart}
            large={large}
            endLabels
          />
          <div className="gradient-view__foot">
            <DepthLegend series={series} large={large} />
            <GradientBadge />
          </div>
          {zero.length > 0 && (
            <p className="gradient-view__zero" data-testid="gradient-zero">
              ‖∂L/∂W‖ = 0 now (no line on a log axis): {zero.join(', ')}. No signal reaches{' '}
              {zero.length === 1 ? 'it' : 'them'}.
            </p>
          )}
        </div>
      )}
    </ViewPanel>
  );
}

/** Beyond this many layers the docked legend shows the colour scale with the first and last names only. */
const FULL_LEGEND_LAYERS = 4;

/**
 * The layers' names in their colours, first layer to last (the line colours run along the same scale); compact in the
 * dock for deep networks.
 */
function DepthLegend({ series, large }: { series: readonly ChartSeries[]; large?: boolean }) {
  if (!large && series.length > FULL_LEGEND_LAYERS) {
    const names = series.map((s) => s.name).join(' → ');
    return (
      <div
        className="depth-legend depth-legend--compact"
        title={names}
        aria-label={`Linear layers, input to output: ${names}`}
      >
        <span>{series[0].name}</span>
        <span className="depth-legend__scale">
          {series.map((s) => (
            <svg
              key={s.key}
              className="depth-legend__swatch"
              viewBox="0 0 10 10"
              aria-hidden="true"
              data-testid="gradient-series"
            >
              <rect width="10" height="10" rx="2" fill={s.colour} />
            </svg>
          ))}
        </span>
        <span>{series[series.length - 1].name}</span>
      </div>
    );
  }
  return (
    <ol className="depth-legend" aria-label="Linear layers, input to output">
      {series.map((s) => (
        <li key={s.key} className="depth-legend__item" data-testid="gradient-series">
          <svg className="depth-legend__swatch" viewBox="0 0 10 10" aria-hidden="true">
            <rect width="10" height="10" rx="2" fill={s.colour} />
          </svg>
          {s.name}
        </li>
      ))}
    </ol>
  );
}
