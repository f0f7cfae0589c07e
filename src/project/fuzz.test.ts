import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { validFile } from './test-arbitraries';
import { projectWithState } from './test-fixtures';
import { damagedText, type Json, prototypeUnchanged } from './test-hostile-inputs';

/*
 * parseProject on hostile input: whatever the text, it returns a valid project that saves and opens
 * again unchanged, or throws ProjectFormatError (never TypeError, RangeError, ...), the error names
 * its path, and Object.prototype stays untouched. 3,500 generated inputs per run here; the app's
 * open path (renderer/features/files/open-fuzz.test.ts) opens 20,000 more of the same kinds.
 */

let inputsTried = 0;

/** Parses `text` and checks every promise parseProject makes; throws (failing the property) when one breaks. */
function checkParse(text: string): void {
  inputsTried++;
  try {
    const file = parseProject(text);
    // Whatever opens must save and open again unchanged.
    const again = serializeProject(file);
    expect(serializeProject(parseProject(again))).toBe(again);
  } catch (error) {
    if (!(error instanceof ProjectFormatError)) throw error;
    if (error.path !== '' && !error.message.includes(error.path))
      throw new Error(`Message does not name its path ${error.path}: ${error.message}`);
  }
  if (!prototypeUnchanged()) throw new Error('Object.prototype was changed');
}

describe('parseProject under fuzzing', () => {
  it('survives arbitrary text (500 inputs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkParse), { numRuns: 500 });
  });

  it('survives arbitrary JSON documents (500 inputs)', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), checkParse), { numRuns: 500 });
  });

  it('survives project-shaped objects with random parts (500 inputs)', () => {
    const part = fc.jsonValue({ maxDepth: 4 });
    const envelope = fc.record(
      {
        format: fc.constantFrom<Json>('mlp-project', 'mlp', null),
        version: fc.constantFrom<Json>(0, 1, 2),
        app: part,
        meta: part,
        graph: part,
        data: part,
        training: part,
        notes: part,
        state: part,
      },
      { requiredKeys: ['format', 'version'] },
    );
    fc.assert(
      fc.property(envelope, (value) => checkParse(JSON.stringify(value))),
      { numRuns: 500 },
    );
  });

  it('survives valid files damaged one to three times (1,500 inputs)', () => {
    fc.assert(fc.property(damagedText, checkParse), { numRuns: 1500 });
  });

  it('survives cut, spliced and garbled file text (500 inputs)', () => {
    const text = serializeProject(projectWithState());
    const edit = fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(
        fc.oneof(validFile.map(serializeProject), fc.constant(text)),
        edit,
        (source, [from, length, insert]) => {
          const start = from % (source.length + 1);
          checkParse(source.slice(0, start) + insert + source.slice(start + (length % 8)));
        },
      ),
      { numRuns: 500 },
    );
  });

  afterAll(() => {
    expect(inputsTried).toBeGreaterThanOrEqual(3_500);
  });
});
