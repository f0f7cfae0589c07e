/**
 * A chart's SVG as a PNG: the SVG is serialised with the page's font and drawn onto a canvas over
 * the panel colour at twice its size (crisp on projectors and in slides), under a band with the
 * chart's title and legend (which are HTML on screen, outside the SVG), and encoded.
 */
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
    const canvas = document.createElement('canvas');
    const titleFont = `600 13px ${fontFamily}`;
    const legendFont = `11px ${fontFamily}`;
    let ctx = context(canvas);
    ctx.font = titleFont;
    const title = ctx.measureText(decoration.title).width <= width - 2 * HEADER_PADDING ? decoration.title : decoration.shortTitle;
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
    ctx.drawImage(image, 0, layout.height, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart image could not be encoded as PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
