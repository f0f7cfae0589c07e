import type {
  ActivationName,
  Graph,
  GraphEdge,
  GraphNode,
  InitializerName,
  LossName,
  PlaneFeature,
} from '../graph/types';

/** One step of a chain network: a Linear layer or an activation. */
export type ChainLayer =
  | { kind: 'dense'; units: number; kernelInitializer?: InitializerName }
  | { kind: 'activation'; activation: ActivationName };

/** Horizontal distance between neighbouring nodes of a generated network, in canvas pixels. */
export const LAYOUT_STEP_X = 220;

const ACTIVATION_LABELS: Record<ActivationName, string> = {
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  elu: 'ELU',
  softplus: 'Softplus',
  gelu: 'GELU',
  linear: 'Identity',
  softmax: 'Softmax',
};

/**
 * Builds Input → layers → Output as one row laid out left to right (LAYOUT_STEP_X apart), with
 * ids `${kind}-${n}` and names "Linear 2", "ReLU 1" counted per label, as the canvas names them.
 * Linear layers start with Glorot uniform weights unless told otherwise, and zero biases.
 */
export function buildChain(features: PlaneFeature[], layers: ChainLayer[], loss: LossName): Graph {
  const perKind = new Map<string, number>();
  const perLabel = new Map<string, number>();
  const next = (counter: Map<string, number>, key: string) => {
    const n = (counter.get(key) ?? 0) + 1;
    counter.set(key, n);
    return n;
  };
  const nodes: GraphNode[] = [];
  const place = (index: number) => ({ x: index * LAYOUT_STEP_X, y: 0 });
  nodes.push({
    id: 'input-1',
    kind: 'input',
    name: 'Input',
    position: place(0),
    params: { source: 'plane', features: [...features], columns: features.length },
  });
  layers.forEach((layer, i) => {
    const id = `${layer.kind}-${next(perKind, layer.kind)}`;
    if (layer.kind === 'dense') {
      nodes.push({
        id,
        kind: 'dense',
        name: `Linear ${next(perLabel, 'Linear')}`,
        position: place(i + 1),
        params: {
          units: layer.units,
          useBias: true,
          kernelInitializer: { name: layer.kernelInitializer ?? 'glorotUniform', stddev: 0.05, limit: 0.05 },
          biasInitializer: { name: 'zeros', stddev: 0.05, limit: 0.05 },
          l1: 0,
          l2: 0,
        },
      });
    } else {
      const label = ACTIVATION_LABELS[layer.activation];
      nodes.push({
        id,
        kind: 'activation',
        name: `${label} ${next(perLabel, label)}`,
        position: place(i + 1),
        params: { activation: layer.activation, alpha: 0.01 },
      });
    }
  });
  nodes.push({ id: 'output-1', kind: 'output', name: 'Output', position: place(layers.length + 1), params: { loss } });
  const edges: GraphEdge[] = nodes
    .slice(1)
    .map((node, i) => ({ id: `e-${nodes[i].id}-${node.id}`, source: nodes[i].id, target: node.id }));
  return { nodes, edges };
}
