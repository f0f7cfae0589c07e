/**
 * The NumPy flavour's network: parameters from the app's weights, the forward pass node by node,
 * the loss with its gradient as the app computes it, and the backward pass written out by the
 * chain rule, from the loss head back to the first Linear layer.
 */
import type { NodeOf } from '../../graph/types';
import type { WeightValues } from '../../project/weights';
import { encodeFloat32 } from '../../project/weights';
import { plannedNode, type NetworkPlan, type PlannedNode } from '../network-plan';
import { commentText, numberLiteral } from '../python';
import { activationDefinitions, activationFunction } from './numpy-activations';

/** The ident of the node whose output the loss reads (the logits under a fused Sigmoid/Softmax) and of the prediction. */
export function headIdents(plan: NetworkPlan): { head: string; prediction: string } {
  const feeder = plan.nodes[plan.nodes.length - 1].inputs[0];
  const prediction = plannedNode(plan, feeder).ident;
  const head = plan.head.kind === 'logits' ? plannedNode(plan, plan.head.logitsOf).ident : prediction;
  return { head, prediction };
}

/** Lines that set `params` from the app's weights (float32 bits, base64, little-endian; kernels [in, out]). */
export function parameterLines(weights: readonly WeightValues[], plan: NetworkPlan): string[] {
  const lines = [
    'def weights_from_base64(text, shape):',
    '    """float32 values, little-endian, base64: the exact bits the app started from."""',
    "    return np.frombuffer(base64.b64decode(text), dtype='<f4').reshape(shape).astype(np.float64)",
    '',
    '',
    'params = {}',
  ];
  for (const w of weights) {
    const planned = plannedNode(plan, w.nodeId);
    lines.push(
      `params['${planned.ident}.${w.name}'] = weights_from_base64('${encodeFloat32(w.values)}', [${w.shape.join(', ')}])`,
    );
  }
  return lines;
}

function source(plan: NetworkPlan, id: string): string {
  return `out['${plannedNode(plan, id).ident}']`;
}

function forwardLine(plan: NetworkPlan, planned: PlannedNode): string[] {
  const { node, ident, inputs } = planned;
  const target = `    out['${ident}']`;
  const name = `'${commentText(node.name)}'`;
  switch (node.kind) {
    case 'dense': {
      const bias = node.params.useBias ? ` + params['${ident}.bias']` : '';
      return [
        `    # ${name}: z = x·W${node.params.useBias ? ' + b' : ''}, W is [${planned.inputWidths[0]}, ${planned.width}]`,
        `${target} = ${source(plan, inputs[0])} @ params['${ident}.kernel']${bias}`,
      ];
    }
    case 'activation':
      return [
        `    # ${name}`,
        `${target} = ${activationFunction(node.params.activation)}(${source(plan, inputs[0])}, ${numberLiteral(node.params.alpha)})`,
      ];
    case 'add':
      return [
        `    # ${name}: the sum of its inputs`,
        `${target} = ${inputs.map((id) => source(plan, id)).join(' + ')}`,
      ];
    case 'concat':
      return [
        `    # ${name}: its inputs side by side`,
        `${target} = np.concatenate([${inputs.map((id) => source(plan, id)).join(', ')}], axis=1)`,
      ];
    default:
      return [];
  }
}

/** Python lines of the activation functions used and `forward(x)`, which keeps every node's output. */
export function forwardLines(plan: NetworkPlan): string[] {
  const activations = plan.nodes
    .map((n) => n.node)
    .filter((n): n is NodeOf<'activation'> => n.kind === 'activation')
    .map((n) => n.params.activation);
  return [
    ...activationDefinitions(activations),
    ...(activations.length > 0 ? ['', ''] : []),
    'def forward(x):',
    '    """Every node\'s output for the rows x, in the order the app computes them (kept for the backward pass)."""',
    `    out = {'${plan.nodes[0].ident}': x}`,
    ...plan.nodes.flatMap((planned) => forwardLine(plan, planned)),
    '    return out',
  ];
}

function backwardLines(plan: NetworkPlan, planned: PlannedNode): string[] {
  const { node, ident, inputs, inputWidths } = planned;
  const d = `d['${ident}']`;
  const send = (id: string, value: string) =>
    plannedNode(plan, id).node.kind === 'input' ? [] : [`    send(d, '${plannedNode(plan, id).ident}', ${value})`];
  const name = `    # ${`'${commentText(node.name)}'`}`;
  switch (node.kind) {
    case 'dense':
      return [
        `${name}: ∂W = xᵀ·δ${node.params.useBias ? ', ∂b = Σ δ' : ''}, and δ·Wᵀ goes back to its input`,
        `    grads['${ident}.kernel'] = ${source(plan, inputs[0])}.T @ ${d}`,
        ...(node.params.useBias ? [`    grads['${ident}.bias'] = ${d}.sum(axis=0)`] : []),
        ...send(inputs[0], `${d} @ params['${ident}.kernel'].T`),
      ];
    case 'activation': {
      const fn = activationFunction(node.params.activation);
      const call = `${fn}_backward(${source(plan, inputs[0])}, out['${ident}'], ${d}, ${numberLiteral(node.params.alpha)})`;
      return [`${name}: δ = dy ⊙ f′(z)`, ...send(inputs[0], call)];
    }
    case 'add':
      return [`${name}: every input receives the whole gradient`, ...inputs.flatMap((id) => send(id, d))];
    case 'concat': {
      let start = 0;
      const lines = [`${name}: each input receives its own columns`];
      inputs.forEach((id, k) => {
        const end = start + inputWidths[k];
        lines.push(...send(id, `${d}[:, ${start}:${end}]`));
        start = end;
      });
      return lines;
    }
    default:
      return [];
  }
}

/** Python lines of `backward(out, d_head)`: ∂loss/∂(every weight), node by node from the head back. */
export function backwardFunction(plan: NetworkPlan): string[] {
  const { head } = headIdents(plan);
  const headIndex = plan.nodes.findIndex((n) => n.ident === head);
  const nodes = plan.nodes.slice(0, headIndex + 1).reverse();
  return [
    'def send(d, name, gradient):',
    '    """Adds a gradient to what a node\'s output has received (a node feeding several others sums them)."""',
    '    d[name] = d[name] + gradient if name in d else gradient',
    '',
    '',
    'def backward(out, d_head):',
    '    """∂loss/∂w of every weight, by the chain rule from the loss head back to the first layer."""',
    `    d = {'${head}': d_head}  # ∂loss/∂(a node's output), filled in as the pass goes back`,
    '    grads = {}',
    ...nodes.flatMap((planned) => backwardLines(plan, planned)),
    '    return grads',
  ];
}
