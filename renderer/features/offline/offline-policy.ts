/**
 * When the page registers its service worker: only the production web build, served over http(s)
 * by a browser that has service workers; never in Electron (its pages come from disk and need no
 * cache) and not in an automated browser unless the address asks with ?sw=1, so browser tests
 * that are not about offline use see the page exactly as served.
 */

/** What the decision depends on. */
export interface OfflineEnvironment {
  production: boolean;
  platform: 'web' | 'electron';
  protocol: string;
  hasServiceWorker: boolean;
  webdriver: boolean;
  search: string;
}

/** Whether to register the offline service worker in this environment. */
export function shouldRegisterServiceWorker(env: OfflineEnvironment): boolean {
  if (!env.production || env.platform !== 'web' || !env.hasServiceWorker) return false;
  if (env.protocol !== 'https:' && env.protocol !== 'http:') return false;
  return !env.webdriver || new URLSearchParams(env.search).get('sw') === '1';
}
