/**
 * Writes the example projects offered under Presets to assets/examples/, from the lesson
 * definitions in scripts/examples/, with catalog.json (the menu's groups and order), so that they
 * stay valid as the format evolves: change a definition or the format, run
 * `npx tsx scripts/make-examples.ts`, and commit the files it writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeProject } from '../src/project';
import { catalogOf, exampleGroups, type Example } from './examples/catalog';

/** The bundled examples, by file name, in menu order. */
export function buildExamples(): Example[] {
  return exampleGroups().flatMap((group) => group.examples);
}

/** The text of catalog.json. */
export function catalogText(): string {
  return `${JSON.stringify(catalogOf(exampleGroups()), null, 2)}\n`;
}

/** Where the examples live, relative to this script. */
export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'examples');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { fileName, file } of buildExamples()) {
    writeFileSync(join(EXAMPLES_DIR, fileName), serializeProject(file));
    console.log(`wrote assets/examples/${fileName}`);
  }
  writeFileSync(join(EXAMPLES_DIR, 'catalog.json'), catalogText());
  console.log('wrote assets/examples/catalog.json');
}
