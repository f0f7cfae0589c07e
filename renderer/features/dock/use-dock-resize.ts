import { type KeyboardEvent, type PointerEvent, useCallback, useState } from 'react';

/** The dock's height limits: its tab bar and a chart at least, and room left for the canvas above. */
export const DOCK_MIN_HEIGHT = 140;
const CANVAS_ROOM = 80;
const KEY_STEP = 24;

/** A height clamped between the minimum and what its container leaves for the canvas. */
export function clampDockHeight(height: number, containerHeight: number): number {
  return Math.round(
    Math.max(DOCK_MIN_HEIGHT, Math.min(height, Math.max(DOCK_MIN_HEIGHT, containerHeight - CANVAS_ROOM))),
  );
}

/** What the dock's resize handle needs: the chosen height (null: the stylesheet's default) and its pointer and key handlers. */
export interface DockResize {
  height: number | null;
  onPointerDown(event: PointerEvent<HTMLElement>): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  reset(): void;
}

/** Resizing the dock by dragging its top edge (or with the arrow keys on it), kept for the session. */
export function useDockResize(dock: React.RefObject<HTMLElement | null>): DockResize {
  const [height, setHeight] = useState<number | null>(null);
  const containerHeight = () => dock.current?.parentElement?.getBoundingClientRect().height ?? window.innerHeight;
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const element = dock.current;
      if (!element || event.button !== 0) return;
      event.preventDefault();
      const startY = event.clientY;
      const startHeight = element.getBoundingClientRect().height;
      const limit = containerHeight();
      const move = (e: globalThis.PointerEvent) => setHeight(clampDockHeight(startHeight + startY - e.clientY, limit));
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- containerHeight reads the ref when called
    [dock],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const delta = event.key === 'ArrowUp' ? KEY_STEP : event.key === 'ArrowDown' ? -KEY_STEP : 0;
    if (delta === 0) return;
    event.preventDefault();
    const current = dock.current?.getBoundingClientRect().height ?? DOCK_MIN_HEIGHT;
    setHeight(clampDockHeight(current + delta, containerHeight()));
  };
  return { height, onPointerDown, onKeyDown, reset: () => setHeight(null) };
}
