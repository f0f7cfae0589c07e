import { useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { VIEWS } from '../../ui/views/view-meta';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { ChartLegend } from './ChartLegend';
import { formatPercent } from './metric-format';
import { buildMetricRows, hasAccuracy, hasMisclassified } from './metric-rows';
import { CanvasSeriesChart } from './CanvasSeriesChart';
import type { ChartSeries } from './SeriesChart';
import { ALL_ROWS } from './thin';
import { usePngExport } from './use-chart-export';
import { useThemeColours } from './use-theme-colours';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];
const formatTick = (v: number) => `${Math.round(v * 100)}%`;
const formatCount = (v: number) => String(Math.round(v));

/** The accuracy over epochs, training and validation (classification only), or the misclassified count per epoch, with PNG export. */
export function AccuracyChart({ large }: { large?: boolean }) {
  const metrics = useAppStore((s) => s.training.metrics);
  const batchesPerEpoch = useAppStore((s) => s.training.counters.batchesPerEpoch);
  const colours = useThemeColours();
  const [errors, setErrors] = useState(false);
  const chart = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => buildMetricRows(metrics, batchesPerEpoch, false, ALL_ROWS), [metrics, batchesPerEpoch]);
  const counted = hasMisclassified(metrics);
  const showErrors = errors && counted;
  const series = useMemo<ChartSeries[]>(
    () =>
      colours
        ? [
            {
              key: showErrors ? 'trainMisclassified' : 'trainAccuracy',
              name: showErrors ? 'train misclassified' : 'train',
              colour: colours.train,
            },
            {
              key: showErrors ? 'validationMisclassified' : 'validationAccuracy',
              name: showErrors ? 'validation misclassified' : 'validation',
              colour: colours.validation,
              dashed: true,
            },
          ]
        : [],
    [colours, showErrors],
  );
  const exportPng = usePngExport(chart, 'accuracy', VIEWS.accuracy, series, colours);
  const anyAccuracy = hasAccuracy(metrics);

  const actions = (
    <>
      <label className="toggle" {...tip(TIPS['dock.misclassified'])}>
        <input
          type="checkbox"
          data-testid="toggle-misclassified"
          checked={errors}
          disabled={!counted}
          onChange={(e) => setErrors(e.target.checked)}
        />
        misclassified
      </label>
      <button
        type="button"
        className="icon-button"
        data-testid="export-png-accuracy"
        {...tip(TIPS['dock.exportPngAccuracy'])}
        disabled={!anyAccuracy}
        onClick={exportPng}
      >
        PNG
      </button>
    </>
  );
  let body;
  if (metrics.length === 0 || !colours)
    body = <EmptyView>The training and validation accuracy appear here once training starts.</EmptyView>;
  else if (!anyAccuracy)
    body = <EmptyView>Regression has no accuracy: the loss chart shows how well the network fits.</EmptyView>;
  else if (showErrors)
    body = (
      <CanvasSeriesChart
        rows={rows}
        title="Misclassified samples"
        series={series}
        colours={colours}
        yDomain={[0, 'auto']}
        formatY={formatCount}
        formatValue={formatCount}
        containerRef={chart}
        legendBand
        large={large}
      />
    );
  else
    body = (
      <CanvasSeriesChart
        rows={rows}
        title="Accuracy"
        series={series}
        colours={colours}
        yDomain={[0, 1]}
        yTicks={PERCENT_TICKS}
        formatY={formatTick}
        formatValue={formatPercent}
        containerRef={chart}
        legendBand
        large={large}
      />
    );
  return (
    <ViewPanel view="accuracy" large={large} actions={actions} overlay={anyAccuracy && <ChartLegend series={series} />}>
      {body}
    </ViewPanel>
  );
}
