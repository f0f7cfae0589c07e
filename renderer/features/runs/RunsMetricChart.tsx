import { useMemo, useRef, useState } from 'react';
import { VIEWS } from '../../ui/views/view-meta';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { ChartLegend } from '../charts/ChartLegend';
import { formatLoss } from '../charts/metric-format';
import { decadeTicks } from '../charts/metric-rows';
import { type ChartSeries, SeriesChart } from '../charts/SeriesChart';
import { usePngExport } from '../charts/use-chart-export';
import { useThemeColours } from '../charts/use-theme-colours';
import { metricKey, metricRunRows } from './run-rows';
import { useChartRuns } from './use-chart-runs';
import { useRunColours } from './use-run-colours';
import { tip } from '../../ui/tip';
import { VIEW_TIPS } from '../../help/view-tips';

const STEP_AXIS = { key: 'step', label: 'step', format: (v: number) => String(Math.round(v)) };
const formatLossTick = (value: number) => formatLoss(value);
const formatPercentTick = (v: number) => `${Math.round(v * 100)}%`;
const KEYS = { loss: ['trainLoss', 'validationLoss'], accuracy: ['trainAccuracy', 'validationAccuracy'] } as const;

/**
 * Loss or accuracy of every run overlaid against the shared step count: one colour per run, train
 * solid and validation dashed; the legend names the runs.
 */
export function RunsMetricChart({ metric, large }: { metric: 'loss' | 'accuracy'; large?: boolean }) {
  const runs = useChartRuns();
  const theme = useThemeColours();
  const colours = useRunColours();
  const [log, setLog] = useState(false);
  const chart = useRef<HTMLDivElement>(null);
  const keys = KEYS[metric];
  const useLog = metric === 'loss' && log;
  const rows = useMemo(() => metricRunRows(runs, [...keys], useLog), [runs, keys, useLog]);
  const series = useMemo<ChartSeries[]>(
    () =>
      runs.flatMap((r) => [
        { key: metricKey(r, keys[0]), name: `${r.name} train`, colour: colours[r.index] ?? '#888' },
        { key: metricKey(r, keys[1]), name: `${r.name} validation`, colour: colours[r.index] ?? '#888', dashed: true },
      ]),
    [runs, colours, keys],
  );
  const legend = useMemo<ChartSeries[]>(
    () => [
      ...runs.map((r) => ({ key: r.id, name: r.name, colour: colours[r.index] ?? '#888' })),
      { key: 'val', name: 'validation', colour: theme?.muted ?? '#888', dashed: true },
    ],
    [runs, colours, theme],
  );
  const ticks = useMemo(() => {
    if (!useLog) return undefined;
    const values = rows
      .flatMap((row) => series.map((s) => row[s.key]))
      .filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? decadeTicks(Math.min(...values), Math.max(...values)) : undefined;
  }, [rows, series, useLog]);
  const exportPng = usePngExport(chart, `runs-${metric}`, VIEWS[metric], legend, theme);
  const empty = rows.length === 0 || !theme;
  const actions = (
    <>
      {metric === 'loss' && (
        <label className="toggle" {...tip(VIEW_TIPS['runs.logLoss'])}>
          <input
            type="checkbox"
            data-testid="toggle-log-loss"
            checked={log}
            onChange={(e) => setLog(e.target.checked)}
          />
          log
        </label>
      )}
      <button
        type="button"
        className="icon-button"
        data-testid={`export-png-${metric}`}
        {...tip(`Save the overlaid ${metric} chart as a PNG image`)}
        disabled={empty}
        onClick={exportPng}
      >
        PNG
      </button>
    </>
  );
  return (
    <ViewPanel
      view={metric}
      large={large}
      actions={actions}
      titles={{ short: `${VIEWS[metric].short} · runs`, title: `${VIEWS[metric].title}, every run` }}
      overlay={!empty && <ChartLegend series={legend} />}
    >
      {empty ? (
        <EmptyView>
          Each run's {metric} appears here, one colour per run, once the runs train (Train trains them all in
          lock-step).
        </EmptyView>
      ) : (
        <div
          className="runs-chart"
          data-testid={`runs-chart-${metric}`}
          data-runs={runs.map((r) => r.name).join(',')}
          data-steps={runs.map((r) => r.trace.counters.step).join(',')}
        >
          <SeriesChart
            rows={rows}
            title={metric === 'loss' ? 'Loss per run' : 'Accuracy per run'}
            series={series}
            colours={theme}
            log={useLog}
            yDomain={
              metric === 'accuracy'
                ? [0, 1]
                : !useLog
                  ? [0, 'auto']
                  : ticks && ticks.length > 0
                    ? [ticks[0], ticks[ticks.length - 1]]
                    : ['auto', 'auto']
            }
            yTicks={metric === 'accuracy' ? [0, 0.25, 0.5, 0.75, 1] : ticks}
            formatY={metric === 'loss' ? formatLossTick : formatPercentTick}
            formatValue={metric === 'loss' ? formatLossTick : formatPercentTick}
            containerRef={chart}
            legendBand
            large={large}
            x={STEP_AXIS}
          />
        </div>
      )}
    </ViewPanel>
  );
}

/** Every run's loss, overlaid. */
export const RunsLossChart = ({ large }: { large?: boolean }) => <RunsMetricChart metric="loss" large={large} />;

/** Every run's accuracy, overlaid. */
export const RunsAccuracyChart = ({ large }: { large?: boolean }) => (
  <RunsMetricChart metric="accuracy" large={large} />
);
