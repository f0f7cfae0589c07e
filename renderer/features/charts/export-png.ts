/**
 * A chart's SVG as a PNG: the SVG is serialised with the page's font, drawn onto a canvas over the
 * panel colour at twice its size (crisp on projectors and in slides), and encoded.
 */

/** The PNG is this many times the on-screen size. */
const EXPORT_SCALE = 2;
/** Height (CSS pixels) of the band above the chart that holds the legend. */
const LEGEND_BAND = 22;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image: its SVG did not load.'));
    image.src = url;
  });
}

/** A legend entry drawn into the image (the on-screen legend is HTML, outside the SVG). */
export interface PngLegendItem {
  name: string;
  colour: string;
  dashed?: boolean;
}

/** Draws the legend entries in a row at the top right, in CSS-pixel units of a context already scaled. */
function drawLegend(ctx: CanvasRenderingContext2D, items: readonly PngLegendItem[], width: number, textColour: string, font: string): void {
  ctx.font = `11px ${font}`;
  ctx.textBaseline = 'middle';
  const swatch = 16;
  const gap = 12;
  const widths = items.map((item) => swatch + 4 + ctx.measureText(item.name).width);
  let x = width - 12 - widths.reduce((a, b) => a + b + gap, -gap);
  const y = LEGEND_BAND / 2;
  items.forEach((item, i) => {
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(item.dashed ? [5, 3] : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + swatch, y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = textColour;
    ctx.fillText(item.name, x + swatch + 4, y);
    x += widths[i] + gap;
  });
}

/** Renders `svg` (as shown now) to a PNG Blob on a `background` fill, with an optional legend in `textColour`. */
export async function svgToPng(svg: SVGSVGElement, background: string, legend: readonly PngLegendItem[] = [], textColour = '#000'): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // An SVG drawn as an image sees no page CSS, so the text would fall back to a serif font.
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  const source = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * EXPORT_SCALE);
    const band = legend.length > 0 ? LEGEND_BAND : 0;
    canvas.height = Math.round((height + band) * EXPORT_SCALE);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('The chart could not be drawn as an image: no 2-D canvas is available.');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
    ctx.drawImage(image, 0, band, width, height);
    if (legend.length > 0) drawLegend(ctx, legend, width, textColour, getComputedStyle(svg).fontFamily);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart image could not be encoded as PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
