import { memo, type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { WeightValues } from '../../../src/training/index';
import { formatLoss, formatMagnitude } from '../charts/metric-format';
import { cellAt, type DivergingPalette, divergingPixels, maxAbs } from './kernel-pixels';

/** Props of a kernel heatmap. */
export interface KernelHeatmapProps {
  kernel: WeightValues;
  palette: DivergingPalette;
  /** The box (CSS pixels) the heatmap must fit in; cells stay square. */
  maxWidth: number;
  maxHeight: number;
}

/**
 * A Linear kernel W as a heatmap, one canvas pixel per weight (rows = inputs, columns = units)
 * scaled up without smoothing so every weight is a crisp square; hovering names the weight and its value.
 */
export const KernelHeatmap = memo(function KernelHeatmap({ kernel, palette, maxWidth, maxHeight }: KernelHeatmapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [rows, cols] = kernel.shape.length === 2 ? kernel.shape : [1, kernel.values.length];
  const scale = useMemo(() => maxAbs(kernel.values), [kernel]);
  const [hover, setHover] = useState<{ row: number; col: number } | null>(null);
  const cell = Math.max(1, Math.min(maxWidth / cols, maxHeight / rows, 28));
  const size = { width: Math.round(cell * cols), height: Math.round(cell * rows) };

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.putImageData(new ImageData(divergingPixels(kernel.values, rows, cols, scale, palette), cols, rows), 0, 0);
  }, [kernel, rows, cols, scale, palette]);

  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHover(cellAt(event.clientX - box.left, event.clientY - box.top, box.width, box.height, rows, cols));
  };
  const value = hover ? kernel.values[hover.row * cols + hover.col] : null;
  return (
    <figure className="kernel-heatmap">
      <canvas
        ref={canvas}
        width={cols}
        height={rows}
        className="kernel-heatmap__canvas"
        style={size}
        data-testid={`kernel-heatmap-${kernel.nodeId}`}
        aria-label={`Kernel of ${rows} inputs by ${cols} units, largest magnitude ${formatMagnitude(scale)}`}
        role="img"
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
      />
      <figcaption className="kernel-heatmap__caption" data-testid={`kernel-value-${kernel.nodeId}`}>
        {hover && value !== null
          ? `W[${hover.row + 1}, ${hover.col + 1}] = ${formatLoss(value)}`
          : `${rows}×${cols}, |w| ≤ ${formatMagnitude(scale)}`}
      </figcaption>
    </figure>
  );
});
