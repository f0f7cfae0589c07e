import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useElementSize } from '../../ui/use-element-size';
import { ChartAlternative } from './ChartAlternative';
import { clippedExtent, dataExtent, xScale, yScale } from './chart-scale';
import { registerChartScene } from './chart-scenes';
import { decimateRows, rowBudget } from './decimate';
import { type ChartScene, drawSeriesChart, endLabelPlacement, parseDash, seriesPoints } from './draw-series-chart';
import { formatEpoch } from './metric-format';
import type { ChartMarker, SeriesChartProps } from './SeriesChart';
import { usePresenterView } from '../presenter/presenter-setting';

const EPOCH_AXIS = { key: 'epoch', label: 'epoch', format: formatEpoch };
const AXIS_FONT = 11;
const LARGE_AXIS_FONT = 13;
/** Tick labels in the presenter view, readable from the back of a room. */
const PRESENTER_AXIS_FONT = 17;
const RIGHT_MARGIN = 12;
/** Room right of the plot for end labels: a character's width as a share of the font size, plus the gap. */
const LABEL_CHAR_WIDTH = 0.62;
const LABEL_GAP = 14;

/** The vertices of each line in a short text the page's tests read: "key:count:x0,y0:xN,yN;…". */
function linesSummary(lines: Map<string, [number, number][]>): string {
  const round = (p: [number, number]) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`;
  return [...lines]
    .map(
      ([key, points]) =>
        `${key}:${points.length}${points.length ? `:${round(points[0])}:${round(points[points.length - 1])}` : ''}`,
    )
    .join(';');
}

/** The row whose x is nearest `value` in rows sorted by x (binary search). */
function nearestRow(rows: readonly object[], key: string, value: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  const xOf = (i: number) => (rows[i] as Record<string, number>)[key];
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xOf(mid) < value) lo = mid;
    else hi = mid;
  }
  return Math.abs(xOf(lo) - value) <= Math.abs(xOf(hi) - value) ? lo : hi;
}

/**
 * A live line chart drawn on a canvas (the loss, accuracy and gradient views): the same axes, grid,
 * dashed validation lines, log scale and hover read-out as the recharts charts, at a fraction of the
 * page's time, because an update repaints one canvas instead of re-rendering an SVG tree per point.
 * Rows are min/max-decimated to the plot's width and taken at low priority (useDeferredValue).
 */
export const CanvasSeriesChart = memo(function CanvasSeriesChart({
  rows,
  series,
  colours,
  log = false,
  yDomain,
  yTicks,
  formatY,
  formatValue,
  containerRef,
  large,
  legendBand,
  x = EPOCH_AXIS,
  endLabels = false,
  markers,
  title = 'Chart',
}: SeriesChartProps) {
  const summaryId = useId();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const scene = useRef<ChartScene | null>(null);
  const { width, height } = useElementSize(box);
  const [hover, setHover] = useState<number | null>(null);
  const presenter = usePresenterView();
  const font = presenter ? PRESENTER_AXIS_FONT : large ? LARGE_AXIS_FONT : AXIS_FONT;
  const left = presenter ? 78 : large ? 64 : 48;
  const top = legendBand ? (large || presenter ? 26 : 20) : presenter ? 10 : 6;
  const bottom = presenter ? (large ? 46 : 28) : large ? 38 : 22;
  const longest = endLabels ? Math.max(0, ...series.map((s) => s.name.length)) : 0;
  const right = endLabels ? Math.ceil(longest * font * LABEL_CHAR_WIDTH) + LABEL_GAP : RIGHT_MARGIN;
  const plot = useMemo(
    () => ({ left, top, width: Math.max(1, width - left - right), height: Math.max(1, height - top - bottom) }),
    [left, top, bottom, right, width, height],
  );
  const deferredRows = useDeferredValue(rows);
  // Callers rebuild their series on every update; equal by value must mean equal by identity here, or every update
  // would decimate and paint twice.
  const seriesKey = series
    .map((s) => `${s.key}\u0001${s.name}\u0001${s.colour}\u0001${s.dash ?? ''}\u0001${s.dashed ? 1 : 0}`)
    .join('\u0002');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the series' value
  const stableSeries = useMemo(() => series, [seriesKey]);
  const keys = useMemo(() => stableSeries.map((s) => s.key), [stableSeries]);
  const fontFamily = useRef<string | null>(null);
  const shown = useMemo(
    () => decimateRows(deferredRows, keys, rowBudget(plot.width, 1), log),
    [deferredRows, keys, plot.width, log],
  );
  const [domainLow, domainHigh] = yDomain ?? ['auto', 'auto'];
  const tickKey = yTicks?.join(',');

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || width === 0 || height === 0) return;
    const ticks = tickKey === undefined || tickKey === '' ? undefined : tickKey.split(',').map(Number);
    const lastX = shown.length > 0 ? ((shown[shown.length - 1] as Record<string, number>)[x.key] ?? 0) : 0;
    // A linear axis with an automatic top leaves towering outliers off the scale (marked) instead of flattening the rest.
    const clip =
      !log && domainHigh === 'auto' && !ticks
        ? clippedExtent(shown, keys)
        : { extent: dataExtent(shown, keys, log), clippedMax: null };
    const next: ChartScene = {
      width,
      height,
      plot,
      x: xScale(lastX),
      y: yScale(clip.extent, [domainLow, domainHigh], log, ticks),
      clippedMax: clip.clippedMax,
      xKey: x.key,
      rows: shown,
      series: stableSeries.map((s) => ({
        key: s.key,
        colour: s.colour,
        lineWidth: presenter ? 3.2 : large ? 2.2 : 1.8,
        dash: s.dash ? parseDash(s.dash) : s.dashed ? [5, 3] : [],
        label: endLabels ? s.name : undefined,
      })),
      formatX: x.format,
      formatY,
      xLabel: large ? x.label : undefined,
      // Read once: a style read here would force the page's pending style work on every paint.
      font: `${font}px ${(fontFamily.current ??= getComputedStyle(element).fontFamily)}`,
      colours: { grid: colours.grid, muted: colours.muted },
    };
    const scale = window.devicePixelRatio || 1;
    if (element.width !== Math.round(width * scale) || element.height !== Math.round(height * scale)) {
      element.width = Math.round(width * scale);
      element.height = Math.round(height * scale);
    }
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const lines = drawSeriesChart(ctx, next);
    scene.current = next;
    registerChartScene(element, next);
    element.dataset.lines = linesSummary(lines);
    element.dataset.yTicks = next.y.ticks.map(formatY).join('|');
    if (endLabels)
      element.dataset.endLabels = endLabelPlacement(next, lines)
        .map((l) => `${l.text}:${l.labelY.toFixed(1)}`)
        .join('|');
    else delete element.dataset.endLabels;
    element.dataset.clippedMax = next.clippedMax == null ? '' : String(next.clippedMax);
  }, [
    shown,
    stableSeries,
    keys,
    colours,
    log,
    domainLow,
    domainHigh,
    tickKey,
    formatY,
    width,
    height,
    plot,
    font,
    large,
    presenter,
    endLabels,
    x,
  ]);

  const current = scene.current;
  const hovered =
    hover !== null && current && hover < current.rows.length
      ? (current.rows[hover] as Record<string, number | null>)
      : null;
  return (
    <div className="series-chart" ref={box}>
      <div ref={containerRef} className="series-chart__inner">
        <canvas
          ref={canvas}
          className="series-chart__canvas"
          data-testid="series-canvas"
          data-series={keys.join(',')}
          role="img"
          aria-label={`Line chart: ${series.map((s) => s.name).join(', ')} against ${x.label}`}
          aria-describedby={summaryId}
          onMouseMove={(event) => {
            const s = scene.current;
            if (!s || s.rows.length === 0) return;
            const px = event.clientX - event.currentTarget.getBoundingClientRect().left - s.plot.left;
            setHover(nearestRow(s.rows, s.xKey, s.x.min + (px / s.plot.width) * (s.x.max - s.x.min)));
          }}
          onMouseLeave={() => setHover(null)}
        />
        {markers?.map((m) => (
          <Marker key={m.testId} marker={m} plot={plot} lastX={lastXOf(shown, x.key)} colour={colours.muted} />
        ))}
        {hovered && current && (
          <HoverReadout
            scene={current}
            row={hovered}
            series={series}
            label={`${x.label} ${x.format(hovered[current.xKey] as number)}`}
            formatValue={formatValue}
            colours={colours}
            font={font}
          />
        )}
      </div>
      <ChartAlternative
        id={summaryId}
        title={title}
        rows={deferredRows}
        series={stableSeries}
        x={x}
        formatValue={formatValue}
      />
    </div>
  );
});

/** The x of the last row, which sets the x axis's end. */
function lastXOf(rows: readonly object[], key: string): number {
  return rows.length > 0 ? ((rows[rows.length - 1] as Record<string, number>)[key] ?? 0) : 0;
}

/** A vertical mark with its label, placed on the same x axis the canvas paints (its end from the last row). */
function Marker({
  marker,
  plot,
  lastX,
  colour,
}: {
  marker: ChartMarker;
  plot: ChartScene['plot'];
  lastX: number;
  colour: string;
}) {
  const axis = xScale(Math.max(lastX, marker.x));
  const left = plot.left + ((marker.x - axis.min) / (axis.max - axis.min)) * plot.width;
  return (
    <div
      className="series-chart__marker"
      data-testid={marker.testId}
      data-x={marker.x}
      style={{ left, top: plot.top, height: plot.height, borderColor: colour, color: colour }}
    >
      <span className="series-chart__marker-label">{marker.label}</span>
    </div>
  );
}

/** The hover read-out: a cursor line, a dot on each line and a box with the row's values. */
function HoverReadout({
  scene,
  row,
  series,
  label,
  formatValue,
  colours,
  font,
}: {
  scene: ChartScene;
  row: Record<string, number | null>;
  series: SeriesChartProps['series'];
  label: string;
  formatValue(value: number): string;
  colours: SeriesChartProps['colours'];
  font: number;
}) {
  const one = { ...scene, rows: [row] };
  const px =
    scene.plot.left + (((row[scene.xKey] as number) - scene.x.min) / (scene.x.max - scene.x.min)) * scene.plot.width;
  const onRight = px < scene.plot.left + scene.plot.width / 2;
  return (
    <>
      <div
        className="series-chart__cursor"
        style={{ left: px, top: scene.plot.top, height: scene.plot.height, background: colours.grid }}
      />
      {series.map((s) => {
        const v = row[s.key];
        if (typeof v !== 'number') return null;
        const [point] = seriesPoints(one, s.key);
        return point ? (
          <span
            key={s.key}
            className="series-chart__dot"
            style={{ left: point[0], top: point[1], background: s.colour }}
          />
        ) : null;
      })}
      <div
        className="series-chart__tooltip"
        data-testid="series-tooltip"
        style={{
          [onRight ? 'left' : 'right']: onRight ? px + 10 : scene.width - px + 10,
          top: scene.plot.top + 4,
          background: colours.panel,
          borderColor: colours.grid,
          fontSize: font,
        }}
      >
        <div style={{ color: colours.muted }}>{label}</div>
        {series.map((s) => {
          const v = row[s.key];
          return typeof v === 'number' ? (
            <div key={s.key} style={{ color: s.colour }}>
              {s.name} : {formatValue(v)}
            </div>
          ) : null;
        })}
      </div>
    </>
  );
}
