import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../src/project';
import { buildExamples, catalogText, EXAMPLES_DIR } from './make-examples';

describe('make-examples', () => {
  it('wrote every example the script defines, and nothing it does not', () => {
    const defined = buildExamples()
      .map((e) => e.fileName)
      .sort();
    expect(
      readdirSync(EXAMPLES_DIR)
        .filter((n) => n.endsWith('.mlp'))
        .sort(),
    ).toEqual(defined);
  });

  it("wrote catalog.json, the Presets menu's groups, listing every example once", () => {
    expect(readFileSync(join(EXAMPLES_DIR, 'catalog.json'), 'utf8')).toBe(catalogText());
    const listed = (JSON.parse(catalogText()) as { groups: { files: string[] }[] }).groups.flatMap((g) => g.files);
    expect([...listed].sort()).toEqual(
      buildExamples()
        .map((e) => e.fileName)
        .sort(),
    );
  });

  it.each(buildExamples().map((e) => [e.fileName, e.file] as const))(
    'assets/examples/%s matches its definition (else run npx tsx scripts/make-examples.ts)',
    (fileName, file) => {
      const onDisk = parseProject(readFileSync(join(EXAMPLES_DIR, fileName), 'utf8'));
      // The app version moves with every release; everything else must match.
      expect({ ...onDisk, app: null }).toEqual({ ...file, app: null });
    },
  );
});
