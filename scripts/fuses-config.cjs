// The Electron fuses of the shipped binary, as data: the afterPack hook (after-pack.cjs) flips
// exactly these, and `npm run pack:check` checks them against the security policy. Fuses are
// bits compiled into the Electron binary; flipping them after packing switches features off for
// good, whatever the environment or command line says. Names are @electron/fuses' FuseV1Options.
'use strict';

/** Each fuse MLP Studio sets, whether it is on, and why (docs/security.md items 18 and 19). */
const FUSES = Object.freeze([
  {
    fuse: 'RunAsNode',
    enabled: false,
    why: 'ELECTRON_RUN_AS_NODE would turn the app binary into a plain Node.js that runs any script it is given.',
  },
  {
    fuse: 'EnableCookieEncryption',
    enabled: true,
    why: "Cookies on disk are encrypted with the OS keychain's key, so another program reading the profile gets nothing useful.",
  },
  {
    fuse: 'EnableNodeOptionsEnvironmentVariable',
    enabled: false,
    why: 'NODE_OPTIONS (for example --require) could load arbitrary code into the main process.',
  },
  {
    fuse: 'EnableNodeCliInspectArguments',
    enabled: false,
    why: '--inspect and --inspect-brk would let anyone attach a debugger to the main process and run code in it.',
  },
  {
    fuse: 'EnableEmbeddedAsarIntegrityValidation',
    enabled: true,
    why:
      'On macOS and Windows, Electron refuses an app.asar whose hash differs from the one embedded at ' +
      'packaging time (Linux has no embedded hash).',
  },
  {
    fuse: 'OnlyLoadAppFromAsar',
    enabled: true,
    why:
      'The app code is loaded only from app.asar, never from a planted resources/app folder, so the integrity ' +
      'check cannot be sidestepped.',
  },
  {
    fuse: 'LoadBrowserProcessSpecificV8Snapshot',
    enabled: false,
    why: 'The app ships no V8 snapshot of its own.',
  },
  {
    fuse: 'GrantFileProtocolExtraPrivileges',
    enabled: true,
    why:
      'Kept on: the renderer is the web build loaded from file://, and its module scripts, worker and WASM ' +
      'fetches need these privileges (docs/security.md, item 18).',
  },
]);

/** The fuses that must be off in every release, whatever else changes: each one lets the binary run code it did not ship. */
const REQUIRED_OFF = Object.freeze([
  'RunAsNode',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
]);

/** The fuses that must be on in every release: encrypted cookies and an app that loads only from its checked archive. */
const REQUIRED_ON = Object.freeze([
  'EnableCookieEncryption',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
]);

module.exports = { FUSES, REQUIRED_OFF, REQUIRED_ON };
