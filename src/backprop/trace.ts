/**
 * A forward and backward pass over a graph for ONE sample, in float64, keeping every intermediate
 * value a person checks by hand: each node's output (z of a Linear, a of an Activation), ∂L/∂ of
 * that output (δ of a Linear is ∂L/∂z), f′(z) of each Activation, ∂L/∂W and ∂L/∂b. It mirrors the
 * engine's maths but shares no code with it, so tests can hold one against the other.
 *
 * What it cannot trace as training does: Dropout is traced as at inference (identity; in training
 * its mask is random per step), BatchNorm with its moving mean and variance (training normalises
 * by the batch's statistics, which one sample does not have), and L1/L2 penalties are left out
 * (the data loss only). traceCaveats() lists which of these apply to a graph.
 */
import { activeSubgraph, inputsOf, isTrainable, topologicalOrder, validateGraph } from '../graph/index';
import type { ActivationName, Graph, GraphNode, LossName, NodeKind, NodeOf } from '../graph/types';
import { activate, derivative, softmax, softmaxBackward } from './activation-math';
import { traceLoss } from './trace-loss';

/** Reads a weight by node id and name ('kernel' in×out row-major, 'bias', 'gamma', 'beta', 'moving_mean', 'moving_variance'). */
export type WeightLookup = (nodeId: string, name: string) => ArrayLike<number> | undefined;

/** A weight tensor of a node with its gradient (both row-major; a kernel is inputs × units). */
export interface TraceParameter {
  name: string;
  shape: number[];
  values: number[];
  grad: number[];
}

/** One node of the trace. */
export interface TraceNode {
  id: string;
  name: string;
  kind: NodeKind;
  /** Ids of the nodes feeding it, in edge order. */
  sources: string[];
  /** The values entering it, one array per source. */
  inputs: number[][];
  /** Its output: x for Input, z for Linear, a = f(z) for Activation, ŷ for Output. */
  out: number[];
  /** ∂L/∂out (for a Linear this is δ = ∂L/∂z). */
  grad: number[];
  /** Activation only: which function; null for other kinds. */
  activation: ActivationName | null;
  /** Activation only: f′(z) per unit; null for Softmax, whose derivative is a Jacobian. */
  slope: number[] | null;
  /** Activation only: ∂L/∂z, what it passes back to its source. */
  inputGrad: number[] | null;
  /** Linear: kernel and bias; BatchNorm: gamma and beta. */
  parameters: TraceParameter[];
}

/** The whole trace of one sample. */
export interface BackpropTrace {
  /** Nodes in topological order (input first, output last). */
  nodes: TraceNode[];
  loss: number;
  lossName: LossName;
  /** Whether the loss is written ½·Σ(ŷ − y)²/k instead of Σ(ŷ − y)²/k (MSE only; halves the loss and every gradient). */
  halved: boolean;
  target: number[];
  prediction: number[];
  /** The final activation whose input z the loss is computed from (Sigmoid under BCE, Softmax under CCE), else null. */
  fusedHead: { nodeId: string; activation: 'sigmoid' | 'softmax' } | null;
}

/** How to trace. */
export interface TraceOptions {
  /** Use L = ½(ŷ − y)² (mean over outputs), the textbook convention whose gradient has no factor 2; MSE only. */
  halveSquaredError?: boolean;
}

/** A sentence for each part of `graph` the trace computes differently from a training step (empty when it matches training exactly). */
export function traceCaveats(graph: Graph): string[] {
  const caveats: string[] = [];
  const nodes = activeSubgraph(graph).nodes;
  const named = (kind: NodeKind) =>
    nodes
      .filter((n) => n.kind === kind)
      .map((n) => `'${n.name}'`)
      .join(', ');
  if (nodes.some((n) => n.kind === 'dropout')) {
    caveats.push(
      `Dropout (${named('dropout')}) is traced as at inference, passing every unit through; in training each step drops units at random.`,
    );
  }
  if (nodes.some((n) => n.kind === 'batchNorm')) {
    caveats.push(
      `BatchNorm (${named('batchNorm')}) uses its moving mean and variance here; training normalises by the ` +
        `batch's own statistics, which one sample does not have.`,
    );
  }
  if (nodes.some((n) => n.kind === 'dense' && (n.params.l1 > 0 || n.params.l2 > 0))) {
    caveats.push('L1/L2 penalties are not part of this loss: it is the data loss of the one sample.');
  }
  return caveats;
}

