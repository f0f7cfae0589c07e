/**
 * React Flow's change events mapped to store actions: moves, selection and measured sizes. Removals
 * never come from React Flow (its delete key is off); Delete is the app's own shortcut.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Position } from '../../../src/graph/index';
import type { ViewState } from '../../store/types';
import type { LayerFlowNode, ShapeFlowEdge } from './flow-elements';

/** The position moves in a batch of node changes. */
export function movesOf(changes: NodeChange<LayerFlowNode>[]): { id: string; position: Position }[] {
  const moves: { id: string; position: Position }[] = [];
  for (const c of changes) if (c.type === 'position' && c.position) moves.push({ id: c.id, position: c.position });
  return moves;
}

/** The sizes newly measured in a batch of node changes, or null when none differ from those known. */
export function sizesOf(
  changes: NodeChange<LayerFlowNode>[],
  known: ViewState['nodeSizes'],
): ViewState['nodeSizes'] | null {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const c of changes) {
    if (c.type !== 'dimensions' || !c.dimensions) continue;
    const old = known.get(c.id);
    if (old && old.width === c.dimensions.width && old.height === c.dimensions.height) continue;
    sizes.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
  }
  return sizes.size > 0 ? sizes : null;
}

/** Applies select changes to a list of selected ids; returns the same array when nothing changed. */
export function applySelectChanges(
  selected: string[],
  changes: (NodeChange<LayerFlowNode> | EdgeChange<ShapeFlowEdge>)[],
): string[] {
  const next = new Set(selected);
  for (const c of changes) {
    if (c.type !== 'select') continue;
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  const same = next.size === selected.length && selected.every((id) => next.has(id));
  return same ? selected : [...next];
}
