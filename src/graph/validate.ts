import { checkBudget, defaultBudget } from './budget';
import { graphIssue, nodeIssue, type GraphIssue, type ValidationContext } from './issues';
import { reachable } from './paths';
import { inferShapes, paramCounts, type NodeShape } from './shapes';
import { findNode, inputsOf } from './topology';
import type { Graph, GraphNode, NodeOf } from './types';
import { checkLoss } from './validate-loss';
import { checkParams } from './validate-params';
import { checkIntegrity, checkStructure, type Wiring } from './validate-structure';

export { isTrainable, type GraphIssue, type ValidationContext } from './issues';

/** Shape-rule failures (an Add of unequal widths, say): errors on the output path, warnings off it. */
function checkShapes(graph: Graph, shapes: Map<string, NodeShape>, wiring: Wiring): GraphIssue[] {
  return graph.nodes.flatMap((node) => {
    const error = shapes.get(node.id)?.error;
    if (!error) return [];
    const severity = wiring.onOutputPath.has(node.id) ? 'error' : 'warning';
    return [nodeIssue(node, severity, node.kind === 'add' ? 'add-width-mismatch' : 'shape-error', error)];
  });
}

/** The Input's width against the data: table columns must match; plane features need 2-D data. */
function checkInputWidth(input: NodeOf<'input'>, shapes: Map<string, NodeShape>, inputWidth: number): GraphIssue[] {
  const width = shapes.get(input.id)?.width;
  if (width === null || width === undefined) return [];
  if (input.params.source === 'table') {
    if (width === inputWidth) return [];
    return [
      nodeIssue(
        input,
        'error',
        'input-width-mismatch',
        `reads ${width} columns but the dataset has ${inputWidth} feature columns. Set columns to ${inputWidth}.`,
      ),
    ];
  }
  if (inputWidth === 2 || inputWidth === width) return [];
  return [
    nodeIssue(
      input,
      'error',
      'input-width-mismatch',
      `derives plane features from 2-D points, but the dataset has ${inputWidth} feature columns. Set source to ` +
        `'table' with ${inputWidth} columns, or pick a 2-D dataset.`,
    ),
  ];
}

/** Teaching warnings and errors about activations: a Softmax over one unit, and two Linear layers with nothing between them. */
function checkActivations(graph: Graph, shapes: Map<string, NodeShape>, wiring: Wiring): GraphIssue[] {
  const issues: GraphIssue[] = [];
  for (const node of graph.nodes) {
    if (!wiring.onOutputPath.has(node.id)) continue;
    const [sourceId, ...others] = inputsOf(graph, node.id);
    const source = sourceId && others.length === 0 ? findNode(graph, sourceId) : undefined;
    if (node.kind === 'activation' && node.params.activation === 'softmax' && shapes.get(node.id)?.width === 1) {
      issues.push(
        nodeIssue(
          node,
          'error',
          'softmax-single-unit',
          'a Softmax over 1 unit always outputs 1, so nothing can be learned through it. Give the layer before ' +
            'it one unit per class, or use a Sigmoid for two classes.',
        ),
      );
    }
    if (node.kind === 'dense' && source?.kind === 'dense') {
      issues.push(
        nodeIssue(
          node,
          'warning',
          'stacked-linear',
          `follows '${source.name}' with no activation between them; two linear layers in a row compute just one ` +
            `linear map. Add an activation (e.g. ReLU) between them.`,
        ),
      );
    }
  }
  return issues;
}

/**
 * Finds every problem of a graph: integrity (ids, edges), one Input and one Output, loops, numbers
 * of inputs, paths from Input to Output, shapes, parameter ranges, the loss against the last
 * layer, the resource budget (weights; with the batch, multiply-adds per step) and, given the data,
 * the Input's width, the task and the class count. Problems of nodes
 * that take no part in the model (they lead to no Output) are warnings; the rest are errors.
 */
export function validateGraph(graph: Graph, context: ValidationContext = {}): GraphIssue[] {
  const { graph: clean, issues } = checkIntegrity(graph);
  const structure = checkStructure(clean);
  issues.push(...structure.issues);
  const shapes = inferShapes(clean);
  issues.push(...checkShapes(clean, shapes, structure.wiring));
  for (const node of clean.nodes) {
    issues.push(...checkParams(node, structure.wiring.onOutputPath.has(node.id) ? 'error' : 'warning'));
  }
  issues.push(...checkActivations(clean, shapes, structure.wiring));
  issues.push(...checkBudget(clean, shapes, paramCounts(clean), context.budget ?? defaultBudget(), context.batchRows));
  const inputs = clean.nodes.filter((n): n is NodeOf<'input'> => n.kind === 'input');
  const outputs = clean.nodes.filter((n): n is NodeOf<'output'> => n.kind === 'output');
  if (inputs.length === 1 && context.inputWidth !== undefined) {
    if (Number.isInteger(context.inputWidth) && context.inputWidth > 0)
      issues.push(...checkInputWidth(inputs[0], shapes, context.inputWidth));
    else
      issues.push(
        graphIssue(
          'error',
          'bad-context',
          `The dataset reports ${context.inputWidth} feature columns; it needs at least 1. Check the dataset.`,
        ),
      );
  }
  if (outputs.length === 1) issues.push(...checkLoss(clean, outputs[0], shapes, context));
  return issues;
}

/**
 * The part of the graph that becomes the model: the nodes that both receive data from an Input and
 * lead to an Output, and the edges among them (stray nodes being built elsewhere are left out).
 */
export function activeSubgraph(graph: Graph): Graph {
  const fromInput = reachable(
    graph,
    graph.nodes.filter((n) => n.kind === 'input').map((n) => n.id),
    'forward',
  );
  const toOutput = reachable(
    graph,
    graph.nodes.filter((n) => n.kind === 'output').map((n) => n.id),
    'backward',
  );
  const keep = (id: string) => fromInput.has(id) && toOutput.has(id);
  return {
    nodes: graph.nodes.filter((n: GraphNode) => keep(n.id)),
    edges: graph.edges.filter((e) => keep(e.source) && keep(e.target)),
  };
}
