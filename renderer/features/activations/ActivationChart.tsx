import { memo, useRef } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { formatValue } from '../../../src/backprop/index';
import type { ThemeColours } from '../charts/theme-colours';
import { useElementSize } from '../../ui/use-element-size';
import type { CurveRow } from './curves';

/** A shaded interval of z: where the activation passes almost no gradient. */
export interface Band {
  from: number;
  to: number;
}

/**
 * f and f′ on one chart over z, with the pre-activation density as a stepped area on its own
 * (hidden) axis behind them and the saturated region shaded.
 */
export const ActivationChart = memo(function ActivationChart({
  rows,
  colours,
  bands,
  large,
}: {
  rows: CurveRow[];
  colours: ThemeColours;
  bands: Band[];
  large?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const font = large ? 13 : 11;
  const tick = { fill: colours.muted, fontSize: font };
  const range = rows.length > 0 ? rows[rows.length - 1].z : 1;
  const hasDensity = rows.some((r) => r.density !== null);
  return (
    <div className="act-chart" ref={box}>
      {width > 0 && height > 0 && (
        <ComposedChart width={width} height={height} data={rows} margin={{ top: 6, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" />
          {bands.map((b) => (
            <ReferenceArea
              key={`${b.from}`}
              yAxisId="f"
              x1={Math.max(b.from, -range)}
              x2={Math.min(b.to, range)}
              fill={colours.validation}
              fillOpacity={0.1}
              ifOverflow="hidden"
            />
          ))}
          <XAxis
            dataKey="z"
            type="number"
            domain={[-range, range]}
            tick={tick}
            stroke={colours.grid}
            tickLine={false}
            tickFormatter={(v: number) => formatValue(v)}
            height={22}
          />
          <YAxis
            yAxisId="f"
            tick={tick}
            stroke={colours.grid}
            tickLine={false}
            width={40}
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => formatValue(v)}
          />
          <YAxis yAxisId="density" hide domain={[0, 'auto']} />
          {hasDensity && (
            <Area
              yAxisId="density"
              type="stepAfter"
              dataKey="density"
              name="z histogram"
              stroke="none"
              fill={colours.muted}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          )}
          <Line
            yAxisId="f"
            type="linear"
            dataKey="f"
            name="f(z)"
            stroke={colours.train}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="f"
            type="linear"
            dataKey="df"
            name="f′(z)"
            stroke={colours.validation}
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={false}
            isAnimationActive={false}
          />
          <Tooltip
            isAnimationActive={false}
            formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))}
            labelFormatter={(label) => `z = ${typeof label === 'number' ? formatValue(label) : String(label)}`}
            contentStyle={{
              background: colours.panel,
              border: `1px solid ${colours.grid}`,
              borderRadius: 6,
              fontSize: font,
              padding: '4px 8px',
            }}
            labelStyle={{ color: colours.muted }}
          />
        </ComposedChart>
      )}
    </div>
  );
});
