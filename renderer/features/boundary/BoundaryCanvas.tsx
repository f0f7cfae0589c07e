import { memo, useEffect, useMemo, useRef } from 'react';
import type { DecisionGridSnapshot } from '../../store/types';
import type { ThemeColours } from '../charts/theme-colours';
import { boundarySummary } from './boundary-summary';
import { useElementSize } from '../../ui/use-element-size';
import { boundaryScene, sceneCurve, sceneSurface } from './boundary-scene';
import { drawBoundary } from './draw-boundary';
import type { PlaneData } from './plane-data';

export { usesCurve } from './boundary-scene';

/** Props of the boundary canvas. */
export interface BoundaryCanvasProps {
  grid: DecisionGridSnapshot | null;
  plane: PlaneData;
  colours: ThemeColours;
  discretize: boolean;
  large?: boolean;
}

/**
 * The decision surface and the data on a <canvas>, sized to its box at the device's pixel ratio;
 * the surface is recomputed only when the snapshot, the colours or the discretise switch change.
 */
export const BoundaryCanvas = memo(function BoundaryCanvas({
  grid,
  plane,
  colours,
  discretize,
  large,
}: BoundaryCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const { width, height } = useElementSize(box);

  const surface = useMemo(() => sceneSurface(grid, plane, colours, discretize), [grid, plane, colours, discretize]);
  const curve = useMemo(() => sceneCurve(grid, plane), [grid, plane]);
  // What the picture shows, in words, for screen readers.
  const summary = useMemo(() => (grid ? boundarySummary(grid, plane) : ''), [grid, plane]);

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || width === 0 || height === 0) return;
    const scale = window.devicePixelRatio || 1;
    element.width = Math.round(width * scale);
    element.height = Math.round(height * scale);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    scratch.current ??= document.createElement('canvas');
    const pointRadius = large ? 4 : Math.max(2, Math.min(3.2, Math.min(width, height) / 70));
    drawBoundary(
      ctx,
      boundaryScene({ surface, curve }, plane, colours, { width, height, pointRadius }),
      width,
      height,
      scratch.current,
    );
  }, [surface, curve, plane, colours, width, height, large]);

  return (
    <div className="boundary-canvas" ref={box}>
      <canvas
        ref={canvas}
        className="boundary-canvas__canvas"
        data-testid="boundary-canvas"
        data-step={grid?.step ?? ''}
        aria-label={grid ? summary : 'The data, before training'}
        role="img"
      />
    </div>
  );
});