function readWeight(lookup: WeightLookup, node: GraphNode, name: string, length: number): number[] {
  const values = lookup(node.id, name);
  if (!values)
    throw new RangeError(
      `Node '${node.name}' has no '${name}' weights to trace with. Train one step or reset the network so that its weights exist.`,
    );
  if (values.length !== length) {
    throw new RangeError(
      `Node '${node.name}': its '${name}' weights hold ${values.length} values but the layer needs ${length}. ` +
        `The graph changed since they were read; reset the network.`,
    );
  }
  return Array.from(values);
}

function forwardNode(
  node: GraphNode,
  inputs: number[][],
  x: number[],
  lookup: WeightLookup,
): { out: number[]; slope: number[] | null; parameters: TraceParameter[] } {
  const a = inputs[0] ?? [];
  const none = { slope: null, parameters: [] };
  switch (node.kind) {
    case 'input':
      return { out: [...x], ...none };
    case 'output':
    case 'dropout':
      return { out: [...a], ...none };
    case 'add':
      return { out: a.map((_, j) => inputs.reduce((s, v) => s + v[j], 0)), ...none };
    case 'concat':
      return { out: inputs.flat(), ...none };
    case 'activation': {
      const { activation, alpha } = node.params;
      if (activation === 'softmax') return { out: softmax(a), slope: null, parameters: [] };
      return {
        out: a.map((z) => activate(activation, z, alpha)),
        slope: a.map((z) => derivative(activation, z, alpha)),
        parameters: [],
      };
    }
    case 'dense': {
      const units = node.params.units;
      const kernel = readWeight(lookup, node, 'kernel', a.length * units);
      const bias = node.params.useBias ? readWeight(lookup, node, 'bias', units) : null;
      const out = Array.from({ length: units }, (_, j) =>
        a.reduce((s, ai, i) => s + ai * kernel[i * units + j], bias ? bias[j] : 0),
      );
      const parameters: TraceParameter[] = [
        { name: 'kernel', shape: [a.length, units], values: kernel, grad: new Array<number>(kernel.length).fill(0) },
      ];
      if (bias) parameters.push({ name: 'bias', shape: [units], values: bias, grad: new Array<number>(units).fill(0) });
      return { out, slope: null, parameters };
    }
    case 'batchNorm': {
      const n = a.length;
      const [gamma, beta, mean, variance] = ['gamma', 'beta', 'moving_mean', 'moving_variance'].map((w) =>
        readWeight(lookup, node, w, n),
      );
      const out = a.map((v, j) => (gamma[j] * (v - mean[j])) / Math.sqrt(variance[j] + node.params.epsilon) + beta[j]);
      const parameters = [
        { name: 'gamma', shape: [n], values: gamma, grad: new Array<number>(n).fill(0) },
        { name: 'beta', shape: [n], values: beta, grad: new Array<number>(n).fill(0) },
      ];
      return { out, slope: null, parameters };
    }
  }
}

/** Adds `g` (∂L/∂ of this node's inputs) into the sources' gradients and fills the node's own parameter gradients. */
function backwardNode(
  node: GraphNode,
  t: TraceNode,
  g: number[],
  lookup: WeightLookup,
  grads: Map<string, number[]>,
): void {
  const addTo = (id: string, values: number[], offset = 0) => {
    const target = grads.get(id) as number[];
    for (let i = 0; i < target.length; i++) target[i] += values[i + offset];
  };
  switch (node.kind) {
    case 'input':
      return;
    case 'output':
    case 'dropout':
    case 'add':
    case 'activation':
      t.sources.forEach((id) => addTo(id, g));
      return;
    case 'concat': {
      let offset = 0;
      t.sources.forEach((id, i) => {
        addTo(id, g, offset);
        offset += t.inputs[i].length;
      });
      return;
    }
    case 'dense': {
      const a = t.inputs[0];
      const units = node.params.units;
      const [kernel, bias] = t.parameters;
      for (let i = 0; i < a.length; i++) for (let j = 0; j < units; j++) kernel.grad[i * units + j] = a[i] * g[j];
      if (bias) bias.grad = [...g];
      addTo(
        t.sources[0],
        a.map((_, i) => g.reduce((s, gj, j) => s + kernel.values[i * units + j] * gj, 0)),
      );
      return;
    }
    case 'batchNorm': {
      const a = t.inputs[0];
      const [gamma, beta] = t.parameters;
      const [mean, variance] = ['moving_mean', 'moving_variance'].map((w) => readWeight(lookup, node, w, a.length));
      const scale = a.map((_, j) => 1 / Math.sqrt(variance[j] + node.params.epsilon));
      gamma.grad = a.map((v, j) => g[j] * (v - mean[j]) * scale[j]);
      beta.grad = [...g];
      addTo(
        t.sources[0],
        a.map((_, j) => g[j] * gamma.values[j] * scale[j]),
      );
      return;
    }
  }
}

