/**
 * The boundary as images for slides: a snapshot drawn off screen exactly as the view draws it
 * (same colours, points and frame) with a caption band below, as a PNG, or every stored snapshot
 * as the frames of an animated GIF.
 */
import type { MetricPoint } from '../../../src/project/light';
import type { DecisionGridSnapshot } from '../../store/types';
import { readThemeColours, type ThemeColours } from '../charts/theme-colours';
import { boundaryCaption } from './boundary-caption';
import { boundaryScene, sceneCurve, sceneSurface, usesCurve } from './boundary-scene';
import { drawBoundary } from './draw-boundary';
import { encodeGif, type GifFrame } from './gif-encode';
import type { PlaneData } from './plane-data';

/** Size of an exported image in CSS pixels: its width, the caption band under the plot, and the plot's height limits. */
export const IMAGE_LAYOUT = {
  width: 480,
  captionHeight: 34,
  minPlotHeight: 200,
  maxPlotHeight: 560,
  curvePlotHeight: 320,
} as const;

/** The plot's height for the plane: as tall as the data's aspect asks (equal scales, so circles stay round), within limits. */
export function plotHeightFor(plane: PlaneData): number {
  const { width, minPlotHeight, maxPlotHeight, curvePlotHeight } = IMAGE_LAYOUT;
  if (usesCurve(plane)) return curvePlotHeight;
  const spanX = plane.bounds.x1[1] - plane.bounds.x1[0] || 1;
  const spanY = plane.bounds.x2[1] - plane.bounds.x2[0] || 1;
  // The frame keeps a 4-pixel margin on each side (fitFrame), hence the 8.
  return Math.round(Math.min(maxPlotHeight, Math.max(minPlotHeight, ((width - 8) * spanY) / spanX + 8)));
}

/** The theme's colours as the page shows them now. */
export function currentThemeColours(): ThemeColours {
  const style = getComputedStyle(document.documentElement);
  return readThemeColours((name) => style.getPropertyValue(name).trim());
}

/** What every image of one export shares. */
export interface BoundaryImageSource {
  plane: PlaneData;
  colours: ThemeColours;
  discretize: boolean;
  metrics: readonly MetricPoint[];
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('The boundary could not be drawn as an image: no 2-D canvas is available.');
  return ctx;
}

/** Draws `grid` with its caption onto a new canvas, `scale` device pixels per CSS pixel. */
export function drawBoundaryImage(
  grid: DecisionGridSnapshot,
  source: BoundaryImageSource,
  scale: number,
): HTMLCanvasElement {
  const { width, captionHeight } = IMAGE_LAYOUT;
  const plotHeight = plotHeightFor(source.plane);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((plotHeight + captionHeight) * scale);
  const ctx = context(canvas);
  ctx.scale(scale, scale);
  const { colours } = source;
  ctx.fillStyle = colours.panel;
  ctx.fillRect(0, 0, width, plotHeight + captionHeight);
  const scene = boundaryScene(
    { surface: sceneSurface(grid, source.plane, colours, source.discretize), curve: sceneCurve(grid, source.plane) },
    source.plane,
    colours,
    { width, height: plotHeight, pointRadius: 3.5 },
  );
  drawBoundary(ctx, scene, width, plotHeight, document.createElement('canvas'));
  // drawBoundary clears its box to transparent; a GIF has no alpha, so paint the panel behind it.
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = colours.panel;
  ctx.fillRect(0, 0, width, plotHeight);
  ctx.globalCompositeOperation = 'source-over';

  const caption = boundaryCaption(grid, source.metrics);
  const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
  ctx.textBaseline = 'middle';
  const y = plotHeight + captionHeight / 2;
  ctx.font = `600 14px ${fontFamily}`;
  ctx.fillStyle = colours.text;
  ctx.textAlign = 'left';
  ctx.fillText(caption.moment, 10, y);
  ctx.font = `13px ${fontFamily}`;
  ctx.fillStyle = colours.muted;
  ctx.textAlign = 'right';
  ctx.fillText(caption.metrics, width - 10, y);
  return canvas;
}

/** The PNG of one snapshot at twice its CSS size (crisp on projectors). */
export function boundaryPng(grid: DecisionGridSnapshot, source: BoundaryImageSource): Promise<Blob> {
  const canvas = drawBoundaryImage(grid, source, 2);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The boundary image could not be encoded as PNG.'))),
      'image/png',
    ),
  );
}

/**
 * The animated GIF of every snapshot in order, one frame each, at 1× size; `source` may differ by snapshot (wide data:
 * each drawn over the plane its grid was drawn over).
 */
export function boundaryGif(
  grids: readonly DecisionGridSnapshot[],
  source: BoundaryImageSource | ((grid: DecisionGridSnapshot) => BoundaryImageSource),
): Uint8Array {
  const frames: GifFrame[] = grids.map((grid) => {
    const canvas = drawBoundaryImage(grid, typeof source === 'function' ? source(grid) : source, 1);
    const { data } = context(canvas).getImageData(0, 0, canvas.width, canvas.height);
    return { rgba: data, width: canvas.width, height: canvas.height };
  });
  return encodeGif(frames);
}
