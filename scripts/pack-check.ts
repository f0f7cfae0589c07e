#!/usr/bin/env tsx
/**
 * `npm run pack:check`: verifies offline what can be verified of the desktop packaging, and says
 * in one line each what it could not do here. Checks, in order: electron-builder.yml against
 * electron-builder's own schema and the project's rules; the fuse settings (data) against the
 * security policy; the icons at every size; then a real electron-builder `--linux dir` run around
 * a stand-in Electron binary (this machine cannot download Electron), whose app.asar is listed
 * and measured, whose command line (resources/cli) is run with Node, and whose stand-in fuse wire,
 * flipped by the real afterPack hook, is read back.
 * Needs the built app (`npm run build`; the npm script builds first). Exit code 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FUSES, REQUIRED_OFF, REQUIRED_ON } from './fuses-config.cjs';
import { checkBuilderConfig, checkIcons, type BuilderConfig } from './pack-check-config';
import {
  asarEntries,
  checkFusePolicy,
  checkPackedFiles,
  formatBytes,
  standInElectronBinary,
  type AsarNode,
} from './pack-check-rules';

const require = createRequire(import.meta.url);
const root = path.join(import.meta.dirname, '..');
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { getRawHeader } = require('@electron/asar') as { getRawHeader(archive: string): { header: AsarNode } };
const { wireMismatches } = require('./after-pack.cjs') as {
  wireMismatches(
    settings: typeof FUSES,
    wire: Record<number, number>,
    options: typeof FuseV1Options,
    states: typeof FuseState,
  ): string[];
};

/** What this machine cannot do, said whatever the outcome. */
const NOT_DONE_HERE = [
  'Not done here: download the Electron binary (offline); the packaging step ran around a stand-in executable instead.',
  'Not done here: build the AppImage, deb, NSIS and dmg installers (electron-builder downloads their tools; dmg ' +
    'needs macOS); run `npm run dist` on a connected machine of each platform.',
  'Not done here: flip fuses on a real Electron binary; the hook flipped a stand-in carrying the same fuse wire. ' +
    'Check a release with `npx @electron/fuses read --app <path to the app>`.',
  'Not done here: embed the asar integrity hash (electron-builder does so on macOS and Windows only) or sign the app (no certificates).',
];

let failures = 0;
function report(title: string, problems: string[], detail = ''): void {
  if (problems.length === 0) console.log(`✓ ${title}${detail ? ` — ${detail}` : ''}`);
  else {
    failures += 1;
    console.log(`✗ ${title}`);
    for (const p of problems) console.log(`    ${p}`);
  }
}

/** Runs electron-builder's linux `dir` target around a stand-in Electron; returns the unpacked app folder or the error output. */
function packWithStandIn(work: string): { appDir: string } | { error: string } {
  const electronDist = path.join(work, 'electron-dist');
  mkdirSync(electronDist, { recursive: true });
  writeFileSync(path.join(electronDist, 'electron'), standInElectronBinary());
  chmodSync(path.join(electronDist, 'electron'), 0o755);
  const output = path.join(work, 'release');
  const bin = path.join(root, 'node_modules', '.bin', 'electron-builder');
  const result = spawnSync(
    bin,
    [
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    },
  );
  if (result.status !== 0)
    return { error: `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n') };
  return { appDir: path.join(output, 'linux-unpacked') };
}

/** Checks the command line shipped beside the app: the bundle and WASM binaries, no source maps, and that `node mlp.mjs --version` runs. */
function checkPackedCli(cliDir: string): string[] {
  const bundle = path.join(cliDir, 'mlp.mjs');
  if (!existsSync(bundle))
    return [`${bundle} is missing: check extraResources in electron-builder.yml and run \`npm run build:cli\`.`];
  const problems: string[] = [];
  if (existsSync(`${bundle}.map`))
    problems.push(`${bundle}.map is packed; the extraResources filter must exclude '!**/*.map'.`);
  if (!existsSync(path.join(cliDir, 'wasm', 'tfjs-backend-wasm-simd.wasm')))
    problems.push(`${cliDir}/wasm/ lacks the tfjs WASM binaries; rebuild with \`npm run build:cli\`.`);
  const version = spawnSync(process.execPath, [bundle, '--version'], { cwd: cliDir, encoding: 'utf8' });
  if (version.status !== 0)
    problems.push(
      `node ${bundle} --version failed (exit ${String(version.status)}): ${version.stderr.trim().split('\n')[0]}`,
    );
  return problems;
}

async function main(): Promise<void> {
  const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
  let schemaProblems: string[] = [];
  await validateConfiguration(config, new DebugLogger(false)).catch(
    (e: Error) => (schemaProblems = [e.message.split('\n').slice(0, 6).join(' ')]),
  );
  report("electron-builder.yml passes electron-builder's schema", schemaProblems);
  report(
    'electron-builder.yml follows the project rules (targets, asar, files, .mlp association, hook, icons)',
    checkBuilderConfig(config, root),
  );
  report(
    'fuse settings (scripts/fuses-config.cjs) meet the policy',
    checkFusePolicy(FUSES, REQUIRED_OFF, REQUIRED_ON),
    FUSES.map((f) => `${f.fuse} ${f.enabled ? 'on' : 'off'}`).join(', '),
  );
  report('icons exist at every size (assets/icons)', checkIcons(path.join(root, 'assets', 'icons')));

  const built = [
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/renderer/index.html',
    'dist/cli/mlp.mjs',
  ].filter((f) => !existsSync(path.join(root, f)));
  if (built.length > 0) {
    report('built output present', [
      `Missing ${built.join(', ')}: run \`npm run build\` first (or \`npm run pack:check\`, which builds).`,
    ]);
  } else {
    const work = mkdtempSync(path.join(tmpdir(), 'mlp-pack-check-'));
    try {
      const packed = packWithStandIn(work);
      if ('error' in packed)
        report('electron-builder packs the app (linux dir target, stand-in Electron)', [packed.error]);
      else {
        const asar = path.join(packed.appDir, 'resources', 'app.asar');
        const entries = asarEntries(getRawHeader(asar).header);
        const { totalBytes, problems } = checkPackedFiles(entries);
        report(
          'packed files: only the bundles and package.json, within budget',
          problems,
          `${entries.length} files, ${formatBytes(totalBytes)} (app.asar ${formatBytes(statSync(asar).size)})`,
        );
        report(
          'the mlp command line ships in resources/cli and runs there with Node',
          checkPackedCli(path.join(packed.appDir, 'resources', 'cli')),
        );
        const wire = (await getCurrentFuseWire(path.join(packed.appDir, 'mlp-studio'))) as unknown as Record<
          number,
          number
        >;
        report(
          'afterPack hook flipped the fuses as configured (read back from the stand-in)',
          wireMismatches(FUSES, wire, FuseV1Options, FuseState),
        );
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  for (const line of NOT_DONE_HERE) console.log(line);
  console.log(failures === 0 ? 'pack:check passed.' : `pack:check failed: ${failures} check(s) above.`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
