/** What a screen reader hears for a node card, an edge and a layer of the graph list: one sentence each, from the analysis. */
import { layerSpec } from '../../../src/layers/index';
import type { GraphNode } from '../../../src/graph/index';
import { paramsLabel, shapeLabel } from '../../ui/format';

/** The facts a description needs about a node: its output width and parameter count (null while unknown) and its problems. */
export interface NodeFacts {
  width: number | null;
  paramCount: number | null;
  problems: number;
}

/** "Linear 1, Linear layer, output [B, 10], 30 params" (plus how many problems it has), for a card's aria-label and the layer list. */
export function describeNode(node: GraphNode, facts: NodeFacts): string {
  const parts = [
    node.name,
    `${layerSpec(node.kind).title} layer`,
    `output ${shapeLabel(facts.width)}`,
    facts.paramCount === null ? 'parameters unknown until connected' : paramsLabel(facts.paramCount),
  ];
  if (facts.problems > 0) parts.push(facts.problems === 1 ? '1 problem' : `${facts.problems} problems`);
  return parts.join(', ');
}

/** "Connection from Input 1 to Linear 1, carries [B, 2]", for an edge's aria-label. */
export function describeEdge(sourceName: string, targetName: string, width: number | null): string {
  return `Connection from ${sourceName} to ${targetName}, carries ${shapeLabel(width)}`;
}
