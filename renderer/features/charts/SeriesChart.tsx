import { memo, type Ref, useRef } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useElementSize } from '../dock/use-element-size';
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
}

const EPOCH_AXIS = { key: 'epoch', label: 'epoch', format: formatEpoch };

const AXIS_FONT = 11;
const LARGE_AXIS_FONT = 13;

/**
 * A recharts line chart filling its box, x = epochs: no animation (it redraws on every update),
 * no dots, gaps bridged, values formatted in the hover tooltip.
 */
export const SeriesChart = memo(function SeriesChart({ rows, series, colours, log, yDomain, yTicks, formatY, formatValue, containerRef, large, legendBand, x = EPOCH_AXIS }: SeriesChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const font = large ? LARGE_AXIS_FONT : AXIS_FONT;
  const tick = { fill: colours.muted, fontSize: font };
  return (
    <div className="series-chart" ref={box}>
      <div ref={containerRef} className="series-chart__inner">
        {width > 0 && height > 0 && (
          <LineChart width={width} height={height} data={rows as object[]} margin={{ top: legendBand ? (large ? 26 : 20) : 6, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey={x.key}
              type="number"
              domain={[0, 'auto']}
              tick={tick}
              tickFormatter={x.format}
              stroke={colours.grid}
              tickLine={false}
              height={large ? 38 : 22}
              label={large ? { value: x.label, position: 'insideBottom', fill: colours.muted, fontSize: font, offset: 0 } : undefined}
            />
            <YAxis
              scale={log ? 'log' : 'linear'}
              domain={yDomain ?? ['auto', 'auto']}
              ticks={yTicks}
              allowDataOverflow={log}
              tick={tick}
              tickFormatter={formatY}
              stroke={colours.grid}
              tickLine={false}
              width={large ? 64 : 48}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))}
              labelFormatter={(label) => `${x.label} ${typeof label === 'number' ? x.format(label) : String(label)}`}
              contentStyle={{ background: colours.panel, border: `1px solid ${colours.grid}`, borderRadius: 6, fontSize: font, padding: '4px 8px' }}
              labelStyle={{ color: colours.muted }}
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
                activeDot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </div>
    </div>
  );
});
