import { useMemo, useRef } from 'react';
import { VIEWS } from '../../ui/views/view-meta';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { ChartLegend } from '../charts/ChartLegend';
import { formatScientific } from '../charts/metric-format';
import { decadeTicks } from '../charts/metric-rows';
import { type ChartSeries, SeriesChart } from '../charts/SeriesChart';
import { usePngExport } from '../charts/use-chart-export';
import { useThemeColours } from '../charts/use-theme-colours';
import { gradientKey, gradientRunRows } from './run-rows';
import { useChartRuns } from './use-chart-runs';
import { LAYER_DASHES, useRunColours } from './use-run-colours';
import { tip } from '../../ui/tip';
import { PANEL_TEXTS } from '../../help/panel-texts';

const STEP_AXIS = { key: 'step', label: 'step', format: (v: number) => String(Math.round(v)) };

/**
 * ‖∂L/∂W‖ of every Linear layer of every run on one log axis: the run picks the colour, the layer's
 * depth the dash (first layer solid), so a vanishing first layer in one run stands out beside the other.
 */
export function RunsGradientChart({ large }: { large?: boolean }) {
  const runs = useChartRuns();
  const theme = useThemeColours();
  const colours = useRunColours();
  const chart = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => gradientRunRows(runs), [runs]);
  const series = useMemo<ChartSeries[]>(
    () =>
      runs.flatMap((r) =>
        r.trace.linearLayers.map((layer, depth) => ({
          key: gradientKey(r, depth),
          name: `${r.name} ${layer.name}`,
          colour: colours[r.index] ?? '#888',
          dash: LAYER_DASHES[depth % LAYER_DASHES.length] || undefined,
        })),
      ),
    [runs, colours],
  );
  const depth = Math.max(0, ...runs.map((r) => r.trace.linearLayers.length));
  const legend = useMemo<ChartSeries[]>(() => {
    const names = runs[0]?.trace.linearLayers ?? [];
    return [
      ...runs.map((r) => ({ key: r.id, name: r.name, colour: colours[r.index] ?? '#888' })),
      ...Array.from({ length: Math.min(depth, LAYER_DASHES.length) }, (_, i) => ({
        key: `d${i}`,
        name: names[i]?.name ?? `layer ${i + 1}`,
        colour: theme?.muted ?? '#888',
        dash: LAYER_DASHES[i] || undefined,
      })),
    ];
  }, [runs, colours, depth, theme]);
  const ticks = useMemo(() => {
    const values = rows
      .flatMap((row) => series.map((s) => row[s.key]))
      .filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? decadeTicks(Math.min(...values), Math.max(...values)) : [];
  }, [rows, series]);
  const exportPng = usePngExport(chart, 'runs-gradients', VIEWS.gradients, legend, theme);
  const empty = rows.length === 0 || !theme;
  const actions = (
    <button
      type="button"
      className="icon-button"
      data-testid="export-png-gradients"
      {...tip('Save the overlaid gradient chart as a PNG image')}
      disabled={empty}
      onClick={exportPng}
    >
      PNG
    </button>
  );
  return (
    <ViewPanel
      view="gradients"
      large={large}
      actions={actions}
      titles={{ short: 'Gradients · runs', title: `${VIEWS.gradients.title}, every run` }}
      overlay={!empty && <ChartLegend series={legend} />}
    >
      {empty ? (
        <EmptyView>{PANEL_TEXTS['runs.gradientsEmpty']}</EmptyView>
      ) : (
        <div className="runs-chart" data-testid="runs-chart-gradients">
          <SeriesChart
            rows={rows}
            title="Gradient norm per run"
            series={series}
            colours={theme}
            log
            yDomain={ticks.length > 0 ? [ticks[0], ticks[ticks.length - 1]] : ['auto', 'auto']}
            yTicks={ticks}
            formatY={formatScientific}
            formatValue={formatScientific}
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
