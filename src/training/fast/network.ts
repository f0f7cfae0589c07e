/**
 * A compiled graph as the fast engine runs it: one buffer pair (output, gradient) per node, the
 * trainable weights in the tfjs model's order, and the operations in topological order, with the
 * gradient routing (which nodes need a gradient, where fan-out adds instead of overwriting) worked
 * out once here rather than on every step.
 */
import type { GraphNode, NodeOf } from '../../graph/types';
import type { CompiledModel } from '../compile';
import { headLossKind, type HeadLossKind } from './loss';
import { ActivationOp, AddOp, ConcatOp, DenseOp, type InputLink, type NodeBuffers, type Op, type Penalty } from './ops';
import { createParameter, toTfjsLayout, writeTfjsLayout, type Parameter } from './parameter';
import type { MatrixProducts } from './products';

/** The parts of a compiled model the fast engine reads: its structure, never its tensors. */
export type NetworkStructure = Pick<
  CompiledModel,
  'graph' | 'nodeOrder' | 'head' | 'loss' | 'inputWidth' | 'outputWidth' | 'trainableWeights'
>;

function nodeWidth(node: GraphNode, inputs: NodeBuffers[], inputWidth: number): number {
  switch (node.kind) {
    case 'input':
      return inputWidth;
    case 'dense':
      return node.params.units;
    case 'concat':
      return inputs.reduce((sum, input) => sum + input.width, 0);
    default:
      return inputs[0].width;
  }
}

/** The graph's nodes and trainable weights on Float32Arrays, with a forward and a backward pass. */
export class FastNetwork {
  readonly nodes: NodeBuffers[] = [];
  readonly parameters: Parameter[];
  private readonly ops: Op[] = [];
  /**
   * The ops a training step runs: all but those off the loss path (a final Sigmoid/Softmax under a logits head),
   * which only predictions and statistics need.
   */
  private readonly trainingOps: Op[];
  private readonly input: NodeBuffers;
  private readonly denseOps = new Map<string, DenseOp>();
  private readonly denseList: DenseOp[];
  /** The node the loss reads (logits or prediction) and the node the Output receives. */
  readonly head: NodeBuffers;
  readonly prediction: NodeBuffers;
  /** The loss formula; MSE's can switch to half MSE (useHalfSquaredError). */
  lossKind: HeadLossKind;
  capacity = 0;

  /** Lays the network out from a compiled model's structure; `capacity` is the most rows a pass takes before ensureCapacity grows it. */
  constructor(
    readonly structure: NetworkStructure,
    capacity: number,
  ) {
    const { graph, nodeOrder } = structure;
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const inputIds = (id: string) => graph.edges.filter((e) => e.target === id).map((e) => e.source);
    const consumers = (id: string) =>
      graph.edges.filter((e) => e.source === id).map((e) => byId.get(e.target) as GraphNode);
    const output = graph.nodes.find((n) => n.kind === 'output') as NodeOf<'output'>;
    const predictionId = inputIds(output.id)[0];
    const headId = structure.head.kind === 'logits' ? inputIds(predictionId)[0] : predictionId;
    const buffers = new Map<string, NodeBuffers>();
    const order = nodeOrder.map((id) => byId.get(id) as GraphNode).filter((n) => n.kind !== 'output');

    // Gradient flows into a node when it lies on the loss path and a trainable weight lies upstream of it.
    const onLossPath = new Set<string>([headId]);
    for (const node of [...order].reverse())
      if (consumers(node.id).some((c) => onLossPath.has(c.id))) onLossPath.add(node.id);
    const weighted = new Set<string>();
    for (const node of order)
      if (node.kind === 'dense' || inputIds(node.id).some((id) => weighted.has(id))) weighted.add(node.id);
    for (const node of order) {
      const inputs = inputIds(node.id).map((id) => buffers.get(id) as NodeBuffers);
      const width = nodeWidth(node, inputs, structure.inputWidth);
      const needsGrad = node.kind !== 'input' && onLossPath.has(node.id) && weighted.has(node.id);
      const buffer: NodeBuffers = {
        id: node.id,
        width,
        out: new Float32Array(0),
        grad: new Float32Array(0),
        needsGrad,
      };
      buffers.set(node.id, buffer);
      this.nodes.push(buffer);
    }
    this.input = this.nodes[order.findIndex((n) => n.kind === 'input')];
    this.head = buffers.get(headId) as NodeBuffers;
    this.prediction = buffers.get(predictionId) as NodeBuffers;
    this.lossKind = headLossKind(structure.loss, structure.head);
    this.parameters = structure.trainableWeights.map((w) =>
      createParameter(w.nodeId, w.name, [...w.variable.shape] as number[]),
    );

    // The loss writes the head's gradient first; later writers into a node add to it.
    const written = new Set<string>([headId]);
    const link = (id: string): InputLink => {
      const node = buffers.get(id) as NodeBuffers;
      const accumulate = node.needsGrad && written.has(id);
      if (node.needsGrad) written.add(id);
      return { node, accumulate };
    };
    const fusedInto = new Set<string>();
    const reversed: Op[] = [];
    for (const node of [...order].reverse()) {
      if (node.kind === 'input' || fusedInto.has(node.id)) continue;
      const own = buffers.get(node.id) as NodeBuffers;
      const sources = inputIds(node.id);
      let op: Op;
      if (node.kind === 'dense') {
        op = this.denseOp(node, own, sources[0], headId, consumers(node.id), buffers, link);
      } else if (node.kind === 'activation') {
        const next = order.find((n) => n.id === sources[0]) as GraphNode;
        if (this.fusable(next, node, headId, consumers(next.id))) {
          fusedInto.add(node.id);
          continue;
        }
        op = new ActivationOp(link(sources[0]), own, node.params.activation, node.params.alpha);
      } else if (node.kind === 'add') {
        op = new AddOp(sources.map(link), own);
      } else if (node.kind === 'concat') {
        op = new ConcatOp(sources.map(link), own);
      } else {
        throw new Error(`The fast engine cannot run node kind '${node.kind}'; train this network on tfjs.`);
      }
      reversed.push(op);
    }
    this.ops = reversed.reverse();
    this.trainingOps = this.ops.filter((op) => onLossPath.has(op.output.id));
    this.denseList = [...this.denseOps.values()];
    this.ensureCapacity(capacity);
  }

