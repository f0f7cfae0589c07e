/**
 * The open-path fuzz at full size (`npx tsx bench/fuzz-open.ts [scale]`): every type confusion of
 * every field of every base file (about 22,000), plus scale × the unit test's counts of the other
 * kinds, each opened the way the Open button opens it and checked as
 * renderer/features/files/test-open-hostile.ts says. Prints counts and the time taken; exits 1 on
 * the first broken promise, naming the input's kind and printing its first characters.
 */
import fc from 'fast-check';
import { parseProject } from '../src/project/index';
import {
  baseTexts,
  damagedText,
  garbledText,
  prototypeIdText,
  typeConfusions,
} from '../src/project/test-hostile-inputs';
import { hugeGraph } from '../src/project/test-huge-graphs';
import { createHostileOpener } from '../renderer/features/files/test-open-hostile';

const scale = Number(process.argv[2] ?? 5);
if (!Number.isFinite(scale) || scale <= 0)
  throw new Error(`The scale is ${process.argv[2]}; give a positive number, such as 5 (the default).`);

/** What the app's parse throws for `text` (parsed again here; the unit test spies instead). */
function thrownBy(text: string): unknown {
  try {
    parseProject(text);
    return undefined;
  } catch (error) {
    return error;
  }
}

const { open, counts } = createHostileOpener(thrownBy);
const envelope = fc
  .record(
    {
      format: fc.constantFrom('mlp-project', 'mlp', null),
      version: fc.constantFrom(0, 1, 2),
      app: fc.jsonValue({ maxDepth: 4 }),
      graph: fc.jsonValue({ maxDepth: 4 }),
      data: fc.jsonValue({ maxDepth: 4 }),
      training: fc.jsonValue({ maxDepth: 4 }),
      runs: fc.jsonValue({ maxDepth: 4 }),
    },
    { requiredKeys: ['format', 'version'] },
  )
  .map((value) => JSON.stringify(value));
const kinds: [string, () => Iterable<string>][] = [
  ['type confusions', () => baseTexts().flatMap(typeConfusions)],
  ['arbitrary text', () => fc.sample(fc.string({ unit: 'binary', maxLength: 200 }), 9500 * scale)],
  ['arbitrary JSON', () => fc.sample(fc.json({ maxDepth: 6 }), 6500 * scale)],
  ['project-shaped', () => fc.sample(envelope, 2000 * scale)],
  ['damaged', () => fc.sample(damagedText, 900 * scale)],
  ['garbled', () => fc.sample(garbledText, 500 * scale)],
  ['prototype ids', () => fc.sample(prototypeIdText, 200 * scale)],
  ['huge graphs', () => fc.sample(hugeGraph, 12 * scale)],
];

const started = performance.now();
for (const [kind, texts] of kinds) {
  const before = { ...counts };
  const t0 = performance.now();
  for (const text of texts()) {
    try {
      await open(text);
    } catch (error) {
      console.error(
        `${kind}: ${(error as Error).message}\ninput (first 300 characters): ${JSON.stringify(text.slice(0, 300))}`,
      );
      process.exit(1);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `${kind.padEnd(16)} ${String(counts.inputs - before.inputs).padStart(7)} inputs  ` +
      `${String(counts.opened - before.opened).padStart(6)} opened  ` +
      `${String(counts.refused - before.refused).padStart(7)} refused  ${seconds.toFixed(1)} s`,
  );
}
console.log(
  `all              ${String(counts.inputs).padStart(7)} inputs  ${String(counts.opened).padStart(6)} opened  ` +
    `${String(counts.refused).padStart(7)} refused  ${((performance.now() - started) / 1000).toFixed(1)} s, 0 broken promises`,
);
