/** How long the page may stay busy before the preloads start anyway (ms). */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Starts `loads` once the page is first idle after its first paint, so that what start-up left out (the project
 * checks) is usually here before anyone asks for it; the panels drawn the frame after the canvas come first (their
 * render is queued before this idle callback). A failed load is left for the first real use to retry and report.
 */
export function preloadAfterStart(loads: (() => Promise<unknown>)[], page: Window = window): void {
  const go = () => {
    for (const load of loads) load().catch(() => undefined);
  };
  const whenIdle = () =>
    typeof page.requestIdleCallback === 'function'
      ? page.requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS })
      : page.setTimeout(go, 0);
  page.requestAnimationFrame(() => page.setTimeout(whenIdle, 0));
}
