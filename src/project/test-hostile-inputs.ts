/*
 * Hostile and unlucky .mlp inputs for fuzz tests: damaged valid files, every field of the format
 * given a value of the wrong type, ids named like Object.prototype's members, and cut or garbled
 * text (huge but valid graphs are in test-huge-graphs.ts). Used by the parser's fuzz test (src/project/fuzz.test.ts), the
 * app's open-path fuzz test (renderer/features/files/open-fuzz.test.ts), the browser spec that opens
 * a sample through the Open button and the bench that runs many more.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { emptyClassroom } from './classroom';
import { createEmptyProject } from './create';
import { duplicateRun } from './runs';
import { serializeProject } from './serialize';
import { FIXED_TIME, projectWithState } from './test-fixtures';

/** A JSON value as a file holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Object.prototype's own property names (with "__proto__" and "prototype"): the ids that break id-keyed plain objects. */
export const PROTOTYPE_NAMES: readonly string[] = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']),
];

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const PROTOTYPE_VALUES = Object.getOwnPropertyNames(Object.prototype).map(
  (key) => Object.getOwnPropertyDescriptor(Object.prototype, key)?.value,
);

/** Whether Object.prototype still has exactly its own members, unchanged, and no stray "polluted" key. */
export function prototypeUnchanged(): boolean {
  return (
    Object.getOwnPropertyNames(Object.prototype).sort().join(',') === PROTOTYPE_KEYS &&
    Object.getOwnPropertyNames(Object.prototype).every(
      (key, i) => Object.getOwnPropertyDescriptor(Object.prototype, key)?.value === PROTOTYPE_VALUES[i],
    ) &&
    Object.getPrototypeOf(Object.prototype) === null &&
    ({} as Record<string, unknown>).polluted === undefined
  );
}

const example = (name: string) => readFileSync(new URL(`../../assets/examples/${name}`, import.meta.url), 'utf8');

/** The starter network trained, as two runs, with a lesson: most optional sections of the format in one file. */
function fullProject(): string {
  const file = projectWithState();
  const runs = duplicateRun(file);
  const classroom = {
    ...emptyClassroom(),
    locked: ['training.learningRate'],
    hidden: ['dock.weights'],
    steps: [{ title: 'Look', text: 'Watch **the** loss.', focus: 'dock.metrics' }],
  };
  return serializeProject({ ...file, ...runs, classroom });
}

function versionZero(): string {
  const v1 = JSON.parse(serializeProject(projectWithState()));
  const { optimizer, ...training } = v1.training;
  delete training.statsEvery;
  for (const node of v1.graph.nodes) if (node.kind === 'output') node.params = {};
  delete v1.notes;
  delete v1.state;
  return JSON.stringify({
    ...v1,
    version: 0,
    training: {
      ...training,
      loss: 'binaryCrossentropy',
      optimizer: optimizer.name,
      learningRate: optimizer.learningRate,
    },
  });
}

let bases: string[] | null = null;

/**
 * Valid files to damage, as text (made once): trained runs with a lesson, an empty canvas, version 0, CSV data with
 * weights, classic rules, a depth sweep with skips.
 */
export function baseTexts(): readonly string[] {
  bases ??= [
    fullProject(),
    serializeProject(createEmptyProject({ meta: { created: FIXED_TIME, modified: FIXED_TIME } })),
    versionZero(),
    example('backprop-by-hand.mlp'),
    example('classic-adaline-rates.mlp'),
    example('deep-sigmoid-skip.mlp'),
  ];
  return bases;
}

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object') return out;
  // Index loops, not value.map: a damaged list may carry an own "constructor" key.
  const keys: (string | number)[] = Array.isArray(value)
    ? Array.from({ length: value.length }, (_, i) => i)
    : Object.keys(value);
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

/** Values of every JSON type (and numbers JSON cannot hold exactly), to put where another type belongs. */
export const CONFUSIONS: readonly Json[] = [
  null,
  true,
  false,
  0,
  -1,
  0.5,
  1e308,
  '',
  'x',
  '0',
  'constructor',
  [],
  [null],
  {},
  { a: 1 },
  'x'.repeat(300),
];

/** Every field of `text` (one valid file) given, one at a time, each value of CONFUSIONS: every field's type confusion, as texts. */
export function typeConfusions(text: string): string[] {
  const root = JSON.parse(text) as Json;
  const out: string[] = [];
  for (const path of pathsOf(root)) {
    for (const value of CONFUSIONS) {
      const copy = JSON.parse(text) as Json;
      const parent = parentOf(copy, path);
      if (!parent) continue;
      parent[path[path.length - 1]] = value;
      out.push(JSON.stringify(copy));
    }
  }
  return out;
}

/**
 * Each distinct field of `text` (list positions counted as one: every node's "units" is one field)
 * given `perField` values of CONFUSIONS, a different run of them for each field: every field's type
 * confusion in a few hundred files instead of typeConfusions' thousands.
 */
export function fieldConfusions(text: string, perField: number): string[] {
  const root = JSON.parse(text) as Json;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const path of pathsOf(root)) {
    const field = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    for (let k = 0; k < perField; k++) {
      const copy = JSON.parse(text) as Json;
      const parent = parentOf(copy, path);
      if (!parent) continue;
      parent[path[path.length - 1]] = CONFUSIONS[(seen.size * perField + k) % CONFUSIONS.length];
      out.push(JSON.stringify(copy));
    }
  }
  return out;
}

