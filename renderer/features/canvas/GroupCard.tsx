import { Handle, Position } from '@xyflow/react';
import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import type { LayerNodeData } from './flow-elements';

/** Props of a collapsed group's card. */
export interface GroupCardProps {
  id: string;
  group: NonNullable<LayerNodeData['group']>;
  selected?: boolean;
}

/**
 * The card of a collapsed group of repeated layers: "8 × [Linear 16 → Sigmoid]", one swatch per real
 * layer tinted by its own gradient while training (so depth still shows), and a click to expand.
 */
export function GroupCard({ id, group, selected }: GroupCardProps) {
  const setGroupCollapsed = useAppStore((s) => s.setGroupCollapsed);
  return (
    <div
      className={`layer-node group-card${selected ? ' is-selected' : ''}`}
      data-testid={`group-card-${group.id}`}
      data-node-id={id}
    >
      <Handle
        type="target"
        position={Position.Left}
        data-testid={`handle-in-${id}`}
        {...tip(TIPS['canvas.handleIn'])}
      />
      <div className="layer-node__head">
        <span className="layer-node__kind">Repeated layers</span>
      </div>
      <div className="layer-node__name group-card__label" data-testid={`group-label-${group.id}`}>
        {group.label}
      </div>
      <div className="group-card__layers" aria-label="Each layer's gradient, input to output">
        {group.layers.map((layer) => (
          <span
            key={layer.id}
            className="group-card__layer"
            data-testid="group-layer"
            data-layer={layer.id}
            data-tint={layer.tint ?? ''}
            title={layer.name}
            style={layer.tint ? { background: layer.tint } : undefined}
          />
        ))}
      </div>
      <button
        type="button"
        className="button button--small group-card__expand nodrag"
        data-testid={`btn-expand-${group.id}`}
        {...tip('Show every layer of this group on the canvas again.')}
        onClick={() => setGroupCollapsed(group.id, false)}
      >
        Expand
      </button>
      <Handle
        type="source"
        position={Position.Right}
        data-testid={`handle-out-${id}`}
        {...tip(TIPS['canvas.handleOut'])}
      />
    </div>
  );
}
