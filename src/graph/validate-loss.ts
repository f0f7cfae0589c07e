import { nodeIssue, type GraphIssue, type ValidationContext } from './issues';
import type { NodeShape } from './shapes';
import { findNode, inputsOf } from './topology';
import type { Graph, GraphNode, NodeOf } from './types';

/** The single input of a node, if it has exactly one. */
function soleInput(graph: Graph, node: GraphNode): GraphNode | undefined {
  const sources = inputsOf(graph, node.id);
  return sources.length === 1 ? findNode(graph, sources[0]) : undefined;
}

/** Walks back from a node while `pass` holds for the current one; returns where it stopped and what it passed. */
function walkBack(graph: Graph, from: GraphNode | undefined, pass: (n: GraphNode) => boolean) {
  const passed: GraphNode[] = [];
  let at = from;
  while (at && pass(at) && passed.length < 1000) {
    passed.push(at);
    at = soleInput(graph, at);
  }
  return { stop: at, passed };
}

/** A fix naming the Linear layer that sets the prediction's width, when one can be found behind width-keeping layers. */
function widthFix(graph: Graph, output: GraphNode, want: string): string {
  const keepsWidth = (n: GraphNode) => n.kind === 'activation' || n.kind === 'dropout' || n.kind === 'batchNorm';
  const { stop } = walkBack(graph, soleInput(graph, output), keepsWidth);
  return stop?.kind === 'dense'
    ? `Set units of '${stop.name}' to ${want}.`
    : `Make the layer before the Output ${want} wide.`;
}

/** How the last layer before the Output reads in a message: "'Tanh 1' (tanh)" or "'Linear 2', which applies no activation". */
function describeLast(node: GraphNode): string {
  if (node.kind === 'activation') return `'${node.name}' (${node.params.activation})`;
  return `'${node.name}', which applies no activation`;
}

/**
 * Checks that the Output's loss fits the layer before it (BCE: one Sigmoid unit; CCE: a Softmax;
 * Softmax never with BCE over several units) and, given the data, the task and the class count.
 */
export function checkLoss(
  graph: Graph,
  output: NodeOf<'output'>,
  shapes: Map<string, NodeShape>,
  context: ValidationContext,
): GraphIssue[] {
  const feeder = soleInput(graph, output);
  const width = feeder ? (shapes.get(feeder.id)?.width ?? null) : null;
  if (!feeder || width === null) return [];
  const issues: GraphIssue[] = [];
  const loss = output.params.loss;
  const { stop: last, passed: dropouts } = walkBack(graph, feeder, (n) => n.kind === 'dropout');
  if (!last) return [];
  const finalActivation = last.kind === 'activation' ? last.params.activation : null;
  const from = `from '${feeder.name}'`;
  if (loss !== 'meanSquaredError' && dropouts.length > 0) {
    issues.push(
      nodeIssue(
        dropouts[0],
        'warning',
        'dropout-after-probabilities',
        `sits between '${last.name}' and the Output; while training it scales probabilities by 1/(1 − rate), ` +
          `past 1. Move it before the last Linear layer.`,
      ),
    );
  }
  if (loss === 'binaryCrossentropy') {
    if (finalActivation === 'softmax' && width > 1) {
      issues.push(
        nodeIssue(
          output,
          'error',
          'softmax-with-bce',
          `binaryCrossentropy after a Softmax over ${width} units mixes two set-ups. For two classes use 1 unit ` +
            `with a Sigmoid; for more classes choose categoricalCrossentropy.`,
        ),
      );
    } else if (finalActivation !== 'sigmoid') {
      issues.push(
        nodeIssue(
          output,
          'error',
          'bce-needs-sigmoid',
          `binaryCrossentropy expects a probability from a Sigmoid, but the last layer is ${describeLast(last)}. ` +
            `Add a Sigmoid before the Output.`,
        ),
      );
    }
    if (width !== 1) {
      issues.push(
        nodeIssue(
          output,
          'error',
          'bce-width',
          `binaryCrossentropy expects 1 value per sample (the probability of class 1) but receives ${width} ` +
            `${from}. ${widthFix(graph, output, '1 unit')}`,
        ),
      );
    }
  }
  if (loss === 'categoricalCrossentropy') {
    if (finalActivation !== 'softmax') {
      issues.push(
        nodeIssue(
          output,
          'error',
          'cce-needs-softmax',
          `categoricalCrossentropy expects probabilities; add a Softmax before the Output. The last layer now is ${describeLast(last)}.`,
        ),
      );
    }
    if (width < 2) {
      issues.push(
        nodeIssue(
          output,
          'error',
          'cce-width',
          `categoricalCrossentropy needs one unit per class, at least 2, but receives ${width} ${from}. ` +
            `${widthFix(graph, output, 'one unit per class')}`,
        ),
      );
    }
  }
  return [...issues, ...checkAgainstData(graph, output, width, from, context)];
}

/** Checks the loss and the prediction's width against the dataset's task and class count. */
function checkAgainstData(
  graph: Graph,
  output: NodeOf<'output'>,
  width: number,
  from: string,
  context: ValidationContext,
): GraphIssue[] {
  const { task } = context;
  if (!task) return [];
  const classes = context.classes ?? (task === 'binary' ? 2 : 1);
  const loss = output.params.loss;
  const mismatch = (expected: string, want: number) =>
    nodeIssue(
      output,
      'error',
      'output-width-mismatch',
      `receives ${width} values per sample ${from} but ${expected}. ${widthFix(graph, output, `${want} ${want === 1 ? 'unit' : 'units'}`)}`,
    );
  if (task === 'regression') {
    if (loss !== 'meanSquaredError') {
      return [
        nodeIssue(
          output,
          'error',
          'loss-task-mismatch',
          `${loss} scores class probabilities, but the dataset's targets are numbers (regression). Choose meanSquaredError.`,
        ),
      ];
    }
    return width === 1 ? [] : [mismatch('a regression target is 1 number', 1)];
  }
  if (loss === 'binaryCrossentropy') {
    if (task === 'multiclass' && classes > 2) {
      return [
        nodeIssue(
          output,
          'error',
          'loss-task-mismatch',
          `binaryCrossentropy scores two classes but the dataset has ${classes}. Choose categoricalCrossentropy ` +
            `with a Softmax over ${classes} units.`,
        ),
      ];
    }
    return [];
  }
  if (loss === 'categoricalCrossentropy') {
    return width === classes ? [] : [mismatch(`the dataset has ${classes} classes (one unit per class)`, classes)];
  }
  if (task === 'binary')
    return width === 1 || width === classes ? [] : [mismatch('two classes are predicted by 1 unit (or 2, one-hot)', 1)];
  return width === classes
    ? []
    : [mismatch(`the dataset has ${classes} classes (one-hot, one unit per class)`, classes)];
}
