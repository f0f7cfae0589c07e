import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import { nodeTip } from '../../../src/help/index';
import { layerSpec } from '../../../src/layers/index';
import { TIPS } from '../../help/tips';
import { formatCompact, paramsLabel, shapeLabel } from '../../ui/format';
import { tip } from '../../ui/tip';
import type { LayerFlowNode } from './flow-elements';
import { GroupCard } from './GroupCard';
import { IssueBadge } from './IssueBadge';

/**
 * A node card: a stripe in its kind's colour, its name and kind, the key parameters, the output
 * shape and the parameter count; handles on the sides it can connect (Input takes no input,
 * Output gives none; Add and Concat take several).
 */
export const LayerNode = memo(function LayerNode({ id, data, selected }: NodeProps<LayerFlowNode>) {
  const { node, summary, width, paramCount, issues, inputCount, tint, group } = data;
  const spec = layerSpec(node.kind);
  if (group) return <GroupCard id={id} group={group} selected={selected} />;
  const severity = issues.some((i) => i.severity === 'error') ? 'error' : issues.length > 0 ? 'warning' : null;
  const manyInputs = spec.maxInputs > 1;
  const classes = [
    'layer-node',
    `kind-${node.kind}`,
    selected ? 'is-selected' : '',
    severity ? `has-${severity}` : '',
    tint ? 'is-tinted' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={classes}
      data-testid={`node-${id}`}
      data-kind={node.kind}
      data-tint={tint}
      {...tip(nodeTip(node))}
      style={tint ? ({ '--tint': tint } as CSSProperties) : undefined}
    >
      {spec.maxInputs > 0 && (
        <Handle
          type="target"
          position={Position.Left}
          className={manyInputs ? 'handle-many' : ''}
          data-testid={`handle-in-${id}`}
          role="img"
          aria-label={`Input of ${node.name}`}
          {...tip(manyInputs ? TIPS['canvas.handleInMany'] : TIPS['canvas.handleIn'])}
        />
      )}
      <div className="layer-node__head">
        <span className="layer-node__kind">{spec.title}</span>
        {manyInputs && <span className="layer-node__inputs">{inputCount} in</span>}
      </div>
      <div className="layer-node__name">{node.name}</div>
      <div className="layer-node__summary">{summary || '\u00a0'}</div>
      <div className="layer-node__foot">
        <span className="layer-node__shape" data-testid={`node-shape-${id}`}>
          {shapeLabel(width)}
        </span>
        <span
          className="layer-node__params"
          data-testid={`node-params-${id}`}
          {...tip(
            paramCount === null
              ? 'Unknown until the inputs are connected.'
              : `${paramsLabel(paramCount)}: the numbers this node learns or keeps.`,
          )}
        >
          {paramCount === null ? '– params' : `${formatCompact(paramCount)} ${paramCount === 1 ? 'param' : 'params'}`}
        </span>
      </div>
      {severity && <IssueBadge nodeId={id} severity={severity} messages={issues.map((i) => i.message)} />}
      {spec.hasOutput && (
        <Handle
          type="source"
          position={Position.Right}
          data-testid={`handle-out-${id}`}
          role="img"
          aria-label={`Output of ${node.name}`}
          {...tip(TIPS['canvas.handleOut'])}
        />
      )}
    </div>
  );
});
