import type { GraphNode } from '../../../src/graph/index';
import { type ParamField, specOf } from '../../../src/layers/index';
import { selectAnalysis } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';
import { paramsLabel, shapeLabel } from '../../ui/format';
import { nodeFieldControl } from '../classroom/control-registry';
import { ConnectionsField } from './ConnectionsField';
import { NameField } from './NameField';
import { ParamFieldEditor } from './ParamFieldEditor';
import { paramPatch } from './param-patch';

/** Props of the node inspector. */
export interface NodeInspectorProps {
  node: GraphNode;
}

/** The selected node's name, what its kind computes, its shape and parameter count, its problems and every parameter that applies. */
export function NodeInspector({ node }: NodeInspectorProps) {
  const updateNodeParams = useAppStore((s) => s.updateNodeParams);
  const renameNode = useAppStore((s) => s.renameNode);
  const shape = useAppStore((s) => selectAnalysis(s).shapes.get(node.id));
  const count = useAppStore((s) => selectAnalysis(s).paramCounts.get(node.id));
  const issues = useAppStore((s) => selectAnalysis(s).issuesByNode.get(node.id));
  const spec = specOf(node);
  const params = node.params as unknown as Record<string, unknown>;
  const fields = (spec.fields as ParamField<unknown>[]).filter((f) => !f.appliesTo || f.appliesTo(node.params));

  return (
    <div className="node-inspector" data-testid={`inspector-${node.id}`}>
      <p className={`kind-tag kind-${node.kind}`}>{spec.title}</p>
      <p className="hint">{spec.summary}</p>
      <NameField key={node.id} value={node.name} onRename={(name) => renameNode(node.id, name)} />
      <dl className="facts">
        <dt>Output</dt>
        <dd data-testid="inspector-shape">{shapeLabel(shape?.width)}</dd>
        <dt>Parameters</dt>
        <dd data-testid="inspector-params">{count === undefined ? 'unknown until connected' : paramsLabel(count)}</dd>
      </dl>
      {issues && issues.length > 0 && (
        <ul className="issue-list" data-testid="inspector-issues">
          {issues.map((issue) => (
            <li key={issue.code + issue.message} className={`issue-list__item issue-list__item--${issue.severity}`}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      {fields.map((field) => (
        <ParamFieldEditor
          key={`${node.id}:${field.key}`}
          field={field}
          value={params[field.key]}
          controlId={nodeFieldControl(node.kind, field.key)}
          onChange={(value) => updateNodeParams(node.id, paramPatch(node, field.key, value))}
        />
      ))}
      {fields.length === 0 && <p className="hint">This node has no parameters to set.</p>}
      <ConnectionsField node={node} />
    </div>
  );
}
