import { useLayoutEffect, useState } from 'react';
import type { Box } from '../welcome/tour-placement';

/** Padding of the ring around its control, as the tour's. */
const RING = 4;

/** The on-screen element of a control, by the data-control id every lockable control carries. */
export function findControl(id: string): HTMLElement | null {
  const element = document.querySelector<HTMLElement>(`[data-control="${CSS.escape(id)}"]`);
  const rect = element?.getBoundingClientRect();
  return element && rect && rect.width > 0 && rect.height > 0 ? element : null;
}

/**
 * Rings the control a lesson step points at, with the tour's highlight but without dimming the
 * window (the class keeps working). Follows the control when the window resizes or a panel
 * scrolls; draws nothing when the control is not on screen.
 */
export function StepFocusRing({ controlId }: { controlId: string }) {
  const [box, setBox] = useState<Box | null>(null);

  useLayoutEffect(() => {
    const measure = () => {
      const rect = findControl(controlId)?.getBoundingClientRect();
      setBox(
        rect
          ? {
              left: rect.left - RING,
              top: rect.top - RING,
              width: rect.width + 2 * RING,
              height: rect.height + 2 * RING,
            }
          : null,
      );
    };
    findControl(controlId)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    measure();
    // Panels mount and unmount as the lesson moves on: re-measure when the page's layout changes.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    const mutations = new MutationObserver(measure);
    mutations.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', measure);
    window.addEventListener('scroll', measure, true);
    return () => {
      observer.disconnect();
      mutations.disconnect();
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, true);
    };
  }, [controlId]);

  if (!box) return null;
  return (
    <div
      className="tour__highlight step-ring"
      data-testid="step-focus-ring"
      data-focus={controlId}
      style={box}
      aria-hidden="true"
    />
  );
}
