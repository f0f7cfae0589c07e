// electron-builder's afterPack hook: flips the Electron fuses listed in fuses-config.cjs on the
// packed binary, then reads the fuse wire back and fails the build if any fuse is not as asked.
// It runs after the app is packed and before it is signed, as flipping must precede signing.
'use strict';

const path = require('node:path');
const { FUSES } = require('./fuses-config.cjs');

/**
 * The @electron/fuses config for `settings`: each FuseV1Options name mapped to its wire index
 * and state; throws naming the fuse when @electron/fuses does not know a name.
 */
function fuseWireConfig(settings, FuseV1Options) {
  const config = {};
  for (const { fuse, enabled } of settings) {
    const index = FuseV1Options[fuse];
    if (typeof index !== 'number') {
      throw new Error(
        `scripts/fuses-config.cjs names the fuse '${fuse}', which @electron/fuses does not know. Use one of: ${Object.keys(
          FuseV1Options,
        )
          .filter((k) => Number.isNaN(Number(k)))
          .join(', ')}.`,
      );
    }
    config[index] = enabled;
  }
  return config;
}

/**
 * The file that carries the fuse wire for this platform: the executable on Linux and Windows, the .app bundle on
 * macOS (@electron/fuses finds the framework inside).
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`after-pack: no Electron binary location known for platform '${electronPlatformName}'.`);
  }
}

/**
 * Compares the wire read back from the binary with `settings`; returns one line per fuse that
 * differs (empty when all match). `wire` maps indices to byte states, as getCurrentFuseWire returns.
 */
function wireMismatches(settings, wire, FuseV1Options, FuseState) {
  const problems = [];
  for (const { fuse, enabled } of settings) {
    const actual = wire[FuseV1Options[fuse]];
    const expected = enabled ? FuseState.ENABLE : FuseState.DISABLE;
    if (actual !== expected) {
      const seen =
        actual === undefined
          ? 'absent from the wire'
          : actual === FuseState.REMOVED
            ? 'removed in this Electron'
            : `'${String.fromCharCode(actual)}'`;
      problems.push(`${fuse}: expected ${enabled ? 'on' : 'off'}, found ${seen}`);
    }
  }
  return problems;
}

/**
 * The hook electron-builder calls after packing: flips the fuses on the packed binary and verifies them (throws,
 * failing the build, on any difference).
 */
async function afterPack(context) {
  const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion, FuseState } = await import('@electron/fuses');
  const binary = electronBinaryPath(context);
  // Apple Silicon refuses to start a binary whose ad-hoc signature no longer matches its bytes.
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(binary, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: darwin,
    ...fuseWireConfig(FUSES, FuseV1Options),
  });

  const wire = await getCurrentFuseWire(binary);
  const problems = wireMismatches(FUSES, wire, FuseV1Options, FuseState);
  if (problems.length > 0)
    throw new Error(`Fuses of ${binary} are not as scripts/fuses-config.cjs asks:\n  ${problems.join('\n  ')}`);
  const summary = FUSES.map(({ fuse, enabled }) => `${fuse}=${enabled ? 'on' : 'off'}`).join(', ');
  console.log(`  • fuses flipped and verified  binary=${binary}  ${summary}`);
}

module.exports = { afterPack, fuseWireConfig, electronBinaryPath, wireMismatches };
