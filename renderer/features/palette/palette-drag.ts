/** The drag-and-drop payload between the palette and the canvas. */
import type { NodeKind } from '../../../src/graph/index';
import { LAYER_SPECS } from '../../../src/layers/index';

/** MIME type of a palette drag; its data is the node kind. */
export const PALETTE_MIME = 'application/x-mlp-node-kind';

/** Reads the node kind from a drop's data, or null when it is not a known kind (another app's drag). */
export function kindFromDrop(data: string): NodeKind | null {
  return Object.prototype.hasOwnProperty.call(LAYER_SPECS, data) ? (data as NodeKind) : null;
}

/** Offset from the pointer to a new node's top-left corner, so that the card lands centred under the pointer. */
export const DROP_OFFSET = { x: 84, y: 44 };
