import { LAYER_SPECS, specOf } from '../layers/index';
import { graphIssue, nodeIssue, quoteNames, type GraphIssue } from './issues';
import { findCycles, loopThrough, reachable } from './paths';
import { findNode, inputsOf, outputsOf } from './topology';
import type { Graph, GraphNode } from './types';

/** Facts about the wiring that the other checks build on. */
export interface Wiring {
  /** Nodes from which an Output can be reached: the ones that take part in the model. */
  onOutputPath: Set<string>;
  /** Nodes that receive data from an Input. */
  fedByInput: Set<string>;
  /** Nodes already reported for a loop or a wrong number of inputs. */
  broken: Set<string>;
}

/** Splits off nodes of unknown kinds and edges to missing nodes or repeated, reporting each, so that the other checks never meet them. */
export function checkIntegrity(graph: Graph): { graph: Graph; issues: GraphIssue[] } {
  const issues: GraphIssue[] = [];
  const seen = new Set<string>();
  const nodes: GraphNode[] = [];
  for (const node of graph.nodes) {
    if (!Object.hasOwn(LAYER_SPECS, node.kind)) {
      issues.push(
        nodeIssue(
          node,
          'error',
          'unknown-kind',
          `kind '${String(node.kind)}' is not one this app knows. Delete the node and add a supported one.`,
        ),
      );
    } else if (seen.has(node.id)) {
      issues.push(
        nodeIssue(
          node,
          'error',
          'duplicate-node-id',
          `its id '${node.id}' is used by another node too. Delete one of them.`,
        ),
      );
    } else {
      seen.add(node.id);
      nodes.push(node);
    }
  }
  const pairs = new Set<string>();
  const edges = graph.edges.filter((e) => {
    const pair = `${e.source}\u0000${e.target}`;
    if (!seen.has(e.source) || !seen.has(e.target)) {
      issues.push(
        graphIssue(
          'error',
          'dangling-edge',
          `Connection '${e.id}' joins '${e.source}' to '${e.target}', but one of them is not a node here. Delete the connection.`,
        ),
      );
      return false;
    }
    if (pairs.has(pair)) {
      issues.push(
        graphIssue(
          'warning',
          'duplicate-edge',
          `Connection '${e.id}' repeats an existing one from '${e.source}' to '${e.target}' and is ignored. Delete it.`,
        ),
      );
      return false;
    }
    pairs.add(pair);
    return true;
  });
  return { graph: { nodes, edges }, issues };
}

/** Exactly one node of the kind: none is a graph error, several are an error on each. */
function checkSingle(graph: Graph, kind: 'input' | 'output'): GraphIssue[] {
  const found = graph.nodes.filter((n) => n.kind === kind);
  const title = kind === 'input' ? 'Input' : 'Output';
  if (found.length === 0) {
    const hint = kind === 'input' ? 'connect it to the first layer' : 'connect the last layer to it';
    return [
      graphIssue('error', `no-${kind}`, `The network has no ${title} node. Drag one from the palette and ${hint}.`),
    ];
  }
  if (found.length === 1) return [];
  return found.map((n) =>
    nodeIssue(
      n,
      'error',
      `multiple-${kind}s`,
      `the network has ${found.length} ${title} nodes (${quoteNames(found)}) but takes exactly one. Delete all but one.`,
    ),
  );
}

/** One error per node on a loop, showing the loop through it. */
function checkCycles(graph: Graph, broken: Set<string>): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const name = (id: string) => `'${findNode(graph, id)?.name ?? id}'`;
  for (const component of findCycles(graph)) {
    for (const id of component) {
      broken.add(id);
      const loop = loopThrough(graph, id, component).map(name).join(' → ');
      issues.push(
        nodeIssue(
          findNode(graph, id) as GraphNode,
          'error',
          'cycle',
          `is part of a loop (${loop}). Remove one of these connections; data must flow one way from the Input to the Output.`,
        ),
      );
    }
  }
  return issues;
}

