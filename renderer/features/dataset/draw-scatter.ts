/**
 * Draws the dataset preview on a 2-D canvas: training points filled, validation points as rings,
 * coloured by class (or along the theme's sequential value scale by the target for regression). With
 * one feature the target goes on the vertical axis; with more than two, the rows are drawn over the plane the
 * boundary view uses (PCA, or two chosen columns).
 */
import { type Dataset, type PlaneProjection, projectRows, type SplitDataset } from '../../../src/data/index';
import { scaleColour } from '../charts/colour-maps';
import { type Rgb, toHex } from '../charts/colours';

/** Colours the preview reads from the theme (#rrggbb), and the value scale of regression targets. */
export interface ScatterColours {
  classes: string[];
  values: Rgb[];
  axis: string;
}

interface Extent {
  min: number;
  max: number;
}

function extentOf(values: number[]): Extent {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return { min: -1, max: 1 };
  const pad = (max - min || 1) * 0.06;
  return { min: min - pad, max: max + pad };
}

/** The plotted (horizontal, vertical) pair of every row: over `plane`, the two features, or the feature and the target. */
function pointsOf(ds: Dataset, plane: PlaneProjection | null): [number, number][] {
  if (plane) {
    const projected = projectRows(plane, ds.x, ds.n);
    return Array.from({ length: ds.n }, (_, i) => [projected[i * 2], projected[i * 2 + 1]]);
  }
  return Array.from({ length: ds.n }, (_, row) => {
    const x = ds.x[row * ds.features];
    return ds.features >= 2 ? [x, ds.x[row * ds.features + 1]] : [x, ds.y[row]];
  });
}

/**
 * Paints `split` into a canvas of `width`×`height` CSS pixels (the context is already scaled for the device); rows of
 * more than two columns over `plane`.
 */
export function drawScatter(
  ctx: CanvasRenderingContext2D,
  split: SplitDataset,
  width: number,
  height: number,
  colours: ScatterColours,
  plane: PlaneProjection | null = null,
): void {
  ctx.clearRect(0, 0, width, height);
  const parts = [split.train, split.validation];
  const partPoints = parts.map((ds) => pointsOf(ds, plane));
  const points = partPoints.flat();
  const ex = extentOf(points.map((p) => p[0]));
  const ey = extentOf(points.map((p) => p[1]));
  const sx = (v: number) => ((v - ex.min) / (ex.max - ex.min)) * width;
  const sy = (v: number) => height - ((v - ey.min) / (ey.max - ey.min)) * height;
  const regression = split.train.task === 'regression';
  const targets = extentOf(parts.flatMap((ds) => Array.from(ds.y)));

  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, width - 1, height - 1);

  const radius = Math.max(1.6, Math.min(3.2, 900 / Math.max(points.length, 1)));
  parts.forEach((ds, part) => {
    for (let i = 0; i < ds.n; i++) {
      const [px, py] = partPoints[part][i];
      const colour =
        regression && ds.features >= 2
          ? toHex(scaleColour(colours.values, (ds.y[i] - targets.min) / (targets.max - targets.min || 1)))
          : regression
            ? colours.classes[0]
            : colours.classes[ds.y[i] % colours.classes.length];
      ctx.beginPath();
      ctx.arc(sx(px), sy(py), radius, 0, Math.PI * 2);
      if (part === 0) {
        ctx.fillStyle = colour;
        ctx.fill();
      } else {
        ctx.strokeStyle = colour;
        ctx.lineWidth = 1.2;
        ctx.stroke();
      }
    }
  });
}
