/**
 * Painting a line chart on a 2-D canvas: grid, axes, tick labels and one polyline per series. The
 * scene is plain data, so the chart on screen and its PNG export (drawn again at twice the size)
 * paint the very same picture.
 */
import { type AxisScale, position } from './chart-scale';
import { type PlacedLabel, placeEndLabels } from './end-labels';

/** One line as painted: its row key, colour, width and dash pattern ([] for solid). */
export interface SceneSeries {
  key: string;
  colour: string;
  lineWidth: number;
  dash: number[];
  /** Written in the line's colour beside its right-hand end (the gradient chart names its layers so). */
  label?: string;
}

/** Everything needed to paint one chart, in CSS pixels. */
export interface ChartScene {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  x: AxisScale;
  y: AxisScale;
  xKey: string;
  rows: readonly object[];
  series: readonly SceneSeries[];
  formatX(value: number): string;
  formatY(value: number): string;
  /** Written under the x axis (the pop-out names its axis). */
  xLabel?: string;
  font: string;
  colours: { grid: string; muted: string };
  /** The largest value above a linear axis's clipped top (chart-scale.ts clippedExtent); such points sit on the top edge with a marker. */
  clippedMax?: number | null;
}

/** A series' vertices in CSS pixels, gaps (null, or values a log axis cannot place) skipped, so the line bridges them. */
export function seriesPoints(scene: ChartScene, key: string): [number, number][] {
  const { plot, x, y, xKey } = scene;
  const points: [number, number][] = [];
  for (const row of scene.rows) {
    const r = row as Record<string, unknown>;
    const xv = r[xKey];
    const yv = r[key];
    if (typeof xv !== 'number' || typeof yv !== 'number' || !Number.isFinite(yv)) continue;
    // A value above a clipped linear top is drawn on the top edge (and marked), not off the canvas.
    const py = !y.log && scene.clippedMax != null && yv > y.max ? plot.height : position(y, yv, plot.height);
    if (Number.isNaN(py)) continue;
    points.push([plot.left + position(x, xv, plot.width), plot.top + plot.height - py]);
  }
  return points;
}

/** A stroke dash as canvas numbers: an SVG dash string ("5 3"), or none. */
export function parseDash(dash: string | undefined): number[] {
  return dash
    ? dash
        .split(/[\s,]+/)
        .map(Number)
        .filter((n) => Number.isFinite(n) && n >= 0)
    : [];
}

function paintAxes(ctx: CanvasRenderingContext2D, scene: ChartScene): void {
  const { plot, x, y, colours } = scene;
  const bottom = plot.top + plot.height;
  ctx.font = scene.font;
  ctx.fillStyle = colours.muted;
  ctx.strokeStyle = colours.grid;
  ctx.lineWidth = 1;
  // Horizontal grid lines at the y ticks, dashed as the charts always were.
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  for (const t of y.ticks) {
    const py = Math.round(bottom - position(y, t, plot.height)) + 0.5;
    ctx.moveTo(plot.left, py);
    ctx.lineTo(plot.left + plot.width, py);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(plot.left + 0.5, plot.top);
  ctx.lineTo(plot.left + 0.5, bottom + 0.5);
  ctx.lineTo(plot.left + plot.width, bottom + 0.5);
  ctx.stroke();
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of y.ticks) ctx.fillText(scene.formatY(t), plot.left - 6, bottom - position(y, t, plot.height));
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of x.ticks) {
    const label = scene.formatX(t);
    const px = plot.left + position(x, t, plot.width);
    // The last label is pulled in so it never runs off the canvas.
    const half = ctx.measureText(label).width / 2;
    ctx.fillText(label, Math.min(px, scene.width - half - 1), bottom + 4);
  }
  if (scene.xLabel) {
    ctx.textBaseline = 'bottom';
    ctx.fillText(scene.xLabel, plot.left + plot.width / 2, scene.height - 1);
  }
}

/** Pixels between the plot's right edge and an end label. */
const LABEL_OFFSET = 6;