  /** A Linear whose only consumer is an element-wise activation is fused with it, unless the loss reads the Linear itself. */
  private fusable(
    dense: GraphNode,
    activation: NodeOf<'activation'>,
    headId: string,
    consumersOfDense: GraphNode[],
  ): boolean {
    return (
      dense.kind === 'dense' &&
      dense.id !== headId &&
      consumersOfDense.length === 1 &&
      activation.params.activation !== 'softmax'
    );
  }

  private denseOp(
    node: NodeOf<'dense'>,
    own: NodeBuffers,
    sourceId: string,
    headId: string,
    consumers: GraphNode[],
    buffers: Map<string, NodeBuffers>,
    link: (id: string) => InputLink,
  ): DenseOp {
    const kernel = this.parameters.find((p) => p.nodeId === node.id && p.name === 'kernel') as Parameter;
    const bias = this.parameters.find((p) => p.nodeId === node.id && p.name === 'bias') ?? null;
    const next = consumers[0];
    // The activation is visited before its Linear in reverse order; it let the Linear take it over.
    const fused =
      next?.kind === 'activation' && this.fusable(node, next, headId, consumers)
        ? { node: buffers.get(next.id) as NodeBuffers, activation: next.params.activation, alpha: next.params.alpha }
        : null;
    const op = new DenseOp(link(sourceId), own, kernel, bias, fused);
    this.denseOps.set(node.id, op);
    return op;
  }

  /** Trains MSE as ½(ŷ − y)² (or back as (ŷ − y)²); other losses are unchanged. */
  useHalfSquaredError(halve: boolean): void {
    this.lossKind = headLossKind(this.structure.loss, this.structure.head, halve);
  }

  /** Grows every buffer to hold `rows` rows (contents are not kept); no-op when they already do. */
  ensureCapacity(rows: number): void {
    if (rows <= this.capacity) return;
    this.capacity = rows;
    for (const node of this.nodes) {
      if (node === this.input) continue;
      node.out = new Float32Array(rows * node.width);
      node.grad = node.needsGrad || node === this.head ? new Float32Array(rows * node.width) : node.grad;
    }
    for (const op of this.ops) op.resize(rows);
  }

  /** Reallocates the buffers for exactly `rows` rows when they hold more (after a one-off large pass). */
  shrinkTo(rows: number): void {
    if (rows >= this.capacity) return;
    this.capacity = 0;
    this.ensureCapacity(rows);
  }

  /** Points the Input node at `rows` × inputWidth values (the current batch; not copied). */
  setInput(x: Float32Array): void {
    this.input.out = x;
  }

  /** Runs `rows` rows forward; `all` also computes the nodes off the loss path (for predictions and statistics). */
  forward(rows: number, all: boolean): void {
    const ops = all ? this.ops : this.trainingOps;
    for (let i = 0; i < ops.length; i++) ops[i].forward(rows);
  }

  /** Propagates head.grad (written by the loss) back into every parameter's gradient. */
  backward(rows: number): void {
    for (let i = this.ops.length - 1; i >= 0; i--) {
      const op = this.ops[i];
      if (op.output.needsGrad) op.backward(rows);
    }
  }

  /**
   * Sends every Linear's large products to `products` (null: all stay in JavaScript) and lays its kernel out for
   * them; before training only (see DenseOp.useProducts).
   */
  setProducts(products: MatrixProducts | null): void {
    for (const op of this.denseList) op.useProducts(products);
  }

  /** Sets each Linear kernel's L1/L2 factors (missing nodes: none). */
  setPenalties(penalties: Map<string, Penalty>): void {
    for (const [nodeId, op] of this.denseOps) op.penalty = penalties.get(nodeId) ?? { l1: 0, l2: 0 };
  }

  /** The L1/L2 penalty Σ λ₁·Σ|W| + λ₂·ΣW² over the Linear kernels at their current values. */
  penalty(): number {
    let total = 0;
    for (let i = 0; i < this.denseList.length; i++) total += this.denseList[i].penaltyValue();
    return total;
  }

  /** Copies tfjs-layout values into parameter `index`. */
  writeParameter(index: number, values: Float32Array): void {
    writeTfjsLayout(this.parameters[index], values);
  }

  /** A copy of parameter `index` in tfjs's layout. */
  readParameter(index: number): Float32Array {
    const p = this.parameters[index];
    return toTfjsLayout(p, p.values, new Float32Array(p.values.length));
  }

  /** A copy of parameter `index`'s gradient in tfjs's layout. */
  readGradient(index: number): Float32Array {
    const p = this.parameters[index];
    return toTfjsLayout(p, p.grad, new Float32Array(p.grad.length));
  }

  /** Marks every kernel's mirror out of date after the values changed (an update, a restore); each is rebuilt when next read. */
  weightsChanged(): void {
    const parameters = this.parameters;
    for (let i = 0; i < parameters.length; i++) parameters[i].mirrorCurrent = false;
  }
}
