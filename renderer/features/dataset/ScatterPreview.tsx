import { useEffect, useMemo, useRef } from 'react';
import {
  planeProjection,
  type PlaneProjection,
  type ProjectionChoice,
  type SplitDataset,
} from '../../../src/data/index';
import { useEffectiveTheme } from '../../app/use-effective-theme';
import { selectDataPreview } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';
import { formatCount } from '../../ui/format';
import { namedScale } from '../charts/colour-maps';
import { drawScatter, type ScatterColours } from './draw-scatter';

const CLASS_VARIABLES = Array.from({ length: 8 }, (_, i) => `--class-${i}`);

function themeColours(element: HTMLElement): ScatterColours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    classes: CLASS_VARIABLES.map(read),
    values: namedScale(read('--value-map')),
    axis: read('--border'),
  };
}

/**
 * The plane rows of more than two columns are drawn over: the boundary view's choice, or PCA where that choice does
 * not fit these columns; null for one or two columns.
 */
function previewPlane(split: SplitDataset | null, choice: ProjectionChoice): PlaneProjection | null {
  if (!split || split.train.features <= 2) return null;
  try {
    return planeProjection(split.train, choice);
  } catch {
    return planeProjection(split.train, { kind: 'pca' });
  }
}

/** The dataset as a scatter plot on a <canvas>, redrawn when the data, the plane or the theme changes. */
export function ScatterPreview() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const preview = useAppStore(selectDataPreview);
  const projection = useAppStore((s) => s.view.projection);
  const plane = useMemo(() => previewPlane(preview.split, projection), [preview.split, projection]);
  const theme = useEffectiveTheme();

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    // While a table is read (or after an error) the last dataset's points must not linger.
    if (!preview.split) {
      ctx.clearRect(0, 0, element.width, element.height);
      return;
    }
    const { width, height } = element.getBoundingClientRect();
    const scale = window.devicePixelRatio || 1;
    element.width = Math.round(width * scale);
    element.height = Math.round(height * scale);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    drawScatter(ctx, preview.split, width, height, themeColours(element), plane);
  }, [preview, plane, theme]);

  if (preview.error) {
    return (
      <p className="dataset-error" role="alert" data-testid="dataset-error">
        {preview.error}
      </p>
    );
  }
  const split = preview.split;
  return (
    <figure className="scatter" aria-busy={preview.pending ? true : undefined}>
      {preview.pending && (
        <p className="hint" role="status" data-testid="dataset-reading">
          Reading the table…
        </p>
      )}
      <canvas
        ref={canvas}
        className="scatter__canvas"
        data-testid="dataset-preview"
        aria-label="Scatter plot of the dataset"
      />
      {split && (
        <figcaption className="scatter__legend" data-testid="dataset-counts">
          <span>
            <i className="dot dot--filled" /> train {formatCount(split.train.n)}
          </span>
          <span>
            <i className="dot dot--ring" /> validation {formatCount(split.validation.n)}
          </span>
          <span>{split.train.task === 'regression' ? 'regression' : `${split.train.classes} classes`}</span>
          {plane && <span data-testid="dataset-plane">{plane.axes.join(' × ')}</span>}
        </figcaption>
      )}
    </figure>
  );
}
