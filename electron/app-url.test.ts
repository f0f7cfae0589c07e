import { describe, expect, it } from 'vitest';
import { chooseRendererSource, createAppUrlCheck, parseDevUrl } from './app-url';

describe('createAppUrlCheck', () => {
  it('accepts only the dev server origin in development', () => {
    const check = createAppUrlCheck({ kind: 'dev', url: 'http://localhost:5173/' }, 'linux');
    expect(check('http://localhost:5173/index.html?x=1')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(check('http://127.0.0.1:5173/')).toBe(false);
    expect(check('file:///opt/mlp/resources/app.asar/dist/renderer/index.html')).toBe(false);
    expect(check('not a url')).toBe(false);
  });

  it('accepts the built index.html only, ignoring case on Windows', () => {
    const check = createAppUrlCheck(
      { kind: 'file', indexPath: 'C:\\Program Files\\MLP\\dist\\renderer\\index.html' },
      'win32',
    );
    expect(check('file:///C:/Program%20Files/MLP/dist/renderer/index.html')).toBe(true);
    expect(check('file:///c:/program%20files/mlp/dist/renderer/INDEX.html#x')).toBe(true);
    expect(check('file:///C:/Program%20Files/MLP/dist/renderer/../renderer2/index.html')).toBe(false);
    expect(check('file://evil-host/C:/Program%20Files/MLP/dist/renderer/index.html')).toBe(false);
  });

  it('accepts the built index.html on POSIX with any query or hash, and nothing beside it', () => {
    const check = createAppUrlCheck({ kind: 'file', indexPath: '/opt/mlp/app.asar/dist/renderer/index.html' }, 'linux');
    expect(check('file:///opt/mlp/app.asar/dist/renderer/index.html?a=b#c')).toBe(true);
    expect(check('file:///opt/mlp/app.asar/dist/renderer/INDEX.html')).toBe(false);
    expect(check('file:///opt/mlp/app.asar/dist/renderer/index.html.evil')).toBe(false);
    expect(check('https://opt/mlp/app.asar/dist/renderer/index.html')).toBe(false);
  });
});

describe('renderer source', () => {
  it('uses the dev server only when MLP_DEV_URL is set and the app is not packaged', () => {
    expect(chooseRendererSource('/a/dist/renderer/index.html', 'http://localhost:5173', false)).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
    });
    expect(chooseRendererSource('/a/dist/renderer/index.html', 'http://localhost:5173', true)).toEqual({
      kind: 'file',
      indexPath: '/a/dist/renderer/index.html',
    });
    expect(chooseRendererSource('/a/dist/renderer/index.html', undefined, false)).toEqual({
      kind: 'file',
      indexPath: '/a/dist/renderer/index.html',
    });
  });

  it('refuses a dev URL that is not a local http server, saying how to fix it', () => {
    expect(parseDevUrl('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000/');
    expect(() => parseDevUrl('https://example.com/')).toThrow(/only a dev server on this machine.*Unset it/);
    expect(() => parseDevUrl('file:///etc/passwd')).toThrow(/only a dev server on this machine/);
    expect(() => parseDevUrl('localhost:5173')).toThrow(/only a dev server|not a URL/);
    expect(() => parseDevUrl('::')).toThrow(/not a URL.*http:\/\/localhost:5173/);
  });
});
