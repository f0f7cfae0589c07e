import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { FUSES } from './fuses-config.cjs';
import { standInElectronBinary } from './pack-check-rules';

const require = createRequire(import.meta.url);
/** The hook module as electron-builder loads it. */
const hook = require('./after-pack.cjs') as {
  afterPack(context: object): Promise<void>;
  fuseWireConfig(settings: readonly { fuse: string; enabled: boolean }[], options: object): Record<number, boolean>;
  electronBinaryPath(context: object): string;
};

const work = mkdtempSync(path.join(tmpdir(), 'mlp-after-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A packed Linux app folder whose executable is the stand-in with Electron's default fuse wire. */
function linuxApp(name: string): {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName: string };
} {
  const appOutDir = path.join(work, name);
  rmSync(appOutDir, { recursive: true, force: true });
  mkdirSync(appOutDir);
  writeFileSync(path.join(appOutDir, 'mlp-studio'), standInElectronBinary());
  chmodSync(path.join(appOutDir, 'mlp-studio'), 0o755);
  return { appOutDir, electronPlatformName: 'linux', packager: { executableName: 'mlp-studio' } };
}

describe('afterPack hook', () => {
  it('flips each fuse of fuses-config.cjs on the packed binary and leaves the others as Electron shipped them', async () => {
    const context = linuxApp('flip');
    const before = (await getCurrentFuseWire(path.join(context.appOutDir, 'mlp-studio'))) as unknown as Record<
      number,
      number
    >;
    // The stand-in starts where Electron does: RunAsNode on, asar-only off.
    expect(before[FuseV1Options.RunAsNode]).toBe(FuseState.ENABLE);
    expect(before[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.DISABLE);

    await hook.afterPack(context);
    const after = (await getCurrentFuseWire(path.join(context.appOutDir, 'mlp-studio'))) as unknown as Record<
      number,
      number
    >;
    for (const { fuse, enabled } of FUSES) {
      expect(after[FuseV1Options[fuse as keyof typeof FuseV1Options]], fuse).toBe(
        enabled ? FuseState.ENABLE : FuseState.DISABLE,
      );
    }
    expect(after[FuseV1Options.WasmTrapHandlers]).toBe(before[FuseV1Options.WasmTrapHandlers]);
  });

  it('fails the build when the binary has no fuse wire', async () => {
    const context = linuxApp('no-wire');
    writeFileSync(path.join(context.appOutDir, 'mlp-studio'), '#!/bin/sh\n');
    await expect(hook.afterPack(context)).rejects.toThrow(/sentinel/);
  });

  it('refuses a fuse name @electron/fuses does not know, naming it and the known ones', () => {
    expect(() => hook.fuseWireConfig([{ fuse: 'RunAsNod', enabled: false }], FuseV1Options)).toThrow(
      /'RunAsNod'.*RunAsNode, EnableCookieEncryption/,
    );
    expect(hook.fuseWireConfig([{ fuse: 'OnlyLoadAppFromAsar', enabled: true }], FuseV1Options)).toEqual({
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('finds the binary carrying the fuses on each platform', () => {
    const packager = { executableName: 'mlp-studio', appInfo: { productFilename: 'MLP Studio' } };
    expect(hook.electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(
      path.join('/out', 'mlp-studio'),
    );
    expect(hook.electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(
      path.join('/out', 'MLP Studio.exe'),
    );
    expect(hook.electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe(
      path.join('/out', 'MLP Studio.app'),
    );
  });
});
