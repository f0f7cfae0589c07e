import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';
import { describe, expect, it } from 'vitest';
import { FUSES, REQUIRED_OFF, REQUIRED_ON } from './fuses-config.cjs';
import {
  asarEntries,
  checkFusePolicy,
  checkPackedFiles,
  icnsTypes,
  icoSizes,
  packedFileProblem,
  pngSize,
  type FuseSetting,
} from './pack-check-rules';

const built = [
  { path: 'package.json', size: 2_000 },
  { path: 'dist/electron/main.cjs', size: 900_000 },
  { path: 'dist/electron/preload.cjs', size: 4_000 },
  { path: 'dist/renderer/index.html', size: 1_000 },
  { path: 'dist/renderer/assets/index-abc.js', size: 3_000_000 },
];

describe('packed files', () => {
  it('accepts the bundles and package.json and sums their size', () => {
    expect(checkPackedFiles(built)).toEqual({ totalBytes: 3_907_000, problems: [] });
  });

  it('refuses node_modules, sources, source maps and anything outside the bundles, naming each file', () => {
    for (const bad of [
      'node_modules/zod/index.js',
      'dist/renderer/node_modules/x.js',
      'src/graph/types.ts',
      'renderer/App.tsx',
      'dist/electron/main.cjs.map',
      'assets/examples/deep-sigmoid.mlp',
      'electron/main.ts',
    ]) {
      expect(packedFileProblem(bad), bad).toContain(bad);
    }
    const { problems } = checkPackedFiles([...built, { path: 'src/cli/main.ts', size: 10 }]);
    expect(problems).toEqual([expect.stringMatching(/^src\/cli\/main\.ts: TypeScript sources/)]);
  });

  it('fails over the size budget and names both figures', () => {
    const { problems } = checkPackedFiles(built, 3 * 1024 * 1024);
    expect(problems).toEqual([expect.stringMatching(/3\.7 MB, over the 3\.0 MB budget/)]);
  });

  it('names at most ten bad files and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `node_modules/p${i}/index.js`, size: 1 }));
    const { problems } = checkPackedFiles([...built, ...many]);
    expect(problems).toHaveLength(11);
    expect(problems[10]).toMatch(/15 more files/);
  });

  it('notices a missing entry point (an unbuilt app)', () => {
    const { problems } = checkPackedFiles(built.filter((e) => e.path !== 'dist/electron/preload.cjs'));
    expect(problems).toEqual([expect.stringMatching(/dist\/electron\/preload\.cjs is missing.*npm run build/)]);
  });

  it('flattens an asar header into file paths, skipping links', () => {
    const header = {
      files: {
        'package.json': { size: 5 },
        dist: { files: { electron: { files: { 'main.cjs': { size: 7 } } }, link: { link: 'x' } } },
      },
    };
    expect(asarEntries(header)).toEqual([
      { path: 'package.json', size: 5 },
      { path: 'dist/electron/main.cjs', size: 7 },
    ]);
  });
});

describe('fuse policy', () => {
  it('is met by the shipped settings in scripts/fuses-config.cjs', () => {
    expect(checkFusePolicy(FUSES, REQUIRED_OFF, REQUIRED_ON)).toEqual([]);
  });

  it('catches a required fuse set the wrong way, missing, listed twice or without a reason', () => {
    const flip = (name: string): FuseSetting[] =>
      FUSES.map((f) => (f.fuse === name ? { ...f, enabled: !f.enabled } : f));
    expect(checkFusePolicy(flip('RunAsNode'), REQUIRED_OFF, REQUIRED_ON)).toEqual([
      expect.stringMatching(/RunAsNode is on.*must be off/),
    ]);
    expect(checkFusePolicy(flip('OnlyLoadAppFromAsar'), REQUIRED_OFF, REQUIRED_ON)).toEqual([
      expect.stringMatching(/OnlyLoadAppFromAsar is off.*must be on/),
    ]);
    const without = FUSES.filter((f) => f.fuse !== 'EnableNodeCliInspectArguments');
    expect(checkFusePolicy(without, REQUIRED_OFF, REQUIRED_ON)).toEqual([
      expect.stringMatching(/EnableNodeCliInspectArguments is not set/),
    ]);
    expect(checkFusePolicy([...FUSES, FUSES[0]], REQUIRED_OFF, REQUIRED_ON)).toEqual([
      expect.stringMatching(/RunAsNode is listed twice/),
    ]);
    expect(checkFusePolicy([{ ...FUSES[0], why: '' }, ...FUSES.slice(1)], REQUIRED_OFF, REQUIRED_ON)).toEqual([
      expect.stringMatching(/RunAsNode has no reason/),
    ]);
  });
});

describe('icon file readers', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#4f46e5"/></svg>';
  const png = (size: number) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

  it('reads the pixel size of a PNG and refuses other bytes', () => {
    expect(pngSize(png(48))).toEqual({ width: 48, height: 48 });
    expect(pngSize(new TextEncoder().encode('not a png at all, certainly'))).toBeNull();
  });

  it("lists the sizes of an .ico written by png2icons, and of the app's own icon", () => {
    const ico = png2icons.createICO(png(256), png2icons.BICUBIC, 0, false, true) as Buffer;
    expect(icoSizes(ico)).toEqual([256, 128, 96, 72, 64, 48, 32, 24, 16]);
    expect(icoSizes(readFileSync(path.join(import.meta.dirname, '..', 'assets', 'icons', 'icon.ico')))).toContain(16);
    expect(icoSizes(png(16))).toBeNull();
  });

  it('lists the chunk types of an .icns written by png2icons, and refuses a truncated one', () => {
    const icns = png2icons.createICNS(png(1024), png2icons.BICUBIC, 0) as Buffer;
    expect(icnsTypes(icns)).toEqual(expect.arrayContaining(['ic10', 'ic09', 'ic08', 'ic07', 'is32', 'il32']));
    expect(icnsTypes(icns.subarray(0, icns.length - 10))).toBeNull();
  });
});
