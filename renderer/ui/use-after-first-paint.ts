import { startTransition, useEffect, useState } from 'react';

// Once the window has painted, panels mounted later (a tab picked again, a column shown) draw at once.
let painted = false;

/**
 * False for the window's first frame, then true, set at low priority once that frame is painted: a panel beside the
 * canvas draws its content a moment after the canvas, so the canvas is on screen and answers input sooner at start-up.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame's paint; the timer after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        startTransition(() => setReady(true));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}
