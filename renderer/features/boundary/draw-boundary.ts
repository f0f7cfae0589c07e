/**
 * Paints the boundary view on a 2-D canvas: the decision surface (grid-resolution pixels scaled up
 * with smoothing), or for 1-column regression/binary data the prediction curve; then the training
 * points (filled) and validation points (rings) on top, and the frame.
 */
import type { SplitDataset } from '../../../src/data/index';
import { mixRgb, type Rgb, toHex } from '../charts/colours';
import { gridImageRect, type PlotFrame, toCanvasX, toCanvasY } from './plot-frame';

/** What one drawing needs. */
export interface BoundaryScene {
  frame: PlotFrame;
  /** The surface at grid resolution (top row first) and its side, or null (curve mode or no snapshot yet). */
  surface: { pixels: Uint8ClampedArray<ArrayBuffer>; resolution: number } | null;
  /** For 1-column data: the prediction at each grid column, drawn as a curve over x1; null otherwise. */
  curve: Float32Array | null;
  split: SplitDataset;
  /** Colour of each point from its target (class or value). */
  pointColour(y: number): Rgb;
  /** Points are (x1, x2) for 2 columns, (x, target) for 1. */
  features: 1 | 2;
  radius: number;
  colours: { frame: string; halo: string; curve: string };
}

function drawSurface(ctx: CanvasRenderingContext2D, scene: BoundaryScene, scratch: HTMLCanvasElement): void {
  if (!scene.surface) return;
  const { pixels, resolution } = scene.surface;
  scratch.width = resolution;
  scratch.height = resolution;
  const scratchCtx = scratch.getContext('2d');
  if (!scratchCtx) return;
  scratchCtx.putImageData(new ImageData(pixels, resolution, resolution), 0, 0);
  const { frame } = scene;
  const rect = gridImageRect(frame, resolution);
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.left, frame.top, frame.width, frame.height);
  ctx.clip();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(scratch, rect.x, rect.y, rect.width, rect.height);
  ctx.restore();
}

function drawCurve(ctx: CanvasRenderingContext2D, scene: BoundaryScene): void {
  const { curve, frame } = scene;
  if (!curve || curve.length < 2) return;
  const [min, max] = frame.bounds.x1;
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.left, frame.top, frame.width, frame.height);
  ctx.clip();
  ctx.beginPath();
  for (let c = 0; c < curve.length; c++) {
    const x = toCanvasX(frame, min + ((max - min) * c) / (curve.length - 1));
    const y = toCanvasY(frame, curve[c]);
    if (c === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.strokeStyle = scene.colours.curve;
  ctx.lineWidth = 2.5;
  ctx.lineJoin = 'round';
  ctx.stroke();
  ctx.restore();
}

function drawPoints(ctx: CanvasRenderingContext2D, scene: BoundaryScene): void {
  const { frame, split, features, radius } = scene;
  const parts = [split.train, split.validation];
  parts.forEach((part, index) => {
    const hollow = index === 1;
    for (let i = 0; i < part.n; i++) {
      const px = toCanvasX(frame, part.x[i * part.features]);
      const py = toCanvasY(frame, features === 2 ? part.x[i * part.features + 1] : part.y[i]);
      const colour = scene.pointColour(part.y[i]);
      ctx.beginPath();
      ctx.arc(px, py, radius, 0, Math.PI * 2);
      // A halo in the panel colour keeps points readable over a surface of their own colour.
      ctx.lineWidth = hollow ? 3.2 : 1.6;
      ctx.strokeStyle = scene.colours.halo;
      ctx.stroke();
      if (hollow) {
        // A little darker than the class colour, so a ring still reads over its own class's region.
        ctx.lineWidth = 1.7;
        ctx.strokeStyle = toHex(mixRgb(colour, [0, 0, 0], 0.22));
        ctx.stroke();
      } else {
        ctx.fillStyle = toHex(mixRgb(colour, [0, 0, 0], 0.08));
        ctx.fill();
      }
    }
  });
}

/** Draws `scene` onto `ctx` (already scaled to CSS pixels) of `width`×`height`; `scratch` is a reusable off-screen canvas. */
export function drawBoundary(
  ctx: CanvasRenderingContext2D,
  scene: BoundaryScene,
  width: number,
  height: number,
  scratch: HTMLCanvasElement,
): void {
  ctx.clearRect(0, 0, width, height);
  drawSurface(ctx, scene, scratch);
  drawCurve(ctx, scene);
  drawPoints(ctx, scene);
  const { frame } = scene;
  ctx.strokeStyle = scene.colours.frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(
    Math.round(frame.left) + 0.5,
    Math.round(frame.top) + 0.5,
    Math.round(frame.width) - 1,
    Math.round(frame.height) - 1,
  );
}
