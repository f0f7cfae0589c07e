/**
 * Registers the offline service worker where offline-policy allows it: the worker precaches the
 * app, says once that the app now works offline, and when a newer version has been deployed hands
 * the update prompt a way to switch to it.
 */
import type { Platform } from '../../bridge/platform';
import type { AppStore } from '../../store/app-store';
import { shouldRegisterServiceWorker } from './offline-policy';
import { setPendingUpdate } from './update-state';

/** Starts offline support when this page may have it; resolves once registration was asked for (or skipped). */
export async function startOfflineSupport(store: AppStore, platform: Platform): Promise<void> {
  const env = {
    production: import.meta.env.PROD,
    platform: platform.kind,
    protocol: window.location.protocol,
    hasServiceWorker: 'serviceWorker' in navigator,
    webdriver: navigator.webdriver === true,
    search: window.location.search,
  };
  if (!shouldRegisterServiceWorker(env)) return;
  // Loaded only here: the module exists in builds made with the offline plugin (see scripts/offline-build.ts).
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    onNeedRefresh: () => setPendingUpdate({ reload: () => void update(true) }),
    onOfflineReady: () =>
      store
        .getState()
        .showToast('info', 'MLP Studio is now stored on this device: it starts and trains without a network.'),
    onRegisterError: (error: unknown) =>
      console.warn(
        'The offline service worker could not be registered; the app works, but needs the network to start.',
        error,
      ),
  });
}
