import { memo, type Ref, useDeferredValue, useId, useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useElementSize } from '../../ui/use-element-size';
import { ChartAlternative } from './ChartAlternative';
import { decimateRows, rowBudget } from './decimate';
import { formatEpoch } from './metric-format';
import type { ThemeColours } from './theme-colours';

/** One line of a chart: its key in the rows, its name and colour; dashed lines mark validation. */
export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
  dashed?: boolean;
  /** An SVG dash pattern that overrides `dashed` (the run charts tell layers apart by it). */
  dash?: string;
}

/** Props of a line chart over epochs. */
export interface SeriesChartProps {
  rows: readonly object[];
  series: readonly ChartSeries[];
  colours: ThemeColours;
  /** A log y axis (the rows must hold only positive values or null). */
  log?: boolean;
  yDomain?: [number | 'auto', number | 'auto'];
  yTicks?: number[];
  formatY(value: number): string;
  formatValue(value: number): string;
  /** Receives the chart's wrapper, whose <svg> the PNG export reads. */
  containerRef?: Ref<HTMLDivElement>;
  large?: boolean;
  /** Leave a band above the plot for a legend drawn over the chart. */
  legendBand?: boolean;
  /** The x axis when it is not epochs (the run charts count steps): the row key, its name and tick format. */
  x?: { key: string; label: string; format(value: number): string };
  /** Write each series' name at the right-hand end of its line (the canvas chart only). */
  endLabels?: boolean;
  /** Vertical marks at x values with a short label (the canvas charts draw them; early stopping's stop). */
  markers?: readonly ChartMarker[];
  /** What the chart shows ("Loss"), the first word of its summary and table for screen readers. */
  title?: string;
}

/** A vertical mark on a chart: where along x, what it says, and its test id. */
export interface ChartMarker {
  x: number;
  label: string;
  testId: string;
}

const EPOCH_AXIS = { key: 'epoch', label: 'epoch', format: formatEpoch };

const AXIS_FONT = 11;
const LARGE_AXIS_FONT = 13;
const RIGHT_MARGIN = 12;
const AUTO_DOMAIN: [number | 'auto', number | 'auto'] = ['auto', 'auto'];
const X_DOMAIN: [number, 'auto'] = [0, 'auto'];

/**
 * A recharts line chart filling its box, x = epochs: no animation (it redraws on every update),
 * no dots, gaps bridged, values formatted in the hover tooltip. It draws at most a few hundred rows
 * (min/max decimation to its plot width, see decimate.ts), renders new rows at low priority
 * (useDeferredValue, so a redraw yields to input and never makes one long task) and hands recharts
 * the same props objects from render to render, so its internal store is not re-fed on every update;
 * tick labels are laid out without measuring text in the DOM (interval 0: every tick is shown).
 */
export const SeriesChart = memo(function SeriesChart({
  rows,
  series,
  colours,
  log,
  yDomain,
  yTicks,
  formatY,
  formatValue,
  containerRef,
  large,
  legendBand,
  x = EPOCH_AXIS,
  title = 'Chart',
}: SeriesChartProps) {
  const summaryId = useId();
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const font = large ? LARGE_AXIS_FONT : AXIS_FONT;
  const yAxisWidth = large ? 64 : 48;
  const deferredRows = useDeferredValue(rows);
  const keys = useMemo(() => series.map((s) => s.key).join('\n'), [series]);
  const budget = rowBudget(width - yAxisWidth - RIGHT_MARGIN, series.length);
  const shown = useMemo(
    () => decimateRows(deferredRows, keys.split('\n'), budget, log),
    [deferredRows, keys, budget, log],
  );
  // Equal by value, equal by identity: recharts copies every changed prop object into its store and recomputes from there.
  const [domainLow, domainHigh] = yDomain ?? AUTO_DOMAIN;
  const domain = useMemo<[number | 'auto', number | 'auto']>(() => [domainLow, domainHigh], [domainLow, domainHigh]);
  const tickKey = yTicks?.join(',');
  const ticks = useMemo(
    () => (tickKey === undefined ? undefined : tickKey === '' ? [] : tickKey.split(',').map(Number)),
    [tickKey],
  );
  const look = useMemo(() => {
    const tick = { fill: colours.muted, fontSize: font };
    return {
      tick,
      margin: { top: legendBand ? (large ? 26 : 20) : 6, right: RIGHT_MARGIN, bottom: 0, left: 0 },
      xLabel: large
        ? { value: x.label, position: 'insideBottom' as const, fill: colours.muted, fontSize: font, offset: 0 }
        : undefined,
      contentStyle: {
        background: colours.panel,
        border: `1px solid ${colours.grid}`,
        borderRadius: 6,
        fontSize: font,
        padding: '4px 8px',
      },
      labelStyle: { color: colours.muted },
      activeDot: { r: 3 },
      formatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)),
      labelFormatter: (label: unknown) => `${x.label} ${typeof label === 'number' ? x.format(label) : String(label)}`,
    };
  }, [colours, font, legendBand, large, x, formatValue]);
  return (
    <div className="series-chart" ref={box}>
      <div ref={containerRef} className="series-chart__inner">
        {width > 0 && height > 0 && (
          <LineChart width={width} height={height} data={shown as object[]} margin={look.margin}>
            <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey={x.key}
              type="number"
              domain={X_DOMAIN}
              interval={0}
              tick={look.tick}
              tickFormatter={x.format}
              stroke={colours.grid}
              tickLine={false}
              height={large ? 38 : 22}
              label={look.xLabel}
            />
            <YAxis
              scale={log ? 'log' : 'linear'}
              domain={domain}
              ticks={ticks}
              interval={0}
              allowDataOverflow={log}
              tick={look.tick}
              tickFormatter={formatY}
              stroke={colours.grid}
              tickLine={false}
              width={yAxisWidth}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={look.formatter}
              labelFormatter={look.labelFormatter}
              contentStyle={look.contentStyle}
              labelStyle={look.labelStyle}
            />
            {series.map((s) => (
              <Line
                key={s.key}
                className={`series-${s.key}`}
                type="linear"
                dataKey={s.key}
                name={s.name}
                stroke={s.colour}
                strokeWidth={large ? 2.2 : 1.8}
                strokeDasharray={s.dash ?? (s.dashed ? '5 3' : undefined)}
                dot={false}
                activeDot={look.activeDot}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </div>
      <ChartAlternative
        id={summaryId}
        title={title}
        rows={deferredRows}
        series={series}
        x={x}
        formatValue={formatValue}
      />
    </div>
  );
});
