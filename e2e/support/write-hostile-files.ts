/**
 * Writes the hostile sample that e2e/files-hostile.spec.ts opens: about twenty .mlp files made by
 * the unit fuzz's generators (src/project/test-hostile-inputs.ts) with a fixed seed, plus a valid
 * two-run project whose run and node ids are Object.prototype member names. Run by the spec through
 * tsx (the generators import the project's package.json, which the spec runner cannot load):
 * `npx tsx e2e/support/write-hostile-files.ts <folder>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  baseTexts,
  damagedText,
  fieldConfusions,
  garbledText,
  prototypeIdText,
} from '../../src/project/test-hostile-inputs';
import { hugeGraphText } from '../../src/project/test-huge-graphs';

/** The runs project with both run ids and three node ids renamed to Object.prototype member names (all valid). */
function prototypeRunsText(): string {
  const file = JSON.parse(baseTexts()[0]) as { runs: { list: { id: string }[] } };
  let text = JSON.stringify(file);
  const renames: [string, string][] = [
    ...file.runs.list.map((r, i): [string, string] => [r.id, ['constructor', 'toString'][i]]),
    ['input-1', 'valueOf'],
    ['dense-1', 'hasOwnProperty'],
    ['dense-2', 'isPrototypeOf'],
  ];
  for (const [from, to] of renames) text = text.replaceAll(`"${from}"`, `"${to}"`);
  return text;
}

function sample(): string[] {
  const seed = 1313;
  const pick = (arb: fc.Arbitrary<string>, n: number) => fc.sample(arb, { numRuns: n, seed });
  const confusions = baseTexts().flatMap((base) => fieldConfusions(base, 1));
  return [
    ...pick(prototypeIdText, 3),
    ...pick(damagedText, 4),
    ...pick(garbledText, 3),
    ...[7, 101, 233, 389].map((i) => confusions[i % confusions.length]),
    // Large enough to matter (about 100 M parameters), small enough for the canvas to draw in a test.
    hugeGraphText(40, 64, 3, 'constructor'),
    hugeGraphText(100, 1024, 0, 'toString'),
    '',
    '\u0000\uffff\ud800 not json',
    '[1,2,3]',
    '{"format":"mlp-project","version":1,"__proto__":{"polluted":true}}',
  ];
}

const folder = process.argv[2];
if (!folder)
  throw new Error(
    'Give the folder to write the hostile files into: npx tsx e2e/support/write-hostile-files.ts <folder>',
  );
mkdirSync(folder, { recursive: true });
const names = sample().map((text, i) => {
  const name = `hostile-${String(i + 1).padStart(2, '0')}.mlp`;
  writeFileSync(join(folder, name), text);
  return name;
});
writeFileSync(join(folder, 'constructor.mlp'), prototypeRunsText());
process.stdout.write(JSON.stringify(names));
