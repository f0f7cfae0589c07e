import { memo, type Ref, useId, useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTIVATIONS } from '../../../src/layers/index';
import type { SweepActivation } from '../../../src/training/index';
import { ChartAlternative } from '../charts/ChartAlternative';
import { formatScientific } from '../charts/metric-format';
import type { ThemeColours } from '../charts/theme-colours';
import { useElementSize } from '../../ui/use-element-size';
import type { SweepRow } from './sweep-rows';

/** The x axis as the text alternative names it: "…, over 8 hidden layers." */
const DEPTH_AXIS = { key: 'depth', label: 'hidden layers', format: String };

/** Props of the sweep chart. */
export interface DepthSweepChartProps {
  rows: readonly SweepRow[];
  lines: readonly { activation: SweepActivation; colour: string }[];
  ticks: number[];
  colours: ThemeColours;
  containerRef?: Ref<HTMLDivElement>;
  large?: boolean;
}

/** First-layer gradient norm (log y) against depth (x), one line with dots per activation; lines fill in as networks finish. */
export const DepthSweepChart = memo(function DepthSweepChart({
  rows,
  lines,
  ticks,
  colours,
  containerRef,
  large,
}: DepthSweepChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  const { width, height } = useElementSize(box);
  const named = useMemo(
    () => lines.map((l) => ({ key: l.activation, name: ACTIVATIONS[l.activation].label })),
    [lines],
  );
  const font = large ? 13 : 11;
  const tick = { fill: colours.muted, fontSize: font };
  return (
    <div className="series-chart" ref={box}>
      <div ref={containerRef} className="series-chart__inner" data-testid="sweep-chart" aria-describedby={summaryId}>
        {width > 0 && height > 0 && (
          <LineChart
            width={width}
            height={height}
            data={rows as SweepRow[]}
            margin={{ top: 8, right: 14, bottom: 4, left: 0 }}
          >
            <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="depth"
              type="number"
              domain={['dataMin', 'dataMax']}
              allowDecimals={false}
              tick={tick}
              stroke={colours.grid}
              tickLine={false}
              height={34}
              label={{
                value: 'depth (hidden layers)',
                position: 'insideBottom',
                fill: colours.muted,
                fontSize: font,
                offset: 0,
              }}
            />
            <YAxis
              scale="log"
              domain={ticks.length > 0 ? [ticks[0], ticks[ticks.length - 1]] : ['auto', 'auto']}
              ticks={ticks}
              allowDataOverflow
              tick={tick}
              tickFormatter={formatScientific}
              stroke={colours.grid}
              tickLine={false}
              width={large ? 64 : 52}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={(value) => (typeof value === 'number' ? formatScientific(value) : String(value))}
              labelFormatter={(label) => `depth ${String(label)}: ‖∂L/∂W₁‖`}
              contentStyle={{
                background: colours.panel,
                border: `1px solid ${colours.grid}`,
                borderRadius: 6,
                fontSize: font,
                padding: '4px 8px',
              }}
              labelStyle={{ color: colours.muted }}
            />
            {lines.map((line) => (
              <Line
                key={line.activation}
                className={`sweep-line sweep-line-${line.activation}`}
                dataKey={line.activation}
                name={ACTIVATIONS[line.activation].label}
                stroke={line.colour}
                strokeWidth={2}
                dot={{ r: 3, fill: line.colour, strokeWidth: 0 }}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        )}
      </div>
      <ChartAlternative
        id={summaryId}
        title="First-layer gradient norm ‖∂L/∂W₁‖"
        rows={rows}
        series={named}
        x={DEPTH_AXIS}
        formatValue={formatScientific}
      />
    </div>
  );
});
