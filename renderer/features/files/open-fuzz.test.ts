import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hugeGraph, hugeGraphText } from '../../../src/project/test-huge-graphs';
import {
  baseTexts,
  damagedText,
  fieldConfusions,
  garbledText,
  prototypeIdText,
} from '../../../src/project/test-hostile-inputs';
import type * as ProjectModule from '../../../src/project/checks';
import { createHostileOpener } from './test-open-hostile';

/*
 * Hostile and unlucky files opened the way the Open button opens them (file commands → parse →
 * the store's load → every view's derivation → the text a save would write), 20,000 inputs a run;
 * test-open-hostile.ts says what each must do. A refusal for size (a budget on parameters or
 * multiply-adds) is a refusal like any other. `npx tsx bench/fuzz-open.ts` runs many more.
 */

// Sees what the app's own parse (loaded from the project checks entry) threw, so that a refusal can be told from a
// crash the toast would hide.
const seen = vi.hoisted(() => ({ thrown: undefined as unknown }));
vi.mock('../../../src/project/checks', async (importOriginal) => {
  const actual = await importOriginal<typeof ProjectModule>();
  return {
    ...actual,
    parseProject(text: string) {
      seen.thrown = undefined;
      try {
        return actual.parseProject(text);
      } catch (error) {
        seen.thrown = error;
        throw error;
      }
    },
  };
});

const { open, counts } = createHostileOpener(() => seen.thrown);

describe('opening hostile files through the app', () => {
  it('survives arbitrary text (9,500 inputs)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), open), { numRuns: 9500 });
  });

  it('survives arbitrary JSON documents (6,500 inputs)', async () => {
    await fc.assert(fc.asyncProperty(fc.json({ maxDepth: 6 }), open), { numRuns: 6500 });
  });

  it('survives project-shaped objects with random parts (2,000 inputs)', async () => {
    const part = fc.jsonValue({ maxDepth: 4 });
    const envelope = fc.record(
      {
        format: fc.constantFrom('mlp-project', 'mlp', null),
        version: fc.constantFrom(0, 1, 2),
        app: part,
        meta: part,
        graph: part,
        data: part,
        training: part,
        notes: part,
        state: part,
        runs: part,
        classroom: part,
      },
      { requiredKeys: ['format', 'version'] },
    );
    await fc.assert(
      fc.asyncProperty(envelope, (value) => open(JSON.stringify(value))),
      { numRuns: 2000 },
    );
  });

  it('survives every field of every base file given values of the wrong type (two per field)', async () => {
    const texts = baseTexts().flatMap((base) => fieldConfusions(base, 2));
    for (const text of texts) await open(text);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('survives valid files damaged one to three times (900 inputs)', async () => {
    await fc.assert(fc.asyncProperty(damagedText, open), { numRuns: 900 });
  });

  it('survives cut, spliced and garbled file text (500 inputs)', async () => {
    await fc.assert(fc.asyncProperty(garbledText, open), { numRuns: 500 });
  });

  it('opens projects whose ids are named like Object.prototype members (200 inputs)', async () => {
    const before = counts.opened;
    await fc.assert(fc.asyncProperty(prototypeIdText, open), { numRuns: 200 });
    // Most of them are valid files: they must open, not just fail politely.
    expect(counts.opened - before).toBeGreaterThan(50);
  });

  it('opens or refuses huge but valid graphs (12 inputs and the largest)', async () => {
    await fc.assert(fc.asyncProperty(hugeGraph, open), { numRuns: 12 });
    await open(hugeGraphText(248, 1024, 0, 'constructor'));
  });

  afterAll(() => {
    expect(counts.inputs).toBeGreaterThanOrEqual(20_000);
  });
});
