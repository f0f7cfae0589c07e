/**
 * The main window's security settings and the guards on its web contents: sandboxed, isolated,
 * no Node; navigation and new windows blocked; https links sent to the system browser; every
 * permission denied but writing text to the clipboard.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from './window-state';

/** The product name shown in window titles. */
export const PRODUCT_NAME = 'MLP Studio';

/** A BrowserWindow class: Electron's in the app, a fake in the tests. */
export type BrowserWindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the main window. The security flags are spelled out even where they are Electron's
 * defaults, so a change of default cannot weaken them, and they are written at the constructor
 * call itself so that static scanners (electronegativity, the lint rules) see them.
 */
export function createMainBrowserWindow<W>(
  BrowserWindow: BrowserWindowClass<W>,
  preloadPath: string,
  options: { devTools: boolean; bounds?: Rect | null },
): W {
  return new BrowserWindow({
    width: 1440,
    height: 900,
    // Remembered bounds, already moved onto a display that exists (window-state.ts).
    ...(options.bounds ?? {}),
    minWidth: 960,
    minHeight: 600,
    title: PRODUCT_NAME,
    // Shown on 'ready-to-show', so the window never flashes empty.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click would otherwise try to open the link in a new window.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
}

/** The window title: the document title, a dot when there are unsaved changes (macOS shows that in the close button instead). */
export function windowTitle(documentTitle: string, dirty: boolean, platform: NodeJS.Platform): string {
  const title = documentTitle.trim() || 'Untitled';
  const marker = dirty && platform !== 'darwin' ? '● ' : '';
  return `${marker}${title} — ${PRODUCT_NAME}`;
}

/** Whether a URL may be handed to the system browser: https only, so no file:, javascript: or custom schemes launch local programs. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** An event a guard may cancel. */
export interface Preventable {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards attach to (injected, so tests need no Electron). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

const guardedContents = new WeakSet<GuardedContents>();

/**
 * Guards a web contents: navigation away from the app page and every window.open are refused
 * (https targets open in the system browser instead) and <webview> cannot be attached. Guarding
 * the same contents again does nothing, so a link never opens twice.
 */
export function guardWebContents(
  contents: GuardedContents,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  if (guardedContents.has(contents)) return;
  guardedContents.add(contents);
  const refuseNavigation = (event: Preventable, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Permission policy: only 'clipboard-sanitized-write' (Copy buttons), only for the app page's top frame; every other
 * permission is denied.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isMainFrame: boolean,
  isAppUrl: (url: string) => boolean,
): boolean {
  return (
    permission === 'clipboard-sanitized-write' && isMainFrame && requestingUrl !== undefined && isAppUrl(requestingUrl)
  );
}

/** The part of Electron's Session the permission guard sets. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string; isMainFrame: boolean },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      contents: unknown,
      permission: string,
      requestingOrigin: string,
      details: { requestingUrl?: string; isMainFrame: boolean },
    ) => boolean,
  ): void;
}

/** Installs the permission policy on a session, for both requests and silent checks. */
export function guardPermissions(session: PermissionSession, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, details.isMainFrame, isAppUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionGranted(permission, details.requestingUrl, details.isMainFrame, isAppUrl),
  );
}
