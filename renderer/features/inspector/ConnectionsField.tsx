import { useMemo, useRef, useState } from 'react';
import { connectTargets, type GraphNode } from '../../../src/graph/index';
import { layerSpec } from '../../../src/layers/index';
import { ACCESS_TIPS } from '../../help/accessibility-tips';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import './connections.css';

/**
 * The node's connections without a mouse: each edge in and out with a Disconnect button, and a "Connect to…" field
 * listing the layers the node may feed.
 */
export function ConnectionsField({ node }: { node: GraphNode }) {
  const graph = useAppStore((s) => s.document.graph);
  const connect = useAppStore((s) => s.connect);
  const disconnect = useAppStore((s) => s.disconnect);
  const [choice, setChoice] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const targets = useMemo(() => connectTargets(graph, node.id), [graph, node.id]);
  const names = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.name])), [graph.nodes]);
  const edges = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
  const picked = targets.includes(choice) ? choice : (targets[0] ?? '');
  const canFeed = layerSpec(node.kind).hasOutput;

  return (
    <fieldset className="connections" data-testid="connections">
      <legend>Connections</legend>
      {edges.length === 0 && <p className="hint">Not connected.</p>}
      <ul className="connections__list">
        {edges.map((edge) => {
          const incoming = edge.target === node.id;
          const other = names.get(incoming ? edge.source : edge.target) ?? '?';
          return (
            <li key={edge.id} data-testid={`connection-${edge.id}`}>
              <span>{incoming ? `from ${other}` : `to ${other}`}</span>
              <button
                type="button"
                className="button button--small"
                data-testid={`disconnect-${edge.id}`}
                aria-label={`Disconnect ${incoming ? `${other} from ${node.name}` : `${node.name} from ${other}`}`}
                {...tip(ACCESS_TIPS.disconnect)}
                onClick={() => {
                  disconnect([edge.id]);
                  select.current?.focus();
                }}
              >
                Disconnect
              </button>
            </li>
          );
        })}
      </ul>
      {canFeed && (
        <form
          className="connections__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (picked) connect(node.id, picked);
          }}
        >
          <label htmlFor={`connect-to-${node.id}`}>Connect to…</label>
          <select
            ref={select}
            id={`connect-to-${node.id}`}
            value={picked}
            disabled={targets.length === 0}
            data-testid="connect-to"
            {...tip(ACCESS_TIPS.connectTo)}
            onChange={(e) => setChoice(e.target.value)}
          >
            {targets.length === 0 && <option value="">none can take it</option>}
            {targets.map((id) => (
              <option key={id} value={id}>
                {names.get(id)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--small"
            disabled={!picked}
            data-testid="connect-to-apply"
            {...tip(ACCESS_TIPS.connectApply)}
          >
            Connect
          </button>
        </form>
      )}
    </fieldset>
  );
}
