import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyProject } from './create';
import { ProjectFormatError } from './errors';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { validFile } from './test-arbitraries';
import { FIXED_TIME, projectWithState } from './test-fixtures';

/*
 * parseProject on hostile input: whatever the text, it returns a valid project or throws
 * ProjectFormatError (never TypeError, RangeError, ...), the error names its path, and
 * Object.prototype stays untouched. 10,000 generated inputs in all per run.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const PROTOTYPE_VALUES = Object.getOwnPropertyNames(Object.prototype).map((key) => Object.getOwnPropertyDescriptor(Object.prototype, key)?.value);
const prototypeUnchanged = () =>
  Object.getOwnPropertyNames(Object.prototype).sort().join(',') === PROTOTYPE_KEYS &&
  Object.getOwnPropertyNames(Object.prototype).every((key, i) => Object.getOwnPropertyDescriptor(Object.prototype, key)?.value === PROTOTYPE_VALUES[i]) &&
  Object.getPrototypeOf(Object.prototype) === null;
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
    if (error.path !== '' && !error.message.includes(error.path)) throw new Error(`Message does not name its path ${error.path}: ${error.message}`);
  }
  if (!prototypeUnchanged()) throw new Error('Object.prototype was changed');
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was polluted');
}

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object') return out;
  // Index loops, not value.map: a damaged list may carry an own "constructor" key.
  const keys: (string | number)[] = Array.isArray(value) ? Array.from({ length: value.length }, (_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const child = [...path, key];
    out.push(child);
    pathsOf((value as Record<string | number, Json>)[key], child, out);
  }
  return out;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | null {
  let here: Json = root;
  for (const key of path.slice(0, -1)) {
    if (here === null || typeof here !== 'object') return null;
    here = (here as Record<string | number, Json>)[key];
  }
  return here !== null && typeof here === 'object' ? (here as Record<string | number, Json>) : null;
}

const VERSION_0 = (): Json => {
  const v1 = JSON.parse(serializeProject(projectWithState()));
  const { optimizer, ...training } = v1.training;
  delete training.statsEvery;
  for (const node of v1.graph.nodes) if (node.kind === 'output') node.params = {};
  delete v1.notes;
  delete v1.state;
  return { ...v1, version: 0, training: { ...training, loss: 'binaryCrossentropy', optimizer: optimizer.name, learningRate: optimizer.learningRate } };
};

const BASES: (() => Json)[] = [
  () => JSON.parse(serializeProject(projectWithState())),
  () => JSON.parse(serializeProject(createEmptyProject({ meta: { created: FIXED_TIME, modified: FIXED_TIME } }))),
  VERSION_0,
];

const HUGE_NUMBERS = ['1e400', '-1e400', '1.7976931348623157e308', '9007199254740993', '5e-324', '-0', '1e21'];
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

const nested = (depth: number, leaf: Json, asObject: boolean): Json => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
};

/** One damage to a file, picked at a random position in it. */
type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace' | 'string'; at: number; value: Json }
  | { kind: 'huge'; at: number; value: string }
  | { kind: 'deep'; at: number; depth: number; asObject: boolean }
  | { kind: 'forbidden'; at: number; key: string; value: Json }
  | { kind: 'duplicateId'; from: number; to: number; list: 'nodes' | 'edges' }
  | { kind: 'version'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('string' as const), at: fc.nat(), value: fc.string({ unit: 'binary', maxLength: 30 }) }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), value: fc.constantFrom(...HUGE_NUMBERS) }),
  fc.record({ kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 120 }), asObject: fc.boolean() }),
  fc.record({ kind: fc.constant('forbidden' as const), at: fc.nat(), key: fc.constantFrom(...FORBIDDEN), value: fc.constantFrom<Json>({ polluted: true }, { prototype: { polluted: true } }, 'x') }),
  fc.record({ kind: fc.constant('duplicateId' as const), from: fc.nat(), to: fc.nat(), list: fc.constantFrom('nodes' as const, 'edges' as const) }),
  fc.record({ kind: fc.constant('version' as const), value: fc.constantFrom<Json>(-1, 0, 1, 2, 1.5, '1', null, 1e300) }),
);

