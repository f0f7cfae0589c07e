/** PyTorch code for each kind of node: the module, how the forward pass applies it, its initialisation and its weights. */
import type { ActivationParams, Initializer } from '../graph/types';
import type { WeightValues } from '../project/weights';
import { encodeFloat32 } from '../project/weights';
import { drawOf } from './initializers';
import type { PlannedNode } from './network-plan';
import { commentText, numberLiteral } from './python';

/** The torch.nn module computing an activation (GELU with the tanh approximation, as the app computes it). */
export function torchActivation(params: ActivationParams): string {
  switch (params.activation) {
    case 'sigmoid':
      return 'nn.Sigmoid()';
    case 'tanh':
      return 'nn.Tanh()';
    case 'relu':
      return 'nn.ReLU()';
    case 'leakyRelu':
      return `nn.LeakyReLU(negative_slope=${numberLiteral(params.alpha)})`;
    case 'elu':
      return `nn.ELU(alpha=${numberLiteral(params.alpha)})`;
    case 'softplus':
      return 'nn.Softplus()';
    case 'gelu':
      return "nn.GELU(approximate='tanh')";
    case 'linear':
      return 'nn.Identity()';
    case 'softmax':
      return 'nn.Softmax(dim=1)';
    default: {
      const unknown: never = params.activation;
      throw new Error(`Unknown activation '${String(unknown)}'.`);
    }
  }
}

/** The module a node owns, or null for nodes that are plain tensor operations (Input, Add, Concat, Output). */
export function torchModule(planned: PlannedNode): string | null {
  const { node, inputWidths, width } = planned;
  switch (node.kind) {
    case 'dense':
      return `nn.Linear(${inputWidths[0]}, ${width}${node.params.useBias ? '' : ', bias=False'})`;
    case 'activation':
      return torchActivation(node.params);
    case 'dropout':
      return `nn.Dropout(p=${numberLiteral(node.params.rate)})`;
    case 'batchNorm':
      // PyTorch's momentum is the weight of the new batch statistic: 1 − the app's (Keras's) momentum.
      return `nn.BatchNorm1d(${width}, eps=${numberLiteral(node.params.epsilon)}, momentum=${numberLiteral(1 - node.params.momentum)})`;
    default:
      return null;
  }
}

/** A one-line comment on what a node's module holds. */
export function torchModuleComment(planned: PlannedNode): string {
  const { node, inputWidths, width, paramCount } = planned;
  const name = `'${commentText(node.name)}'`;
  if (node.kind === 'dense') {
    const bias = node.params.useBias ? ` + ${width} ${width === 1 ? 'bias' : 'biases'}` : '';
    return `${name}: ${inputWidths[0]}×${width} weights${bias} = ${paramCount} parameters`;
  }
  if (node.kind === 'batchNorm')
    return `${name}: γ, β (trained) and the running mean and variance, ${width} each = ${paramCount} parameters`;
  return name;
}

/** The expression of a node's output in a forward pass, given the variable names of its inputs. */
export function torchForward(planned: PlannedNode, inputs: string[], self: string): string {
  const { node } = planned;
  if (node.kind === 'add') return inputs.join(' + ');
  if (node.kind === 'concat') return inputs.length === 1 ? inputs[0] : `torch.cat([${inputs.join(', ')}], dim=1)`;
  return `${self}.${planned.ident}(${inputs[0]})`;
}

function initLine(target: string, init: Initializer, shape: number[], role: 'kernel' | 'bias'): string {
  const draw = drawOf(init, shape);
  if (draw.kind === 'constant') return `nn.init.${draw.value === 0 ? 'zeros_' : 'ones_'}(${target})`;
  // Where PyTorch's own initialiser draws exactly what TF.js draws, use it (kernels only: PyTorch's fans need 2-D weights).
  if (role === 'kernel' && init.name === 'glorotUniform')
    return `nn.init.xavier_uniform_(${target})  # ${draw.formula}`;
  if (role === 'kernel' && init.name === 'heUniform')
    return `nn.init.kaiming_uniform_(${target}, nonlinearity='relu')  # ${draw.formula}`;
  if (draw.kind === 'uniform')
    return `nn.init.uniform_(${target}, -${numberLiteral(draw.limit)}, ${numberLiteral(draw.limit)})  # ${draw.formula}`;
  return `nn.init.normal_(${target}, mean=0.0, std=${numberLiteral(draw.std)})  # ${draw.formula}`;
}

/** Lines that initialise a Linear node's weight and bias as the app does (fans from TF.js's [in, out] kernel). */
export function torchInitLines(planned: PlannedNode, model: string): string[] {
  const { node, inputWidths, width } = planned;
  if (node.kind !== 'dense') return [];
  const lines = [
    initLine(`${model}.${planned.ident}.weight`, node.params.kernelInitializer, [inputWidths[0], width], 'kernel'),
  ];
  if (node.params.useBias)
    lines.push(initLine(`${model}.${planned.ident}.bias`, node.params.biasInitializer, [width], 'bias'));
  return lines;
}

/** PyTorch attribute of each TF.js weight name; a Linear kernel is stored transposed ([in, out] in TF.js, [out, in] in PyTorch). */
const TORCH_WEIGHT: Record<string, string> = {
  kernel: 'weight',
  bias: 'bias',
  gamma: 'weight',
  beta: 'bias',
  moving_mean: 'running_mean',
  moving_variance: 'running_var',
};

/** Lines that copy the app's weights of one node into the model (exact float32 bits, base64 little-endian). */
export function torchWeightLines(planned: PlannedNode, weights: readonly WeightValues[], model: string): string[] {
  return weights
    .filter((w) => w.nodeId === planned.node.id)
    .map((w) => {
      const tensor = `weights_from_base64('${encodeFloat32(w.values)}', [${w.shape.join(', ')}])`;
      const value = w.name === 'kernel' ? `${tensor}.T` : tensor;
      return `${model}.${planned.ident}.${TORCH_WEIGHT[w.name] ?? w.name}.copy_(${value})`;
    });
}