/** The end labels of a painted scene: one per labelled series with a point, kept apart by the font's height. */
export function endLabelPlacement(scene: ChartScene, lines: ReadonlyMap<string, [number, number][]>): PlacedLabel[] {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(scene.font)?.[1] ?? 12);
  const ends = scene.series.flatMap((s) => {
    const points = lines.get(s.key);
    const last = points?.[points.length - 1];
    return s.label && last ? [{ key: s.key, y: last[1], text: s.label }] : [];
  });
  return placeEndLabels(ends, scene.plot.top + size / 2, scene.plot.top + scene.plot.height, size + 2);
}

function paintEndLabels(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  lines: ReadonlyMap<string, [number, number][]>,
): void {
  const colour = new Map(scene.series.map((s) => [s.key, s.colour]));
  const x = scene.plot.left + scene.plot.width + LABEL_OFFSET;
  ctx.font = `600 ${scene.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const label of endLabelPlacement(scene, lines)) {
    const last = lines.get(label.key)?.at(-1);
    const ink = colour.get(label.key) ?? scene.colours.muted;
    ctx.fillStyle = ink;
    ctx.strokeStyle = ink;
    ctx.lineWidth = 1;
    if (last) {
      // A short leader from the line's end to its (possibly displaced) name.
      ctx.beginPath();
      ctx.moveTo(last[0] + 2, last[1]);
      ctx.lineTo(x - 2, label.labelY);
      ctx.stroke();
    }
    ctx.fillText(label.text, x, label.labelY);
  }
}

/** The x pixel of each run of points above a clipped top (one marker per excursion, not per point). */
export function clippedMarks(scene: ChartScene, key: string): number[] {
  const { plot, x, y, xKey } = scene;
  if (y.log || scene.clippedMax == null) return [];
  const marks: number[] = [];
  let above = false;
  for (const row of scene.rows) {
    const r = row as Record<string, unknown>;
    const xv = r[xKey];
    const yv = r[key];
    if (typeof xv !== 'number' || typeof yv !== 'number' || !Number.isFinite(yv)) continue;
    if (yv > y.max && !above) marks.push(plot.left + position(x, xv, plot.width));
    above = yv > y.max;
  }
  return marks;
}

/** Paints a small upward triangle at each clipped excursion and, at the top right, how high the largest value went. */
function paintClipMarks(ctx: CanvasRenderingContext2D, scene: ChartScene): void {
  if (scene.clippedMax == null) return;
  const { plot } = scene;
  for (const s of scene.series) {
    ctx.fillStyle = s.colour;
    for (const px of clippedMarks(scene, s.key)) {
      ctx.beginPath();
      ctx.moveTo(px, plot.top - 1);
      ctx.lineTo(px - 5, plot.top + 7);
      ctx.lineTo(px + 5, plot.top + 7);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.font = scene.font;
  ctx.fillStyle = scene.colours.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillText(`▲ off the scale, up to ${scene.formatY(scene.clippedMax)}`, plot.left + plot.width - 2, plot.top + 2);
}

/** Paints `scene` over what `ctx` holds (its transform mapping CSS pixels); returns each series' vertices. */
export function drawSeriesChart(ctx: CanvasRenderingContext2D, scene: ChartScene): Map<string, [number, number][]> {
  const { plot } = scene;
  paintAxes(ctx, scene);
  const lines = new Map<string, [number, number][]>();
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top - 2, plot.width + 2, plot.height + 4);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const s of scene.series) {
    const points = seriesPoints(scene, s.key);
    lines.set(s.key, points);
    if (points.length === 0) continue;
    ctx.strokeStyle = s.colour;
    ctx.lineWidth = s.lineWidth;
    ctx.setLineDash(s.dash);
    ctx.beginPath();
    ctx.moveTo(points[0][0], points[0][1]);
    for (let i = 1; i < points.length; i++) ctx.lineTo(points[i][0], points[i][1]);
    if (points.length === 1) ctx.lineTo(points[0][0] + 0.01, points[0][1]);
    ctx.stroke();
  }
  ctx.restore();
  ctx.setLineDash([]);
  if (scene.series.some((s) => s.label)) paintEndLabels(ctx, scene, lines);
  paintClipMarks(ctx, scene);
  return lines;
}
