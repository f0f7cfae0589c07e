/** Which graphs the fast engine can train: only node kinds it has a hand-written backward pass for. */
import { activeSubgraph } from '../../graph/index';
import type { Graph, NodeKind } from '../../graph/types';

/** Node kinds the fast engine runs; Dropout and BatchNorm train on the tfjs path. */
export const FAST_NODE_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'input',
  'dense',
  'activation',
  'add',
  'concat',
  'output',
]);

/** Whether the fast engine can train a graph, and if not, which node stops it. */
export type FastSupport = { supported: true } | { supported: false; nodeId: string; reason: string };

/** Checks the part of `graph` that trains (the nodes between the Input and the Output) against FAST_NODE_KINDS. */
export function fastEngineSupport(graph: Graph): FastSupport {
  const blocker = activeSubgraph(graph).nodes.find((n) => !FAST_NODE_KINDS.has(n.kind));
  if (!blocker) return { supported: true };
  return {
    supported: false,
    nodeId: blocker.id,
    reason:
      `'${blocker.name}' is a ` +
      `${blocker.kind === 'batchNorm' ? 'BatchNorm' : blocker.kind === 'dropout' ? 'Dropout' : blocker.kind} ` +
      `node, which only the tfjs engine trains`,
  };
}
