import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { ShapeFlowEdge } from './flow-elements';

/** Horizontal room (canvas pixels) below which the label switches to its short form. */
const ROOM_FOR_FULL_LABEL = 110;

/** An edge with its tensor shape ("[batch, 8]", or "[B, 8]" where nodes sit close) written at its middle. */
export function ShapeEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<ShapeFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`shape-edge${selected ? ' is-selected' : ''}${data?.tint ? ' is-tinted' : ''}`}
        style={data?.tint ? ({ '--tint': data.tint } as CSSProperties) : undefined}
      />
      <EdgeLabelRenderer>
        <div
          className={`edge-label${data?.known ? '' : ' edge-label--unknown'}${selected ? ' is-selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid={`edge-label-${id}`}
          title={data?.label}
        >
          {Math.abs(targetX - sourceX) < ROOM_FOR_FULL_LABEL ? data?.shortLabel : data?.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
