import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuilderConfig, checkIcons, type BuilderConfig } from './pack-check-config';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = path.join(import.meta.dirname, '..');
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const work = mkdtempSync(path.join(tmpdir(), 'mlp-pack-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('electron-builder.yml rules', () => {
  it('are met by the project configuration', () => {
    expect(checkBuilderConfig(config, root)).toEqual([]);
  });

  it('catch a config that packs sources, drops asar, sets fuses in a second place or loses the hook', () => {
    expect(checkBuilderConfig({ ...config, files: [...(config.files ?? []), 'src/**'] }, root)).toEqual([
      expect.stringMatching(/'src\/\*\*' would pack more/),
    ]);
    expect(checkBuilderConfig({ ...config, asar: false }, root)).toEqual([expect.stringMatching(/asar must be true/)]);
    expect(checkBuilderConfig({ ...config, electronFuses: { runAsNode: false } }, root)).toEqual([
      expect.stringMatching(/electronFuses must not be set/),
    ]);
    expect(checkBuilderConfig({ ...config, afterPack: undefined }, root)).toEqual([
      expect.stringMatching(/afterPack must be scripts\/after-pack\.cjs/),
    ]);
  });

  it('catch a package without the command line, or one that ships its source maps', () => {
    expect(checkBuilderConfig({ ...config, extraResources: undefined }, root)).toEqual([
      expect.stringMatching(/extraResources must ship the command line/),
    ]);
    expect(
      checkBuilderConfig({ ...config, extraResources: [{ from: 'dist/cli', to: 'cli', filter: ['**/*'] }] }, root),
    ).toEqual([expect.stringMatching(/'!\*\*\/\*\.map'/)]);
  });

  it('catch a missing platform icon or document icon', () => {
    expect(checkBuilderConfig({ ...config, win: { ...config.win, icon: 'assets/icons/nope.ico' } }, root)).toEqual([
      expect.stringMatching(/win\.icon 'assets\/icons\/nope\.ico' does not exist/),
    ]);
    const association = { ...config.fileAssociations?.[0], icon: 'nope' };
    expect(checkBuilderConfig({ ...config, fileAssociations: [association] }, root)).toHaveLength(2);
  });
});

describe('icon check', () => {
  it('passes on the committed icons', () => {
    expect(checkIcons(path.join(root, 'assets', 'icons'))).toEqual([]);
  });

  it('names a PNG of the wrong size, a missing one and a broken .ico', () => {
    const dir = path.join(work, 'icons');
    cpSync(path.join(root, 'assets', 'icons'), dir, { recursive: true });
    cpSync(path.join(dir, 'png', '32x32.png'), path.join(dir, 'png', '64x64.png'));
    rmSync(path.join(dir, 'document-png', '16x16.png'));
    writeFileSync(path.join(dir, 'icon.ico'), 'not an icon');
    expect(checkIcons(dir)).toEqual([
      expect.stringMatching(/^png\/64x64\.png is 32×32, not 64×64/),
      expect.stringMatching(/^document-png\/16x16\.png is missing/),
      expect.stringMatching(/^icon\.ico lacks the sizes 16, 24, 32, 48, 64, 128, 256/),
    ]);
  });
});