function fusedHeadOf(graph: Graph, output: NodeOf<'output'>): BackpropTrace['fusedHead'] {
  const last = graph.nodes.find((n) => n.id === inputsOf(graph, output.id)[0]);
  if (last?.kind !== 'activation') return null;
  const { activation } = last.params;
  const loss = output.params.loss;
  if (activation === 'sigmoid' && loss === 'binaryCrossentropy') return { nodeId: last.id, activation };
  if (activation === 'softmax' && loss === 'categoricalCrossentropy') return { nodeId: last.id, activation };
  return null;
}

/**
 * Traces one sample through `graph`: `input` is the row the Input node feeds (after its plane
 * features and standardisation), `target` the loss's target row (the label for one output, one-hot
 * for several). Throws a RangeError naming the problem when the graph cannot be trained, the
 * sizes disagree or a weight is missing.
 */
export function traceBackprop(
  graph: Graph,
  lookup: WeightLookup,
  input: number[],
  target: number[],
  options: TraceOptions = {},
): BackpropTrace {
  const issues = validateGraph(graph);
  if (!isTrainable(issues)) {
    const problem = issues.find((i) => i.severity === 'error');
    throw new RangeError(
      `The network cannot be traced until it can be trained: ${problem?.message ?? 'it has errors'}`,
    );
  }
  const active = activeSubgraph(graph);
  const order = topologicalOrder(active).order;
  const output = order.find((n): n is NodeOf<'output'> => n.kind === 'output') as NodeOf<'output'>;
  const halved = options.halveSquaredError === true;
  if (halved && output.params.loss !== 'meanSquaredError')
    throw new RangeError('Halving the loss is the ½(ŷ − y)² convention of MSE; this network uses another loss.');

  const first = order[0];
  const expectedWidth =
    first.kind === 'input'
      ? first.params.source === 'plane'
        ? first.params.features.length
        : first.params.columns
      : input.length;
  if (input.length !== expectedWidth)
    throw new RangeError(
      `The sample has ${input.length} input values but the Input node feeds ${expectedWidth}. Pick a sample of this dataset.`,
    );

  const byId = new Map<string, TraceNode>();
  for (const node of order) {
    const sources = inputsOf(active, node.id);
    const inputs = sources.map((id) => (byId.get(id) as TraceNode).out);
    const { out, slope, parameters } = forwardNode(node, inputs, input, lookup);
    const activation = node.kind === 'activation' ? node.params.activation : null;
    byId.set(node.id, {
      id: node.id,
      name: node.name,
      kind: node.kind,
      activation,
      sources,
      inputs,
      out,
      grad: out.map(() => 0),
      slope,
      inputGrad: null,
      parameters,
    });
  }
  const outNode = byId.get(output.id) as TraceNode;
  if (target.length !== outNode.out.length) {
    throw new RangeError(
      `The target has ${target.length} values but the network has ${outNode.out.length} outputs. Give a one-hot ` +
        `target for several outputs, the label for one.`,
    );
  }

  const fusedHead = fusedHeadOf(active, output);
  const logits = fusedHead ? (byId.get(fusedHead.nodeId) as TraceNode).inputs[0] : null;
  const scale = halved ? 0.5 : 1;
  const lossTrace = traceLoss(output.params.loss, outNode.out, target, logits);
  outNode.grad = lossTrace.predictionGrad.map((g) => g * scale);

  const grads = new Map([...byId].map(([id, t]) => [id, t.grad]));
  grads.set(output.id, outNode.grad);
  for (const node of [...order].reverse()) {
    const t = byId.get(node.id) as TraceNode;
    t.grad = grads.get(node.id) as number[];
    let g = t.grad;
    if (node.kind === 'activation') {
      if (fusedHead?.nodeId === node.id && lossTrace.logitsGrad) g = lossTrace.logitsGrad.map((v) => v * scale);
      else g = t.slope ? g.map((v, j) => v * (t.slope as number[])[j]) : softmaxBackward(t.out, g);
      t.inputGrad = g;
    }
    backwardNode(node, t, g, lookup, grads);
  }
  return {
    nodes: order.map((n) => byId.get(n.id) as TraceNode),
    loss: lossTrace.loss * scale,
    lossName: output.params.loss,
    halved,
    target: [...target],
    prediction: [...outNode.out],
    fusedHead,
  };
}
