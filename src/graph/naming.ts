import { ACTIVATIONS } from '../layers/activation';
import { LAYER_SPECS } from '../layers/index';
import type { ActivationName, Graph, GraphNode, NodeKind } from './types';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Highest n among the strings that read `${prefix}${n}`; 0 when none does. */
function highestSuffix(values: Iterable<string>, prefix: string): number {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let highest = 0;
  for (const value of values) {
    const match = pattern.exec(value);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** The word a node's automatic name starts with: the kind's title, or for an activation its function ("ReLU"). */
export function nameLabel(kind: NodeKind, activation?: ActivationName): string {
  if (kind === 'activation' && activation && ACTIVATIONS[activation]) return ACTIVATIONS[activation].label;
  return LAYER_SPECS[kind].title;
}

/** The label of an existing node's automatic name. */
export function nodeNameLabel(node: GraphNode): string {
  return nameLabel(node.kind, node.kind === 'activation' ? node.params.activation : undefined);
}

/** A fresh id `${kind}-${n}`, n one above the highest such id in the graph (ids are never reused while their node lives). */
export function nextNodeId(graph: Graph, kind: NodeKind): string {
  const taken = new Set(graph.nodes.map((n) => n.id));
  let n = highestSuffix(taken, `${kind}-`) + 1;
  while (taken.has(`${kind}-${n}`)) n += 1;
  return `${kind}-${n}`;
}

/** A fresh name `${label} ${n}`, n one above the highest such name in the graph ("Linear 3" after "Linear 2"). */
export function nextNodeName(graph: Graph, label: string): string {
  return `${label} ${
    highestSuffix(
      graph.nodes.map((n) => n.name),
      `${label} `,
    ) + 1
  }`;
}

/** Whether a name is an automatic one for this label ("ReLU 2" for ReLU), so that it may follow a change of activation. */
export function isAutoName(name: string, label: string): boolean {
  return new RegExp(`^${escapeRegExp(label)} \\d+$`).test(name);
}

/** A fresh edge id for source → target, unique in the graph. */
export function nextEdgeId(graph: Graph, sourceId: string, targetId: string): string {
  const taken = new Set(graph.edges.map((e) => e.id));
  const base = `e-${sourceId}-${targetId}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
