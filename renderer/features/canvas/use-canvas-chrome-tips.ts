import { type RefObject, useEffect } from 'react';
import { TIPS } from '../../help/tips';

/** React Flow's own controls and the tooltip each gets. */
const CHROME: [selector: string, text: string][] = [
  ['.react-flow__controls-zoomin', TIPS['canvas.zoomIn']],
  ['.react-flow__controls-zoomout', TIPS['canvas.zoomOut']],
  ['.react-flow__controls-fitview', TIPS['canvas.fitView']],
  ['.react-flow__minimap', TIPS['canvas.minimap']],
  ['.react-flow__attribution a', TIPS['canvas.attribution']],
];

/**
 * Gives the controls React Flow draws itself (zoom buttons, minimap, attribution link) the app's
 * tooltips: React Flow offers no way to pass them attributes, so they are set on the elements,
 * again whenever React Flow adds one (the minimap comes and goes with the nodes). The minimap is
 * given no SVG title (GraphCanvas passes an empty ariaLabel) and named here instead.
 */
export function useCanvasChromeTips(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const canvas = root.current;
    if (!canvas) return;
    const apply = () => {
      for (const [selector, text] of CHROME) {
        for (const element of canvas.querySelectorAll(selector)) {
          if (element.getAttribute('data-tip') === text) continue;
          element.setAttribute('data-tip', text);
          // React Flow's own terse title would otherwise show as a second, native tooltip.
          element.removeAttribute('title');
        }
      }
    };
    apply();
    // The minimap's name goes on the image itself rather than in an SVG <title>, which the browser would show as a second tooltip.
    const nameMinimap = () =>
      canvas.querySelector('.react-flow__minimap svg')?.setAttribute('aria-label', 'Overview of the graph');
    nameMinimap();
    const observer = new MutationObserver(() => {
      apply();
      nameMinimap();
    });
    observer.observe(canvas, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root]);
}