// Generated values may be shared between runs; the file gets its own copy so that no damage leaks back.
const copy = (value: Json): Json => JSON.parse(JSON.stringify(value));

/** Applies the mutations to the base file (a fresh copy) and writes it out as text. */
function damage(file: Json, mutations: Mutation[]): string {
  const numbers: string[] = [];
  for (const m of mutations) {
    if (m.kind === 'version') {
      if (file !== null && typeof file === 'object' && !Array.isArray(file)) file.version = m.value;
      continue;
    }
    if (m.kind === 'duplicateId') {
      const graph = (file as Record<string, Json>).graph as Record<string, Json> | undefined;
      const list = graph?.[m.list];
      if (Array.isArray(list) && list.length > 1) {
        const [from, to] = [list[m.from % list.length], list[m.to % list.length]];
        if (from && to && typeof from === 'object' && typeof to === 'object' && !Array.isArray(from) && !Array.isArray(to)) to.id = from.id;
      }
      continue;
    }
    const paths = pathsOf(file);
    if (paths.length === 0) continue;
    const path = paths[m.at % paths.length];
    const parent = parentOf(file, path);
    const key = path[path.length - 1];
    if (!parent) continue;
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'replace':
      case 'string':
        parent[key] = copy(m.value);
        break;
      case 'huge':
        parent[key] = `@@NUMBER${numbers.length}@@`;
        numbers.push(m.value);
        break;
      case 'deep':
        parent[key] = nested(m.depth, 1, m.asObject);
        break;
      case 'forbidden': {
        // defineProperty makes an own "__proto__" key that JSON.stringify writes out, as a hostile file would have.
        const inner = parent[key];
        const target = inner !== null && typeof inner === 'object' ? inner : parent;
        Object.defineProperty(target, m.key, { value: copy(m.value), enumerable: true, configurable: true, writable: true });
        break;
      }
    }
  }
  let text = JSON.stringify(file);
  numbers.forEach((n, i) => (text = text.replace(`"@@NUMBER${i}@@"`, n)));
  return text;
}

describe('parseProject under fuzzing', () => {
  it('survives arbitrary text (1,500 inputs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkParse), { numRuns: 1500 });
  });

  it('survives arbitrary JSON documents (2,000 inputs)', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), checkParse), { numRuns: 2000 });
  });

  it('survives project-shaped objects with random parts (1,500 inputs)', () => {
    const part = fc.jsonValue({ maxDepth: 4 });
    const envelope = fc.record(
      { format: fc.constantFrom<Json>('mlp-project', 'mlp', null), version: fc.constantFrom<Json>(0, 1, 2), app: part, meta: part, graph: part, data: part, training: part, notes: part, state: part },
      { requiredKeys: ['format', 'version'] },
    );
    fc.assert(fc.property(envelope, (value) => checkParse(JSON.stringify(value))), { numRuns: 1500 });
  });

  it('survives valid files damaged one to three times (4,000 inputs)', () => {
    const damaged = fc.tuple(fc.nat(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }));
    fc.assert(fc.property(damaged, ([base, mutations]) => checkParse(damage(BASES[base](), mutations))), { numRuns: 4000 });
  });

  it('survives cut, spliced and garbled file text (1,000 inputs)', () => {
    const text = serializeProject(projectWithState());
    const edit = fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.oneof(validFile.map(serializeProject), fc.constant(text)), edit, (source, [from, length, insert]) => {
        const start = from % (source.length + 1);
        checkParse(source.slice(0, start) + insert + source.slice(start + (length % 8)));
      }),
      { numRuns: 1000 },
    );
  });

  afterAll(() => {
    expect(inputsTried).toBeGreaterThanOrEqual(10_000);
  });
});
