import { type FocusEvent, type KeyboardEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { connectTargets } from '../../../src/graph/index';
import { useServices } from '../../app/use-services';
import { BURST_IDLE_MS, nudgeOf, stepThrough } from './keyboard-moves';

/** The keyboard connect mode: the node the new edge leaves and the layers it may enter, the one picked by index. */
export interface ConnectMode {
  sourceId: string;
  targets: string[];
  index: number;
}

/** The node or edge an element of the canvas stands for, as `node:<id>` / `edge:<id>`; null for anything else. */
export function itemKeyOf(element: Element | null): string | null {
  if (!(element instanceof Element)) return null;
  const id = element.getAttribute('data-id');
  if (id === null) return null;
  if (element.classList.contains('react-flow__node')) return `node:${id}`;
  if (element.classList.contains('react-flow__edge')) return `edge:${id}`;
  return null;
}

/** Focuses the canvas element of an item key. */
function focusItem(root: HTMLElement | null, key: string): void {
  const [kind, id] = [key.slice(0, 4), key.slice(5)];
  const selector = `.react-flow__${kind}[data-id="${CSS.escape(id)}"]`;
  root?.querySelector<HTMLElement | SVGElement>(selector)?.focus();
}

/**
 * The canvas's keyboard: Tab and Shift+Tab walk the nodes in reading order and then the edges (one tab stop for the
 * whole graph), arrow keys move the selected cards (one undo step per burst) or walk the nodes when the focused one is
 * not selected, C starts the connect mode (arrows or Tab pick a target, Enter connects, Escape cancels), and Delete
 * removes the focused card or edge.
 */
export function useCanvasKeyboard(root: RefObject<HTMLElement | null>, order: readonly string[]) {
  const { store } = useServices();
  const [focused, setFocused] = useState<string | null>(null);
  const lastFocused = useRef<string | null>(null);
  const [connecting, setConnecting] = useState<ConnectMode | null>(null);
  const burst = useRef<ReturnType<typeof setTimeout> | null>(null);

  const endBurst = useCallback(() => {
    if (burst.current === null) return;
    clearTimeout(burst.current);
    burst.current = null;
    store.getState().endChange();
  }, [store]);
  useEffect(() => endBurst, [endBurst]);

  const pickTarget = (mode: ConnectMode, index: number) => {
    const count = mode.targets.length;
    const next = { ...mode, index: ((index % count) + count) % count };
    setConnecting(next);
    focusItem(root.current, `node:${next.targets[next.index]}`);
  };

  const onConnectKey = (event: KeyboardEvent, mode: ConnectMode): boolean => {
    if (event.key === 'Escape') {
      setConnecting(null);
      focusItem(root.current, `node:${mode.sourceId}`);
    } else if (event.key === 'Enter') {
      if (mode.targets.length > 0) store.getState().connect(mode.sourceId, mode.targets[mode.index]);
      setConnecting(null);
    } else if (['ArrowRight', 'ArrowDown'].includes(event.key) || (event.key === 'Tab' && !event.shiftKey)) {
      if (mode.targets.length > 0) pickTarget(mode, mode.index + 1);
    } else if (['ArrowLeft', 'ArrowUp'].includes(event.key) || (event.key === 'Tab' && event.shiftKey)) {
      if (mode.targets.length > 0) pickTarget(mode, mode.index - 1);
    } else return false;
    return true;
  };

  const onItemKey = (event: KeyboardEvent, key: string): boolean => {
    const state = store.getState();
    const nodeId = key.startsWith('node:') ? key.slice(5) : null;
    const selected = nodeId !== null && state.view.selection.nodeIds.includes(nodeId);
    const mod = event.ctrlKey || event.metaKey || event.altKey;
    if (event.key === 'Tab' && !mod) {
      const next = stepThrough(order, key, event.shiftKey ? -1 : 1);
      if (next === null) return false;
      focusItem(root.current, next);
      return true;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
      // Delete acts on what has the focus: a focused card or edge outside the selection becomes the selection first
      // (the app's Delete then removes it), instead of Delete removing other things selected earlier.
      const edgeId = key.startsWith('edge:') ? key.slice(5) : null;
      const inSelection = nodeId !== null ? selected : state.view.selection.edgeIds.includes(edgeId ?? '');
      if (!inSelection) state.setSelection(nodeId !== null ? [nodeId] : [], edgeId !== null ? [edgeId] : []);
      return false;
    }
    if (nodeId === null || mod) return false;
    if ((event.key === 'c' || event.key === 'C') && !event.shiftKey) {
      const mode = { sourceId: nodeId, targets: connectTargets(state.document.graph, nodeId), index: 0 };
      setConnecting(mode);
      if (mode.targets.length > 0) focusItem(root.current, `node:${mode.targets[0]}`);
      return true;
    }
    const nudge = nudgeOf(event.key, event.shiftKey);
    if (!nudge) return false;
    if (!selected) {
      const nodes = order.filter((k) => k.startsWith('node:'));
      const next = stepThrough(nodes, key, nudge.x + nudge.y > 0 ? 1 : -1);
      if (next) focusItem(root.current, next);
      return true;
    }
    if (burst.current === null) state.beginChange();
    else clearTimeout(burst.current);
    burst.current = setTimeout(endBurst, BURST_IDLE_MS);
    const ids = new Set(state.view.selection.nodeIds);
    const moves = state.document.graph.nodes
      .filter((n) => ids.has(n.id))
      .map((n) => ({ id: n.id, position: { x: n.position.x + nudge.x, y: n.position.y + nudge.y } }));
    state.moveNodes(moves);
    return true;
  };

  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const key = itemKeyOf(event.target as Element);
    const handled = connecting ? onConnectKey(event, connecting) : key !== null && onItemKey(event, key);
    if (!handled) return;
    // The app's own keys win over React Flow's (it would move cards 5 px a press and select on Enter).
    event.preventDefault();
    event.stopPropagation();
  };

  const onFocusCapture = (event: FocusEvent) => {
    const key = itemKeyOf(event.target as Element);
    setFocused(key);
    if (key) lastFocused.current = key;
  };

  const onBlurCapture = (event: FocusEvent) => {
    if (root.current?.contains(event.relatedTarget as Node | null)) return;
    setFocused(null);
    setConnecting(null);
    endBurst();
  };

  return { focused, lastFocused: lastFocused.current, connecting, onKeyDownCapture, onFocusCapture, onBlurCapture };
}