/** Wrong numbers of inputs (and connections out of the Output); errors on the output path, warnings off it. */
function checkArity(graph: Graph, wiring: Wiring): GraphIssue[] {
  const issues: GraphIssue[] = [];
  for (const node of graph.nodes) {
    const spec = specOf(node);
    const sources = inputsOf(graph, node.id).map((id) => findNode(graph, id) as GraphNode);
    const severity = wiring.onOutputPath.has(node.id) ? 'error' : 'warning';
    const count = sources.length;
    let text: string | null = null;
    if (spec.maxInputs === 0 && count > 0) {
      text = `receives connections from ${quoteNames(sources)}, but data enters the network here. Remove those connections.`;
    } else if (count === 0 && spec.minInputs > 0) {
      text =
        spec.minInputs > 1
          ? `has no input but needs at least ${spec.minInputs}. Connect the layers it should combine into it.`
          : 'has no input. Connect the layer that should feed it into it.';
    } else if (count < spec.minInputs) {
      text = `has ${count} input but needs at least ${spec.minInputs}. Connect another layer into it, or delete it.`;
    } else if (count > spec.maxInputs) {
      text = `has ${count} inputs (${quoteNames(sources)}) but takes one. Join them with an Add or Concat node first.`;
    }
    if (text) {
      wiring.broken.add(node.id);
      issues.push(nodeIssue(node, severity, 'arity', text));
    }
    if (!spec.hasOutput && outputsOf(graph, node.id).length > 0) {
      const targets = outputsOf(graph, node.id).map((id) => findNode(graph, id) as GraphNode);
      issues.push(
        nodeIssue(
          node,
          'error',
          'output-has-outputs',
          `feeds ${quoteNames(targets)}, but the Output ends the network. Remove those connections.`,
        ),
      );
    }
  }
  return issues;
}

/** Nodes that lead nowhere (warning) and nodes on the output path cut off from the Input (error, naming where the path breaks). */
function checkReachability(graph: Graph, wiring: Wiring): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const hasOutput = graph.nodes.some((n) => n.kind === 'output');
  const hasInput = graph.nodes.some((n) => n.kind === 'input');
  for (const node of graph.nodes) {
    if (hasOutput && !wiring.onOutputPath.has(node.id)) {
      issues.push(
        nodeIssue(
          node,
          'warning',
          'not-on-output-path',
          'does not lead to the Output, so it takes no part in training. Connect it onward or delete it.',
        ),
      );
    } else if (
      hasInput &&
      wiring.onOutputPath.has(node.id) &&
      !wiring.fedByInput.has(node.id) &&
      !wiring.broken.has(node.id)
    ) {
      const upstream = [...reachable(graph, [node.id], 'backward')].map((id) => findNode(graph, id) as GraphNode);
      const breaks = upstream.filter((n) => wiring.broken.has(n.id));
      const where =
        breaks.length > 0
          ? ` The path breaks at ${quoteNames(breaks)}; connect ${breaks.length === 1 ? 'it' : 'them'} to the Input side.`
          : ' Connect it to the Input side.';
      issues.push(nodeIssue(node, 'error', 'unreachable-from-input', `receives no data from the Input.${where}`));
    }
  }
  return issues;
}

/** Structural checks: one Input, one Output, no loops, the right number of inputs, everything on a path from Input to Output. */
export function checkStructure(graph: Graph): { issues: GraphIssue[]; wiring: Wiring } {
  const wiring: Wiring = {
    onOutputPath: reachable(
      graph,
      graph.nodes.filter((n) => n.kind === 'output').map((n) => n.id),
      'backward',
    ),
    fedByInput: reachable(
      graph,
      graph.nodes.filter((n) => n.kind === 'input').map((n) => n.id),
      'forward',
    ),
    broken: new Set(),
  };
  const issues = [
    ...checkSingle(graph, 'input'),
    ...checkSingle(graph, 'output'),
    ...checkCycles(graph, wiring.broken),
  ];
  issues.push(...checkArity(graph, wiring), ...checkReachability(graph, wiring));
  return { issues, wiring };
}
