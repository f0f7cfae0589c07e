/** The network as a screen reader reads it: its layers in order, input to output, each with shape, count and inputs. */
import { topologicalOrder, type Graph } from '../../../src/graph/index';
import type { GraphAnalysis } from '../../store/analysis';
import { describeNode } from '../canvas/graph-description';

/** One line of the layer list. */
export interface LayerLine {
  id: string;
  text: string;
}

/** The layers in data-flow order (a loop's nodes last), each described with its shape, parameters and what feeds it. */
export function layerLines(graph: Graph, analysis: Pick<GraphAnalysis, 'shapes' | 'paramCounts' | 'issuesByNode'>) {
  const { order, cyclic } = topologicalOrder(graph);
  const looped = graph.nodes.filter((n) => cyclic.includes(n.id));
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return [...order, ...looped].map((node): LayerLine => {
    const sources = graph.edges.filter((e) => e.target === node.id).map((e) => names.get(e.source) ?? e.source);
    const fed = node.kind === 'input' ? '' : sources.length > 0 ? `, from ${sources.join(' and ')}` : ', not connected';
    const facts = {
      width: analysis.shapes.get(node.id)?.width ?? null,
      paramCount: analysis.paramCounts.get(node.id) ?? null,
      problems: analysis.issuesByNode.get(node.id)?.length ?? 0,
    };
    return { id: node.id, text: describeNode(node, facts) + fed };
  });
}
