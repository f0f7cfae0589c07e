/** The networks a depth sweep trains: the project's Input and output head around a plain stack of hidden layers. */
import type { ActivationName, Graph, GraphNode, InitializerName, LossName, NodeOf } from '../../graph/types';
import type { Task } from '../../data/types';

/** The output head a task is trained with: its width, final activation and loss. */
export function headFor(task: Task, classes: number): { units: number; activation: ActivationName; loss: LossName } {
  if (task === 'regression') return { units: 1, activation: 'linear', loss: 'meanSquaredError' };
  if (task === 'multiclass' && classes > 2)
    return { units: classes, activation: 'softmax', loss: 'categoricalCrossentropy' };
  return { units: 1, activation: 'sigmoid', loss: 'binaryCrossentropy' };
}

/**
 * Input → [Linear(width, initializer) → activation] × depth → Linear(head) → head activation →
 * Output(head loss). The Input keeps the project's own parameters, so the network reads the same
 * columns or plane features; the output layer starts Glorot-uniform in every network, so only the
 * hidden layers differ between the sweep's lines.
 */
export function sweepNetwork(
  input: NodeOf<'input'>['params'],
  hidden: { depth: number; width: number; activation: ActivationName; initializer: InitializerName },
  head: { units: number; activation: ActivationName; loss: LossName },
): Graph {
  const nodes: GraphNode[] = [
    { id: 'input-1', kind: 'input', name: 'Input', position: { x: 0, y: 0 }, params: structuredClone(input) },
  ];
  const linear = (n: number, units: number, kernel: InitializerName): GraphNode => ({
    id: `dense-${n}`,
    kind: 'dense',
    name: `Linear ${n}`,
    position: { x: 0, y: 0 },
    params: {
      units,
      useBias: true,
      kernelInitializer: { name: kernel, stddev: 0.05, limit: 0.05 },
      biasInitializer: { name: 'zeros', stddev: 0.05, limit: 0.05 },
      l1: 0,
      l2: 0,
    },
  });
  const activation = (n: number, name: ActivationName): GraphNode => ({
    id: `activation-${n}`,
    kind: 'activation',
    name: `Activation ${n}`,
    position: { x: 0, y: 0 },
    params: { activation: name, alpha: name === 'elu' ? 1 : 0.01 },
  });
  for (let layer = 1; layer <= hidden.depth; layer++)
    nodes.push(linear(layer, hidden.width, hidden.initializer), activation(layer, hidden.activation));
  nodes.push(linear(hidden.depth + 1, head.units, 'glorotUniform'), activation(hidden.depth + 1, head.activation));
  nodes.push({ id: 'output-1', kind: 'output', name: 'Output', position: { x: 0, y: 0 }, params: { loss: head.loss } });
  const edges = nodes
    .slice(1)
    .map((node, i) => ({ id: `e-${nodes[i].id}-${node.id}`, source: nodes[i].id, target: node.id }));
  return { nodes, edges };
}
