/**
 * Paints a classic run on a canvas: the two half-planes the neuron assigns, the samples by class
 * (the misclassified ones ringed), the decision line with its normal w, and the sample just visited.
 */
import { type ClassicData, decisionSegment } from '../../../src/classic/index';
import { fitFrame, toCanvasX, toCanvasY, type PlaneBounds, type PlotFrame } from '../boundary/plot-frame';
import { toHex, type Rgb } from '../charts/colours';
import { positiveRegion } from './half-plane';

/** The theme colours the scatter uses. */
export interface ClassicScatterColours {
  class0: Rgb;
  class1: Rgb;
  text: string;
  muted: string;
  grid: string;
  danger: string;
}

/** What one frame shows. */
export interface ClassicScatterScene {
  data: ClassicData;
  bounds: PlaneBounds;
  w: [number, number];
  b: number;
  threshold: number;
  /** Row of the sample the last perceptron update looked at, or null. */
  highlight: number | null;
  /** Axis names ("x1", "x1 (standardised)"). */
  axes: [string, string];
}

const MARGIN = 22;

function rgba([r, g, b]: Rgb, alpha: number): string {
  return `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${alpha})`;
}

function paintRegions(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  scene: ClassicScatterScene,
  colours: ClassicScatterColours,
): void {
  ctx.fillStyle = rgba(colours.class0, 0.1);
  ctx.fillRect(frame.left, frame.top, frame.width, frame.height);
  const [w1, w2] = scene.w;
  const region =
    w1 === 0 && w2 === 0
      ? scene.b >= scene.threshold
        ? positiveRegion(scene.bounds, 0, 0, 1, 0)
        : []
      : positiveRegion(scene.bounds, w1, w2, scene.b, scene.threshold);
  if (region.length < 3) return;
  ctx.fillStyle = rgba(colours.class1, 0.14);
  ctx.beginPath();
  region.forEach(([x, y], k) =>
    k === 0
      ? ctx.moveTo(toCanvasX(frame, x), toCanvasY(frame, y))
      : ctx.lineTo(toCanvasX(frame, x), toCanvasY(frame, y)),
  );
  ctx.closePath();
  ctx.fill();
}

