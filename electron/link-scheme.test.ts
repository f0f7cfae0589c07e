import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerLinkScheme } from './link-scheme';

describe('registerLinkScheme', () => {
  it('registers the packaged app for mlp-studio:// as it is', () => {
    const app = { setAsDefaultProtocolClient: vi.fn(() => true) };
    expect(
      registerLinkScheme(app, { execPath: '/opt/MLP Studio/mlp-studio', argv: ['/opt/MLP Studio/mlp-studio'] }),
    ).toBe(true);
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('mlp-studio');
  });

  it('registers Electron with the app folder in a development run', () => {
    const app = { setAsDefaultProtocolClient: vi.fn(() => false) };
    expect(
      registerLinkScheme(app, {
        execPath: '/w/node_modules/electron/dist/electron',
        argv: ['/w/node_modules/electron/dist/electron', '.'],
        defaultApp: true,
      }),
    ).toBe(false);
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith(
      'mlp-studio',
      '/w/node_modules/electron/dist/electron',
      [path.resolve('.')],
    );
  });
});
