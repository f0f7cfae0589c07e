/** Keras code for each kind of node: the layer call in the functional API, and how the app's weights are set into it. */
import type { ActivationParams } from '../graph/types';
import type { WeightValues } from '../project/weights';
import { encodeFloat32 } from '../project/weights';
import type { TrainingConfig } from '../training/config';
import { kerasInitializer } from './initializers';
import type { PlannedNode } from './network-plan';
import { numberLiteral } from './python';

/** The Keras layer computing an activation (GELU with the tanh approximation, as the app computes it). */
export function kerasActivation(params: ActivationParams, name: string): string {
  switch (params.activation) {
    case 'sigmoid':
    case 'tanh':
    case 'relu':
    case 'softplus':
    case 'linear':
    case 'softmax':
      return `layers.Activation('${params.activation}', name='${name}')`;
    case 'leakyRelu':
      return `layers.LeakyReLU(negative_slope=${numberLiteral(params.alpha)}, name='${name}')`;
    case 'elu':
      return `layers.ELU(alpha=${numberLiteral(params.alpha)}, name='${name}')`;
    case 'gelu':
      return `layers.Activation(gelu_tanh, name='${name}')`;
    default: {
      const unknown: never = params.activation;
      throw new Error(`Unknown activation '${String(unknown)}'.`);
    }
  }
}

/** The Keras layer of a node, or null for Input and Output (the functional API's input tensor and the model's output). */
export function kerasLayer(planned: PlannedNode, training: TrainingConfig): string | null {
  const { node, ident, width } = planned;
  switch (node.kind) {
    case 'dense': {
      const { useBias, kernelInitializer, biasInitializer } = node.params;
      const l1 = node.params.l1 + training.l1;
      const l2 = node.params.l2 + training.l2;
      const settings = [
        String(width),
        `use_bias=${useBias ? 'True' : 'False'}`,
        `kernel_initializer=${kerasInitializer(kernelInitializer)}`,
        ...(useBias ? [`bias_initializer=${kerasInitializer(biasInitializer)}`] : []),
        ...(l1 !== 0 || l2 !== 0
          ? [`kernel_regularizer=keras.regularizers.L1L2(l1=${numberLiteral(l1)}, l2=${numberLiteral(l2)})`]
          : []),
        `name='${ident}'`,
      ];
      return `layers.Dense(${settings.join(', ')})`;
    }
    case 'activation':
      return kerasActivation(node.params, ident);
    case 'dropout':
      return `layers.Dropout(${numberLiteral(node.params.rate)}, name='${ident}')`;
    case 'batchNorm':
      return (
        `layers.BatchNormalization(momentum=${numberLiteral(node.params.momentum)}, ` +
        `epsilon=${numberLiteral(node.params.epsilon)}, name='${ident}')`
      );
    case 'add':
      return `layers.Add(name='${ident}')`;
    case 'concat':
      return `layers.Concatenate(axis=-1, name='${ident}')`;
    default:
      return null;
  }
}

/** The line that sets the app's weights of one node (same layout as TF.js: a kernel is [in, out]). */
export function kerasWeightLine(planned: PlannedNode, weights: readonly WeightValues[]): string | null {
  const own = weights.filter((w) => w.nodeId === planned.node.id);
  if (own.length === 0) return null;
  const arrays = own.map((w) => `weights_from_base64('${encodeFloat32(w.values)}', [${w.shape.join(', ')}])`);
  return `model.get_layer('${planned.ident}').set_weights([${arrays.join(', ')}])`;
}
