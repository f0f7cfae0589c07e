/**
 * The pure rules of `npm run pack:check`: what may be packed, how big it may be, which fuse
 * settings a release must have, and how to read the sizes inside PNG, ICO and ICNS files. No
 * file system access here, so every rule is unit-tested (pack-check-rules.test.ts).
 */

/** Largest total of the packed app files (the asar's contents); the bundled renderer is a few MB, node_modules would be hundreds. */
export const PACKED_BUDGET_BYTES = 30 * 1024 * 1024;

/** One file inside app.asar. */
export interface PackedEntry {
  path: string;
  size: number;
}

/** A node of an asar header: a folder (`files`) or a file (`size`); links and unpacked files carry no content in the archive. */
export interface AsarNode {
  files?: Record<string, AsarNode>;
  size?: number;
  link?: string;
}

/** Flattens an asar header into its files with their sizes, paths joined with '/'. */
export function asarEntries(node: AsarNode, prefix = ''): PackedEntry[] {
  const entries: PackedEntry[] = [];
  for (const [name, child] of Object.entries(node.files ?? {})) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (child.files) entries.push(...asarEntries(child, path));
    else if (child.link === undefined) entries.push({ path, size: child.size ?? 0 });
  }
  return entries;
}

/** What may be packed: the two bundles and package.json, nothing else (no sources, no maps, no node_modules). */
export function packedFileProblem(path: string): string | null {
  if (path.split('/').includes('node_modules'))
    return `${path}: node_modules must not be packed (the renderer and main are bundled; keep runtime libraries in devDependencies).`;
  if (/\.map$/.test(path)) return `${path}: source maps must not be packed (electron-builder.yml files: '!**/*.map').`;
  if (/\.(tsx?|mts|cts)$/.test(path))
    return `${path}: TypeScript sources must not be packed; only the bundles in dist/ are.`;
  if (path === 'package.json' || path.startsWith('dist/electron/') || path.startsWith('dist/renderer/')) return null;
  return `${path}: only dist/electron/, dist/renderer/ and package.json may be packed; check the 'files' list in electron-builder.yml.`;
}

/**
 * Judges the packed file list: every problem file (at most `limit` named), the total size against `budget`, and that
 * the entry points are there.
 */
export function checkPackedFiles(
  entries: readonly PackedEntry[],
  budget = PACKED_BUDGET_BYTES,
  limit = 10,
): { totalBytes: number; problems: string[] } {
  const totalBytes = entries.reduce((sum, e) => sum + e.size, 0);
  const bad = entries.map((e) => packedFileProblem(e.path)).filter((p): p is string => p !== null);
  const problems = bad.slice(0, limit);
  if (bad.length > limit) problems.push(`… and ${bad.length - limit} more files that must not be packed.`);
  if (totalBytes > budget) {
    problems.push(
      `The packed files total ${formatBytes(totalBytes)}, over the ${formatBytes(budget)} budget; look for what ` +
        `grew (npx asar list release/*/resources/app.asar).`,
    );
  }
  for (const required of [
    'package.json',
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/renderer/index.html',
  ]) {
    if (!entries.some((e) => e.path === required))
      problems.push(`${required} is missing from the package; run \`npm run build\` before packing.`);
  }
  return { totalBytes, problems };
}

/** One fuse setting as scripts/fuses-config.cjs lists it. */
export interface FuseSetting {
  fuse: string;
  enabled: boolean;
  why: string;
}

/** Checks the fuse data against the policy: each required fuse set the required way, no fuse listed twice, each with a reason. */
export function checkFusePolicy(
  settings: readonly FuseSetting[],
  requiredOff: readonly string[],
  requiredOn: readonly string[],
): string[] {
  const problems: string[] = [];
  const byName = new Map<string, FuseSetting>();
  for (const s of settings) {
    if (byName.has(s.fuse))
      problems.push(`Fuse ${s.fuse} is listed twice in scripts/fuses-config.cjs; keep one entry.`);
    byName.set(s.fuse, s);
    if (s.why.trim().length < 10)
      problems.push(
        `Fuse ${s.fuse} has no reason ('why') in scripts/fuses-config.cjs; say why it is ${s.enabled ? 'on' : 'off'}.`,
      );
  }
  for (const [names, wanted] of [
    [requiredOff, false],
    [requiredOn, true],
  ] as const) {
    for (const name of names) {
      const s = byName.get(name);
      if (!s)
        problems.push(
          `Fuse ${name} is not set in scripts/fuses-config.cjs; it must be ${wanted ? 'on' : 'off'} in every release.`,
        );
      else if (s.enabled !== wanted)
        problems.push(
          `Fuse ${name} is ${s.enabled ? 'on' : 'off'} in scripts/fuses-config.cjs; it must be ` +
            `${wanted ? 'on' : 'off'}: ${wanted ? 'a security feature' : 'it lets the binary run code it did not ship'}.`,
        );
    }
  }
  return problems;
}

/** Width and height of a PNG from its IHDR chunk, or null when `bytes` is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The square sizes an .ico holds, from its directory (a width byte of 0 means 256); null when it is not an icon file. */
export function icoSizes(bytes: Uint8Array): number[] | null {
  if (bytes.length < 6) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) return null;
  const count = view.getUint16(4, true);
  if (bytes.length < 6 + 16 * count) return null;
  return Array.from({ length: count }, (_, i) => bytes[6 + 16 * i] || 256);
}

/** The chunk types an .icns holds ('ic10' is 1024 px, 'ic09' 512, 'ic08' 256, ...); null when it is not an ICNS file. */
export function icnsTypes(bytes: Uint8Array): string[] | null {
  const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 8 || text(0) !== 'icns') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(4) !== bytes.length) return null;
  const types: string[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at + 4);
    if (length < 8) return null;
    types.push(text(at));
    at += length;
  }
  return types;
}

/** Bytes as a short human figure ('2.4 MB'). */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`;
}

/** The marker @electron/fuses looks for in an Electron binary; the fuse wire follows it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's shipped fuse states, in wire order ('1' on, '0' off): RunAsNode, cookie encryption, NODE_OPTIONS,
 * --inspect, asar integrity, only-asar, V8 snapshot, file:// privileges, WASM trap handlers.
 */
const DEFAULT_WIRE = '101100011';

/**
 * A stand-in for the Electron executable, for offline packaging checks: a shell script that
 * only prints a line, followed by a fuse wire laid out as in a real binary (sentinel, version
 * byte 1, length byte, one ASCII '0' or '1' per fuse), so electron-builder can pack around it
 * and the afterPack hook can flip and read its fuses.
 */
export function standInElectronBinary(wire = DEFAULT_WIRE): Uint8Array {
  const script = '#!/bin/sh\necho "MLP Studio pack:check stand-in, not Electron"\nexit 0\n';
  const text = `${script}# ${FUSE_SENTINEL}\u0001${String.fromCharCode(wire.length)}${wire}\n`;
  return new TextEncoder().encode(text);
}
