import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  guardPermissions,
  guardWebContents,
  type GuardedContents,
  isSafeExternalUrl,
  createMainBrowserWindow,
  type PermissionSession,
  type Preventable,
  windowTitle,
} from './window';

const APP = 'file:///app/dist/renderer/index.html';
const isAppUrl = (url: string) => url.split('#')[0] === APP;

/** Stands in for Electron's BrowserWindow and keeps the options it was built with. */
class CapturingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('createMainBrowserWindow', () => {
  it('sets every security flag of the checklist', () => {
    const prefs = createMainBrowserWindow(CapturingWindow, '/app/dist/electron/preload.cjs', { devTools: false })
      .options.webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('opens hidden (shown when ready) and allows dev tools only when asked', () => {
    expect(createMainBrowserWindow(CapturingWindow, '/p.cjs', { devTools: true }).options).toMatchObject({
      show: false,
      webPreferences: { devTools: true },
    });
  });
});

describe('windowTitle', () => {
  it('marks unsaved changes with a dot, except on macOS where the close button shows it', () => {
    expect(windowTitle('Moons', true, 'linux')).toBe('● Moons — MLP Studio');
    expect(windowTitle('Moons', false, 'win32')).toBe('Moons — MLP Studio');
    expect(windowTitle('Moons', true, 'darwin')).toBe('Moons — MLP Studio');
    expect(windowTitle('  ', false, 'linux')).toBe('Untitled — MLP Studio');
  });
});

describe('isSafeExternalUrl', () => {
  it('allows https only', () => {
    expect(isSafeExternalUrl('https://www.tensorflow.org/js')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-settings:',
      'https://user:pw@host/',
      'nonsense',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

/** A stand-in web contents that records the guards attached to it (every listener, like an EventEmitter). */
function fakeContents() {
  const listeners = new Map<string, ((event: Preventable, url?: string) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (name: string, listener: (event: Preventable, url: string) => void) =>
      listeners.set(name, [...(listeners.get(name) ?? []), listener as (event: Preventable, url?: string) => void]),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    for (const listener of listeners.get(name) ?? []) listener(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('guardWebContents', () => {
  it('blocks navigation away from the app page and sends https links to the system browser', () => {
    const { contents, fire } = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(contents, isAppUrl, openExternal);
    expect(fire('will-navigate', `${APP}#/x`)).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///home/me/secret.txt')).toBe(true);
    expect(fire('will-redirect', 'http://example.com/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://evil.example/']]);
  });

  it('denies every new window, opening only https ones outside the app', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(contents, isAppUrl, openExternal);
    expect(open('https://github.com/')).toEqual({ action: 'deny' });
    expect(open(APP)).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://github.com/']]);
  });

  it('guards a contents once even when asked twice, so a link opens once', () => {
    const { contents, fire } = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(contents, isAppUrl, openExternal);
    guardWebContents(contents, isAppUrl, openExternal);
    fire('will-navigate', 'https://example.org/');
    expect(openExternal).toHaveBeenCalledOnce();
  });

  it('refuses to attach a webview', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents, isAppUrl, vi.fn());
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('guardPermissions', () => {
  it('denies every permission request and check except clipboard writes by the app page', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    guardPermissions(
      { setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) },
      isAppUrl,
    );
    const ask = (permission: string, requestingUrl: string, isMainFrame = true) => {
      const callback = vi.fn();
      request!(null, permission, callback, { requestingUrl, isMainFrame });
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0][0] as boolean;
    };
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
      'clipboard-read',
      'hid',
      'usb',
    ]) {
      expect(ask(permission, APP), permission).toBe(false);
      expect(check!(null, permission, 'file://', { requestingUrl: APP, isMainFrame: true }), permission).toBe(false);
    }
    expect(ask('clipboard-sanitized-write', APP)).toBe(true);
    expect(ask('clipboard-sanitized-write', APP, false)).toBe(false);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check!(null, 'clipboard-sanitized-write', 'file://', { isMainFrame: true })).toBe(false);
  });
});
