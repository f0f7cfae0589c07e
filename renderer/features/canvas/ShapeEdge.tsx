import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath, getSmoothStepPath } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { ShapeFlowEdge } from './flow-elements';

/** How far a backward edge runs straight out of its handle before it turns, and how round its corners are. */
const RETURN_OFFSET = 18;
const RETURN_RADIUS = 10;

/**
 * A skip connection's arc: it leaves its source, rises above the cards it jumps over (higher the
 * longer the jump) and comes down into its target. Returns the path and its label's point, the top.
 */
export function arcPath(sourceX: number, sourceY: number, targetX: number, targetY: number): [string, number, number] {
  const rise = Math.min(220, 60 + Math.abs(targetX - sourceX) * 0.2);
  const top = Math.min(sourceY, targetY) - rise;
  const path = `M ${sourceX} ${sourceY} C ${sourceX + 30} ${top}, ${targetX - 30} ${top}, ${targetX} ${targetY}`;
  // A cubic with both inner controls at `top` peaks three quarters of the way up.
  return [path, (sourceX + targetX) / 2, Math.min(sourceY, targetY) - rise * 0.75];
}

/**
 * An edge with its tensor shape written at its middle, always in the one short notation ("[B, 8]",
 * B the batch; the full form is its tooltip), so that no canvas mixes two notations. An edge that runs backwards (the
 * wrap from one row's end to the next row's start) is drawn
 * as a right-angled return between the rows; a bezier would loop round both cards.
 */
export function ShapeEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
  selected,
}: EdgeProps<ShapeFlowEdge>) {
  const ends = { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition };
  const backwards = targetX < sourceX - RETURN_OFFSET;
  const arc = Boolean(data?.skip) && !backwards;
  const [path, labelX, labelY] = arc
    ? arcPath(sourceX, sourceY, targetX, targetY)
    : backwards
      ? getSmoothStepPath({ ...ends, offset: RETURN_OFFSET, borderRadius: RETURN_RADIUS })
      : getBezierPath(ends);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`shape-edge${selected ? ' is-selected' : ''}${data?.tint ? ' is-tinted' : ''}${arc ? ' shape-edge--skip' : ''}`}
        style={data?.tint ? ({ '--tint': data.tint } as CSSProperties) : undefined}
      />
      <EdgeLabelRenderer>
        <div
          className={`edge-label${data?.known ? '' : ' edge-label--unknown'}${selected ? ' is-selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid={`edge-label-${id}`}
          title={data ? `${data.label}: B is the batch size` : undefined}
        >
          {data?.shortLabel}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
