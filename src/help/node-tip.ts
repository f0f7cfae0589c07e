/** The tooltip of one node on the canvas: its name and kind, then what it does with its own settings' maths. */
import type { GraphNode } from '../graph/types';
import { LAYER_SPECS } from '../layers/index';
import { activationTip, lossTip, nodeKindTip } from './layer-tips';

/**
 * Names the node, then explains it: an activation by its own function (f and f′), an Output by
 * its kind and its loss's formula, a Dropout with its rate, every other kind by its kind's tip.
 */
export function nodeTip(node: GraphNode): string {
  const head = `${node.name} · ${LAYER_SPECS[node.kind].title}`;
  switch (node.kind) {
    case 'activation':
      return `${head}\n${activationTip(node.params.activation)}${alphaNote(node.params)}`;
    case 'output':
      return `${head}\n${nodeKindTip('output')}\n${lossTip(node.params.loss)}`;
    case 'dropout':
      return `${head}\n${nodeKindTip('dropout')} Here p = ${node.params.rate}.`;
    default:
      return `${head}\n${nodeKindTip(node.kind)}`;
  }
}

/** The slope α of a leaky ReLU or ELU, as a note after its tip; nothing for other activations. */
function alphaNote(params: { activation: string; alpha?: number }): string {
  return params.activation === 'leakyRelu' || params.activation === 'elu' ? ` (α = ${params.alpha})` : '';
}
