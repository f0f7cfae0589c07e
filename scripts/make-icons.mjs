#!/usr/bin/env node
// Renders every icon the packaged app needs from the one product image, assets/icons/source/app.svg:
// PNGs for Linux (one per size), .ico for Windows and .icns for macOS, and the same three for the
// .mlp document icon (source/document.svg with the app image drawn into its "glyph" box).
// Run `node scripts/make-icons.mjs` after changing a source SVG, and commit what it writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = path.join(import.meta.dirname, '..');
const iconDir = path.join(root, 'assets', 'icons');
/** The PNG sizes of each icon; pack:check reads the same list. */
const sizes = JSON.parse(readFileSync(path.join(iconDir, 'sizes.json'), 'utf8'));
const source = (name) => readFileSync(path.join(iconDir, 'source', name), 'utf8');

/** Renders an SVG document to a square PNG `size` pixels wide; no system fonts, so every machine renders the same bytes. */
function renderPng(svg, size) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
  });
  return resvg.render().asPng();
}

/** The document icon: document.svg with its `<rect id="glyph">` replaced by the app image scaled into that box. */
function documentSvg(appSvg, pageSvg) {
  const inner = /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(appSvg);
  const viewBox = /viewBox="([^"]+)"/.exec(appSvg);
  if (!inner || !viewBox) throw new Error('assets/icons/source/app.svg: expected one <svg viewBox="..."> element.');
  const glyph = /<rect id="glyph" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"\/>/.exec(pageSvg);
  if (!glyph)
    throw new Error(
      'assets/icons/source/document.svg: expected <rect id="glyph" x=".." y=".." width=".." height=".."/> ' +
        'marking where the app image goes.',
    );
  const [, x, y, width, height] = glyph;
  return pageSvg.replace(
    glyph[0],
    `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox[1]}">${inner[1]}</svg>`,
  );
}

/** Writes `name` under assets/icons/ and says so. */
function write(name, bytes) {
  if (!bytes) throw new Error(`Could not encode ${name}: png2icons returned nothing (is the 1024 px PNG valid?).`);
  const file = path.join(iconDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`wrote ${path.relative(root, file)} (${bytes.length} bytes)`);
}

/**
 * Renders one image to its PNG sizes (under `pngFolder`, named NxN.png as electron-builder expects), a 1024 px
 * master, an .ico and an .icns.
 */
function makeIconSet(svg, baseName, pngSizes, pngFolder) {
  for (const size of pngSizes) write(`${pngFolder}/${size}x${size}.png`, renderPng(svg, size));
  const master = renderPng(svg, 1024);
  write(`${baseName}.png`, master);
  // ICO: PNG entries from 64 px up and bitmaps below, which every Windows version shows.
  write(`${baseName}.ico`, png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true));
  write(`${baseName}.icns`, png2icons.createICNS(master, png2icons.BICUBIC2, 0));
}

const appSvg = source('app.svg');
makeIconSet(appSvg, 'icon', sizes.app, 'png');
makeIconSet(documentSvg(appSvg, source('document.svg')), 'mlp-document', sizes.document, 'document-png');
