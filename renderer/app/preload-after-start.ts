/** How long the page may stay busy before the preloads start anyway (ms). */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Starts `loads` once the page is first idle after start-up (the canvas drawn), so that what start-up
 * left out (the project checks, the bundled presets) is usually here before anyone asks for it. A failed
 * load is left for the first real use to retry and report.
 */
export function preloadAfterStart(loads: (() => Promise<unknown>)[], page: Window = window): void {
  const go = () => {
    for (const load of loads) load().catch(() => undefined);
  };
  if (typeof page.requestIdleCallback === 'function') page.requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
  else page.setTimeout(go, 0);
}
