import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINK_SCHEME } from './project-links';

// electron-builder's own YAML reader and schema check (its dependencies), so the test judges the
// file exactly as packaging would.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const root = path.join(import.meta.dirname, '..');
/** The fields of the configuration this test reads. */
interface BuilderConfig {
  asar: boolean;
  files: string[];
  fileAssociations: unknown[];
  linux: { mimeTypes: string[] };
  protocols: { schemes: string[] }[];
  afterPack: string;
}
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies?: object;
};

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, asarr: true }, new DebugLogger(false))).rejects.toThrow(
      /unknown property 'asarr'/,
    );
  });

  it('packs only the bundles and package.json into an asar, with no node_modules', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map']);
    // electron-builder ships production dependencies; everything must be a devDependency (bundled).
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('names the app and its targets per platform', () => {
    expect(config).toMatchObject({
      appId: 'org.mlpstudio.app',
      productName: 'MLP Studio',
      directories: { output: 'release' },
      linux: { target: ['AppImage', 'deb'], category: 'Education' },
      win: { target: 'nsis' },
      mac: { target: 'dmg', category: 'public.app-category.education' },
    });
  });

  it('associates .mlp files with the app under the application/x-mlp-project MIME type', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'mlp', mimeType: 'application/x-mlp-project' }),
    ]);
    expect(config.linux.mimeTypes).toContain('application/x-mlp-project');
  });

  it('registers the mlp-studio:// scheme that shared links use, on every platform', () => {
    expect(config.protocols).toEqual([expect.objectContaining({ schemes: [LINK_SCHEME] })]);
    expect(config.linux.mimeTypes).toContain(`x-scheme-handler/${LINK_SCHEME}`);
  });

  it('leaves the fuses to the afterPack hook, so they are set in one place (scripts/fuses-config.cjs)', () => {
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
    expect(config).not.toHaveProperty('electronFuses');
  });

  it('gives every platform its icon and the .mlp association its document icon', () => {
    expect(config).toMatchObject({
      linux: { icon: 'assets/icons/png' },
      win: { icon: 'assets/icons/icon.ico' },
      mac: { icon: 'assets/icons/icon.icns' },
      directories: { buildResources: 'assets/icons' },
      fileAssociations: [expect.objectContaining({ icon: 'mlp-document' })],
    });
  });
});
