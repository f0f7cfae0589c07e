import { type RefObject, useLayoutEffect, useState } from 'react';

/** An element's content box in CSS pixels. */
export interface ElementSize {
  width: number;
  height: number;
}

/** The size of `ref`'s element, kept current by a ResizeObserver (0×0 until measured). */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      // Whole pixels, so sub-pixel jitter does not redraw the canvases.
      const next = { width: Math.floor(width), height: Math.floor(height) };
      setSize((old) => (old.width === next.width && old.height === next.height ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
