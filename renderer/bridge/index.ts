/**
 * Picks the platform adapter at start-up: Electron's preload exposes `window.mlp`; without it the
 * renderer is a plain web page.
 */
import { createElectronPlatform, type MlpBridgeLike } from './electron-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web';

/** The adapter for the host this page runs in. */
export function pickPlatform(): Platform {
  const bridge = (window as unknown as { mlp?: MlpBridgeLike }).mlp;
  return bridge ? createElectronPlatform(bridge) : createWebPlatform();
}