const HUGE_NUMBERS = ['1e400', '-1e400', '1.7976931348623157e308', '9007199254740993', '5e-324', '-0', '1e21'];
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

const nested = (depth: number, leaf: Json, asObject: boolean): Json => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
};

/** One damage to a file, picked at a random position in it. */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace' | 'string'; at: number; value: Json }
  | { kind: 'huge'; at: number; value: string }
  | { kind: 'deep'; at: number; depth: number; asObject: boolean }
  | { kind: 'forbidden'; at: number; key: string; value: Json }
  | { kind: 'duplicateId'; from: number; to: number; list: 'nodes' | 'edges' }
  | { kind: 'prototypeId'; at: number; name: string }
  | { kind: 'version'; value: Json };

/** Random damage of every kind above. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constant('string' as const),
    at: fc.nat(),
    value: fc.string({ unit: 'binary', maxLength: 30 }),
  }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), value: fc.constantFrom(...HUGE_NUMBERS) }),
  fc.record({
    kind: fc.constant('deep' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 120 }),
    asObject: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('forbidden' as const),
    at: fc.nat(),
    key: fc.constantFrom(...FORBIDDEN),
    value: fc.constantFrom<Json>({ polluted: true }, { prototype: { polluted: true } }, 'x'),
  }),
  fc.record({
    kind: fc.constant('duplicateId' as const),
    from: fc.nat(),
    to: fc.nat(),
    list: fc.constantFrom('nodes' as const, 'edges' as const),
  }),
  fc.record({ kind: fc.constant('prototypeId' as const), at: fc.nat(), name: fc.constantFrom(...PROTOTYPE_NAMES) }),
  fc.record({
    kind: fc.constant('version' as const),
    value: fc.constantFrom<Json>(-1, 0, 1, 2, 1.5, '1', null, 1e300),
  }),
);

// Generated values may be shared between runs; the file gets its own copy so that no damage leaks back.
const copyOf = (value: Json): Json => JSON.parse(JSON.stringify(value));

/** Every string under a key that holds an id or points at one (node, edge and run ids, edge ends, the active run, weight owners). */
function idPaths(root: Json): Path[] {
  return pathsOf(root).filter((path) => {
    const key = path[path.length - 1];
    const edgeEnd = (key === 'source' || key === 'target') && path.includes('edges');
    return key === 'id' || edgeEnd || key === 'active' || key === 'nodeId';
  });
}

/** Applies the mutations to a fresh copy of the base file and writes it out as text. */
export function damage(baseText: string, mutations: readonly Mutation[]): string {
  const file = JSON.parse(baseText) as Json;
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
        if (
          from &&
          to &&
          typeof from === 'object' &&
          typeof to === 'object' &&
          !Array.isArray(from) &&
          !Array.isArray(to)
        )
          to.id = from.id;
      }
      continue;
    }
    if (m.kind === 'prototypeId') {
      // Renames one id everywhere it occurs, so the file stays consistent (and usually valid).
      const ids = idPaths(file);
      if (ids.length === 0) continue;
      const old = parentOf(file, ids[m.at % ids.length])?.[ids[m.at % ids.length].at(-1)!];
      for (const path of ids) {
        const parent = parentOf(file, path);
        const key = path[path.length - 1];
        if (parent && parent[key] === old) parent[key] = m.name;
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
        parent[key] = copyOf(m.value);
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
        Object.defineProperty(target, m.key, {
          value: copyOf(m.value),
          enumerable: true,
          configurable: true,
          writable: true,
        });
        break;
      }
    }
  }
  let text = JSON.stringify(file);
  numbers.forEach((n, i) => (text = text.replace(`"@@NUMBER${i}@@"`, n)));
  return text;
}

/** A base file damaged one to three times. */
export const damagedText: fc.Arbitrary<string> = fc
  .tuple(fc.nat(5), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([base, mutations]) => damage(baseTexts()[base % baseTexts().length], mutations));

/** A base file cut, spliced or garbled: a piece removed and a few characters put in its place. */
export const garbledText: fc.Arbitrary<string> = fc
  .tuple(fc.nat(5), fc.nat(), fc.nat(8), fc.string({ maxLength: 3 }), fc.boolean())
  .map(([base, from, length, insert, truncate]) => {
    const source = baseTexts()[base % baseTexts().length];
    const start = from % (source.length + 1);
    return truncate ? source.slice(0, start) : source.slice(0, start) + insert + source.slice(start + length);
  });

const ACCEPTED_NAMES = PROTOTYPE_NAMES.filter((name) => /^[A-Za-z0-9]/.test(name));
const prototypeName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ACCEPTED_NAMES) },
  fc.constantFrom(...PROTOTYPE_NAMES),
);

/** Every id of the full project renamed to a prototype name (consistently, so most open), some to names the format refuses. */
export const prototypeIdText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.nat(), prototypeName), { minLength: 1, maxLength: 8 })
  .map((renames) =>
    damage(
      baseTexts()[0],
      renames.map(([at, name]) => ({ kind: 'prototypeId', at, name })),
    ),
  );
