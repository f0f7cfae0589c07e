/**
 * A chart as a PNG: a canvas chart's scene painted again, or an SVG chart serialised with the page's
 * font, over the panel colour at twice its size (crisp on projectors and in slides), under a band
 * with the chart's title and legend (which are HTML on screen, outside the chart), and encoded.
 */
import { type ChartScene, drawSeriesChart } from './draw-series-chart';
import { HEADER_LINE, HEADER_PADDING, headerLayout } from './png-header-layout';

/** The PNG is this many times the on-screen size. */
const EXPORT_SCALE = 2;
const SWATCH = 16;

/** A legend entry drawn into the image. */
export interface PngLegendItem {
  name: string;
  colour: string;
  dashed?: boolean;
}

/** What goes around the chart in the image. */
export interface PngDecoration {
  title: string;
  /** Used instead of `title` when that does not fit the image's width. */
  shortTitle: string;
  legend: readonly PngLegendItem[];
  background: string;
  text: string;
  muted: string;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image: its SVG did not load.'));
    image.src = url;
  });
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The chart could not be drawn as an image: no 2-D canvas is available.');
  return ctx;
}

/** Encodes `canvas` as a PNG Blob. */
function encode(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The chart image could not be encoded as PNG.'))),
      'image/png',
    ),
  );
}

/**
 * A canvas at EXPORT_SCALE × (width × height + the header band) over the panel colour, with the
 * title and legend of `decoration` drawn in the band and `paint` drawing the chart below it (in CSS
 * pixels, its origin at the chart's top left).
 */
function compose(
  width: number,
  height: number,
  fontFamily: string,
  decoration: PngDecoration,
  paint: (ctx: CanvasRenderingContext2D) => void,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const titleFont = `600 13px ${fontFamily}`;
  const legendFont = `11px ${fontFamily}`;
  let ctx = context(canvas);
  ctx.font = titleFont;
  const title =
    ctx.measureText(decoration.title).width <= width - 2 * HEADER_PADDING ? decoration.title : decoration.shortTitle;
  const titleWidth = ctx.measureText(title).width;
  ctx.font = legendFont;
  const entryWidths = decoration.legend.map((item) => SWATCH + 4 + ctx.measureText(item.name).width);
  const layout = headerLayout(titleWidth, entryWidths, width);

  canvas.width = Math.round(width * EXPORT_SCALE);
  canvas.height = Math.round((height + layout.height) * EXPORT_SCALE);
  ctx = context(canvas);
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  ctx.fillStyle = decoration.background;
  ctx.fillRect(0, 0, width, height + layout.height);
  ctx.textBaseline = 'middle';
  ctx.font = titleFont;
  ctx.fillStyle = decoration.text;
  ctx.fillText(title, HEADER_PADDING, HEADER_PADDING + HEADER_LINE / 2);
  ctx.font = legendFont;
  decoration.legend.forEach((item, i) => {
    const { x, line } = layout.entries[i];
    const y = HEADER_PADDING + line * HEADER_LINE + HEADER_LINE / 2;
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(item.dashed ? [5, 3] : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + SWATCH, y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = decoration.muted;
    ctx.fillText(item.name, x + SWATCH + 4, y);
  });
  ctx.save();
  ctx.translate(0, layout.height);
  paint(ctx);
  ctx.restore();
  return canvas;
}

/** Renders `svg` (as shown now) to a PNG Blob with the title and legend of `decoration` above it. */
export async function svgToPng(svg: SVGSVGElement, decoration: PngDecoration): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const fontFamily = getComputedStyle(svg).fontFamily;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // An SVG drawn as an image sees no page CSS, so the text would fall back to a serif font.
  copy.setAttribute('font-family', fontFamily);
  const source = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    return await encode(
      compose(width, height, fontFamily, decoration, (ctx) => ctx.drawImage(image, 0, 0, width, height)),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Paints a canvas chart's scene again at EXPORT_SCALE (crisp, not an upscaled bitmap) to a PNG Blob under its title and legend. */
export function sceneToPng(scene: ChartScene, fontFamily: string, decoration: PngDecoration): Promise<Blob> {
  return encode(compose(scene.width, scene.height, fontFamily, decoration, (ctx) => drawSeriesChart(ctx, scene)));
}
