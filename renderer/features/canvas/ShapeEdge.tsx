import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath, getSmoothStepPath } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { ShapeFlowEdge } from './flow-elements';

/** How far a backward edge runs straight out of its handle before it turns, and how round its corners are. */
const RETURN_OFFSET = 18;
const RETURN_RADIUS = 10;

/**
 * An edge with its tensor shape written at its middle, always in the one short notation ("[B, 8]",
 * B the batch; the full form is its tooltip), so that no canvas mixes two notations. An edge that runs backwards (the wrap from one row's end to the next row's start) is drawn
 * as a right-angled return between the rows; a bezier would loop round both cards.
 */
export function ShapeEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<ShapeFlowEdge>) {
  const ends = { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition };
  const backwards = targetX < sourceX - RETURN_OFFSET;
  const [path, labelX, labelY] = backwards ? getSmoothStepPath({ ...ends, offset: RETURN_OFFSET, borderRadius: RETURN_RADIUS }) : getBezierPath(ends);
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
          title={data ? `${data.label}: B is the batch size` : undefined}
        >
          {data?.shortLabel}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
