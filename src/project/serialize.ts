import { canonicalFile } from './canonical';
import { formatError, formatPath } from './errors';
import type { MlpFile } from './types';

/** Widest line on which a list or object of plain values is kept together ("position": { "x": 0, "y": 0 }). */
const INLINE_WIDTH = 100;

/** The same for an entry of a list (an edge, a history point), so that each entry stays one line of a diff. */
const INLINE_ITEM_WIDTH = 200;

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

function writeLeaf(value: unknown, path: PropertyKey[]): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    const at = formatPath(path);
    throw formatError(
      at,
      value,
      `${at} is ${value}, which JSON cannot store; a project holds finite numbers only. Reset training (or fix the value) and save again.`,
    );
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null)
    return JSON.stringify(value);
  const at = formatPath(path);
  throw formatError(
    at,
    String(value),
    `${at} is ${typeof value}, which a project file cannot hold; only text, numbers, true/false, null, lists and objects.`,
  );
}

/*
 * A small pretty printer: two-space indent, and lists or objects of plain values on one line when
 * they fit, so that a diff of two saves shows one changed line per changed position, shape or
 * history point instead of a dozen.
 */
function write(value: unknown, indent: string, path: PropertyKey[], inList = false): string {
  if (!isContainer(value)) return writeLeaf(value, path);
  const entries: [PropertyKey, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value).filter(([, item]) => item !== undefined);
  const list = Array.isArray(value);
  const [open, close] = list ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const label = (key: PropertyKey) => (list ? '' : `${JSON.stringify(key)}: `);
  if (entries.every(([, item]) => !isContainer(item))) {
    const parts = entries.map(([key, item]) => {
      path.push(key);
      const text = label(key) + writeLeaf(item, path);
      path.pop();
      return text;
    });
    const inline = list ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`;
    if (indent.length + inline.length <= (inList ? INLINE_ITEM_WIDTH : INLINE_WIDTH)) return inline;
  }
  const inner = `${indent}  `;
  const lines = entries.map(([key, item]) => {
    path.push(key);
    const text = inner + label(key) + write(item, inner, path, list);
    path.pop();
    return text;
  });
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/**
 * Writes a project as stable, human-diffable JSON: fixed key order, two-space indent, short
 * lists and objects on one line, and a trailing newline; parseProject(serializeProject(f)) equals f.
 * Throws ProjectFormatError for a value JSON cannot hold (NaN, ±Infinity), naming its path.
 */
export function serializeProject(file: MlpFile): string {
  return `${write(canonicalFile(file), '', [])}\n`;
}