function paintPoints(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  scene: ClassicScatterScene,
  colours: ClassicScatterColours,
): void {
  const { data, w, b, threshold } = scene;
  const radius = Math.max(2, Math.min(4, 700 / Math.max(data.n, 1)));
  for (let i = 0; i < data.n; i++) {
    const x = toCanvasX(frame, data.x[2 * i]);
    const y = toCanvasY(frame, data.x[2 * i + 1]);
    const label = data.y[i];
    const predicted = w[0] * data.x[2 * i] + w[1] * data.x[2 * i + 1] + b >= threshold ? 1 : 0;
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.fillStyle = toHex(label === 1 ? colours.class1 : colours.class0);
    ctx.fill();
    if (predicted !== label) {
      ctx.beginPath();
      ctx.arc(x, y, radius + 2.5, 0, Math.PI * 2);
      ctx.strokeStyle = colours.danger;
      ctx.lineWidth = 1.8;
      ctx.stroke();
    }
  }
  if (scene.highlight !== null && scene.highlight < data.n) {
    const i = scene.highlight;
    ctx.beginPath();
    ctx.arc(toCanvasX(frame, data.x[2 * i]), toCanvasY(frame, data.x[2 * i + 1]), radius + 6, 0, Math.PI * 2);
    ctx.strokeStyle = colours.text;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([3, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function paintLine(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  scene: ClassicScatterScene,
  colours: ClassicScatterColours,
): void {
  const [xMin, xMax] = scene.bounds.x1;
  const [yMin, yMax] = scene.bounds.x2;
  const segment = decisionSegment(scene.w[0], scene.w[1], scene.b, scene.threshold, { xMin, xMax, yMin, yMax });
  if (!segment) return;
  const [ax, ay, bx, by] = [
    toCanvasX(frame, segment.x1),
    toCanvasY(frame, segment.y1),
    toCanvasX(frame, segment.x2),
    toCanvasY(frame, segment.y2),
  ];
  ctx.strokeStyle = colours.text;
  ctx.lineWidth = 2.2;
  ctx.beginPath();
  ctx.moveTo(ax, ay);
  ctx.lineTo(bx, by);
  ctx.stroke();
  // The normal w points to the side the neuron calls class 1; equal axis scales keep it perpendicular.
  const norm = Math.hypot(scene.w[0], scene.w[1]);
  const [ux, uy] = [scene.w[0] / norm, -scene.w[1] / norm];
  const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
  const [tx, ty] = [mx + 26 * ux, my + 26 * uy];
  ctx.lineWidth = 1.6;
  ctx.beginPath();
  ctx.moveTo(mx, my);
  ctx.lineTo(tx, ty);
  ctx.lineTo(tx - 7 * ux + 4 * uy, ty - 7 * uy - 4 * ux);
  ctx.moveTo(tx, ty);
  ctx.lineTo(tx - 7 * ux - 4 * uy, ty - 7 * uy + 4 * ux);
  ctx.stroke();
  ctx.fillStyle = colours.text;
  ctx.font = 'italic 12px system-ui, sans-serif';
  ctx.fillText('w', tx + 4 * ux + 3, ty + 4 * uy + 4);
}

function paintAxes(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  scene: ClassicScatterScene,
  colours: ClassicScatterColours,
): void {
  ctx.strokeStyle = colours.grid;
  ctx.lineWidth = 1;
  ctx.strokeRect(frame.left + 0.5, frame.top + 0.5, frame.width - 1, frame.height - 1);
  const [xMin, xMax] = scene.bounds.x1;
  const [yMin, yMax] = scene.bounds.x2;
  ctx.setLineDash([2, 3]);
  if (xMin < 0 && xMax > 0) {
    ctx.beginPath();
    ctx.moveTo(toCanvasX(frame, 0), frame.top);
    ctx.lineTo(toCanvasX(frame, 0), frame.top + frame.height);
    ctx.stroke();
  }
  if (yMin < 0 && yMax > 0) {
    ctx.beginPath();
    ctx.moveTo(frame.left, toCanvasY(frame, 0));
    ctx.lineTo(frame.left + frame.width, toCanvasY(frame, 0));
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.fillStyle = colours.muted;
  ctx.font = '11px system-ui, sans-serif';
  const fmt = (v: number) => String(Number(v.toPrecision(2)));
  ctx.textAlign = 'left';
  ctx.fillText(fmt(xMin), frame.left, frame.top + frame.height + 13);
  ctx.textAlign = 'right';
  ctx.fillText(fmt(xMax), frame.left + frame.width, frame.top + frame.height + 13);
  ctx.textAlign = 'center';
  ctx.fillText(scene.axes[0], frame.left + frame.width / 2, frame.top + frame.height + 13);
  ctx.save();
  ctx.translate(frame.left - 8, frame.top + frame.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.fillText(scene.axes[1], 0, 0);
  ctx.restore();
  ctx.textAlign = 'left';
}

/** Paints `scene` into a canvas of `width`×`height` CSS pixels (the context already scaled for the device); returns the plot frame. */
export function drawClassicScatter(
  ctx: CanvasRenderingContext2D,
  scene: ClassicScatterScene,
  width: number,
  height: number,
  colours: ClassicScatterColours,
): PlotFrame {
  ctx.clearRect(0, 0, width, height);
  const frame = fitFrame(scene.bounds, width, height, MARGIN);
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.left, frame.top, frame.width, frame.height);
  ctx.clip();
  paintRegions(ctx, frame, scene, colours);
  paintPoints(ctx, frame, scene, colours);
  paintLine(ctx, frame, scene, colours);
  ctx.restore();
  paintAxes(ctx, frame, scene, colours);
  return frame;
}
