/**
 * The checks of `npm run pack:check` that read files but build nothing: electron-builder.yml
 * against the project's packaging rules, and the icon files against assets/icons/sizes.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { icnsTypes, icoSizes, pngSize } from './pack-check-rules';

/** The fields of electron-builder.yml these checks read. */
export interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  afterPack?: string;
  electronFuses?: unknown;
  files?: string[];
  extraResources?: (string | { from?: string; to?: string; filter?: string[] })[];
  directories?: { output?: string; buildResources?: string };
  fileAssociations?: { ext?: string; mimeType?: string; icon?: string }[];
  linux?: { target?: string[]; category?: string; mimeTypes?: string[]; icon?: string };
  win?: { target?: string; icon?: string };
  mac?: { target?: string; category?: string; icon?: string };
}

/** The sizes every .ico must hold (Explorer, taskbar, title bar, large icons). */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** The ICNS chunks every .icns must hold: 16, 32, 128, 256, 512 and 1024 px (the Retina 512@2). */
const ICNS_TYPES = ['is32', 'il32', 'ic07', 'ic08', 'ic09', 'ic10'];

/** Checks electron-builder.yml (and package.json beside it) against the packaging rules; returns one line per problem. */
export function checkBuilderConfig(config: BuilderConfig, root: string): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, problem: string) => void (ok || problems.push(problem));
  const exists = (p: string | undefined) => p !== undefined && existsSync(path.join(root, p));
  need(config.appId && config.productName, 'appId and productName must be set.');
  need(
    config.asar === true,
    `asar must be true (found ${String(config.asar)}): the app ships as one archive that the integrity fuse can check.`,
  );
  for (const pattern of config.files ?? []) {
    need(
      /^(!|dist\/electron\/|dist\/renderer\/|package\.json$)/.test(pattern),
      `files: '${pattern}' would pack more than dist/electron, dist/renderer and package.json.`,
    );
  }
  need((config.files ?? []).includes('!**/*.map'), "files must exclude source maps ('!**/*.map').");
  const cli = config.extraResources?.find((r) => typeof r === 'object' && r.from === 'dist/cli');
  need(
    cli && typeof cli === 'object' && cli.to === 'cli' && cli.filter?.includes('!**/*.map'),
    "extraResources must ship the command line: { from: dist/cli, to: cli } with the filter '!**/*.map'.",
  );
  need(
    config.afterPack === 'scripts/after-pack.cjs' && exists(config.afterPack),
    `afterPack must be scripts/after-pack.cjs (found ${String(config.afterPack)}): it flips the fuses.`,
  );
  need(
    config.electronFuses === undefined,
    'electronFuses must not be set: the fuses are set in one place, scripts/fuses-config.cjs, through the afterPack hook.',
  );
  need(
    ['AppImage', 'deb'].every((t) => config.linux?.target?.includes(t)) && config.linux?.category,
    'linux needs the AppImage and deb targets and a category.',
  );
  need(config.win?.target === 'nsis', 'win.target must be nsis.');
  need(config.mac?.target === 'dmg' && config.mac?.category, 'mac needs the dmg target and a category.');
  for (const [platform, icon] of [
    ['linux', config.linux?.icon],
    ['win', config.win?.icon],
    ['mac', config.mac?.icon],
  ] as const) {
    need(exists(icon), `${platform}.icon '${String(icon)}' does not exist; run \`node scripts/make-icons.mjs\`.`);
  }
  const mlp = config.fileAssociations?.find((a) => a.ext === 'mlp');
  const resources = config.directories?.buildResources ?? 'build';
  need(
    mlp?.mimeType && config.linux?.mimeTypes?.includes(mlp.mimeType),
    'fileAssociations needs ext mlp with a mimeType, also listed in linux.mimeTypes.',
  );
  for (const ext of ['icns', 'ico']) {
    const icon = mlp?.icon ? path.join(resources, `${mlp.icon}.${ext}`) : undefined;
    need(
      exists(icon),
      `The .mlp document icon ${icon ?? '(fileAssociations icon not set)'} does not exist; run \`node scripts/make-icons.mjs\`.`,
    );
  }
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    main?: string;
    dependencies?: object;
  };
  need(
    Object.keys(pkg.dependencies ?? {}).length === 0,
    'package.json has dependencies: electron-builder would pack them into node_modules. Make them ' +
      'devDependencies (the bundles include them).',
  );
  need(
    pkg.main === 'dist/electron/main.cjs',
    `package.json main must be dist/electron/main.cjs (found ${String(pkg.main)}).`,
  );
  return problems;
}

/** Checks every icon file under `iconDir` (PNG sizes from sizes.json, .ico and .icns contents); returns one line per problem. */
export function checkIcons(iconDir: string): string[] {
  const problems: string[] = [];
  const read = (name: string) =>
    existsSync(path.join(iconDir, name)) ? new Uint8Array(readFileSync(path.join(iconDir, name))) : null;
  const sizes = JSON.parse(readFileSync(path.join(iconDir, 'sizes.json'), 'utf8')) as {
    app: number[];
    document: number[];
  };
  const regenerate = 'run `node scripts/make-icons.mjs`';
  for (const [folder, list] of [
    ['png', sizes.app],
    ['document-png', sizes.document],
  ] as const) {
    for (const size of list) {
      const name = `${folder}/${size}x${size}.png`;
      const bytes = read(name);
      const found = bytes && pngSize(bytes);
      if (!found) problems.push(`${name} is missing or not a PNG; ${regenerate}.`);
      else if (found.width !== size || found.height !== size)
        problems.push(`${name} is ${found.width}×${found.height}, not ${size}×${size}; ${regenerate}.`);
    }
  }
  for (const base of ['icon', 'mlp-document']) {
    const ico = read(`${base}.ico`);
    const icoHas = ico && icoSizes(ico);
    const icoMissing = ICO_SIZES.filter((s) => !icoHas?.includes(s));
    if (icoMissing.length > 0) problems.push(`${base}.ico lacks the sizes ${icoMissing.join(', ')}; ${regenerate}.`);
    const icns = read(`${base}.icns`);
    const icnsHas = icns && icnsTypes(icns);
    const icnsMissing = ICNS_TYPES.filter((t) => !icnsHas?.includes(t));
    if (icnsMissing.length > 0)
      problems.push(`${base}.icns lacks the chunks ${icnsMissing.join(', ')}; ${regenerate}.`);
  }
  return problems;
}
