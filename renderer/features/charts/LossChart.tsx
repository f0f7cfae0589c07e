import { useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { VIEWS } from '../../ui/views/view-meta';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { ChartLegend } from './ChartLegend';
import { downloadBlob } from '../../bridge/download';
import { formatLoss } from './metric-format';
import { buildMetricRows, decadeTicks } from './metric-rows';
import { metricsToCsv } from './metrics-csv';
import { CanvasSeriesChart } from './CanvasSeriesChart';
import type { ChartMarker, ChartSeries } from './SeriesChart';
import { ALL_ROWS } from './thin';
import { usePngExport } from './use-chart-export';
import { useThemeColours } from './use-theme-colours';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

// A wrapper, not formatLoss itself: recharts passes the tick index as a second argument.
const formatLossTick = (value: number) => formatLoss(value);

/** The loss over epochs, training and validation, with a log-scale toggle and PNG/CSV export. */
export function LossChart({ large }: { large?: boolean }) {
  const metrics = useAppStore((s) => s.training.metrics);
  const earlyStop = useAppStore((s) => s.training.earlyStop);
  const markers = useMemo<ChartMarker[] | undefined>(
    () =>
      earlyStop
        ? [
            {
              x: earlyStop.epoch,
              label: `early stop (best: epoch ${earlyStop.bestEpoch})`,
              testId: 'early-stop-marker',
            },
          ]
        : undefined,
    [earlyStop],
  );
  const batchesPerEpoch = useAppStore((s) => s.training.counters.batchesPerEpoch);
  const colours = useThemeColours();
  const [log, setLog] = useState(false);
  const chart = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => buildMetricRows(metrics, batchesPerEpoch, log, ALL_ROWS), [metrics, batchesPerEpoch, log]);
  const series = useMemo<ChartSeries[]>(
    () =>
      colours
        ? [
            { key: 'trainLoss', name: 'train', colour: colours.train },
            { key: 'validationLoss', name: 'validation', colour: colours.validation, dashed: true },
          ]
        : [],
    [colours],
  );
  const ticks = useMemo(() => {
    if (!log) return undefined;
    const values = rows.flatMap((r) => [r.trainLoss, r.validationLoss]).filter((v): v is number => v !== null);
    return decadeTicks(Math.min(...values), Math.max(...values));
  }, [rows, log]);
  const exportPng = usePngExport(chart, 'loss', VIEWS.loss, series, colours);
  const exportCsv = () => downloadBlob(new Blob([metricsToCsv(metrics)], { type: 'text/csv' }), 'metrics.csv');

  const actions = (
    <>
      <label className="toggle" {...tip(TIPS['dock.logLoss'])}>
        <input type="checkbox" data-testid="toggle-log-loss" checked={log} onChange={(e) => setLog(e.target.checked)} />
        log
      </label>
      <button
        type="button"
        className="icon-button"
        data-testid="export-png-loss"
        {...tip(TIPS['dock.exportPngLoss'])}
        disabled={metrics.length === 0}
        onClick={exportPng}
      >
        PNG
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="export-csv-metrics"
        {...tip(TIPS['dock.exportCsv'])}
        disabled={metrics.length === 0}
        onClick={exportCsv}
      >
        CSV
      </button>
    </>
  );
  return (
    <ViewPanel
      view="loss"
      large={large}
      actions={actions}
      overlay={metrics.length > 0 && <ChartLegend series={series} />}
    >
      {metrics.length === 0 || !colours ? (
        <EmptyView>The training and validation loss appear here once training starts.</EmptyView>
      ) : (
        <CanvasSeriesChart
          rows={rows}
          title="Loss"
          series={series}
          colours={colours}
          log={log}
          yDomain={
            !log ? [0, 'auto'] : ticks && ticks.length > 0 ? [ticks[0], ticks[ticks.length - 1]] : ['auto', 'auto']
          }
          yTicks={ticks}
          formatY={formatLossTick}
          formatValue={formatLossTick}
          containerRef={chart}
          legendBand
          large={large}
          markers={markers}
        />
      )}
    </ViewPanel>
  );
}
