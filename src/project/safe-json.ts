import {
  displayValue,
  formatError,
  formatPath,
  type ProjectIssue,
  ProjectFormatError,
  showValue,
  typeName,
} from './errors';
import { locateJsonError } from './json-syntax';
import { MAX_DEPTH, MAX_FILE_BYTES } from './limits';

/** Keys that could reach an object's prototype when code later copies or merges parsed data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** UTF-8 size of a string in bytes (surrogate pairs count 4), computed without allocating. */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
        continue;
      }
    }
    if (code >= 0x80) bytes += code >= 0x800 ? 2 : 1;
  }
  return bytes;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function checkSize(text: string): void {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused without counting.
  checkFileSize(
    text.length > MAX_FILE_BYTES ? text.length : text.length * 3 > MAX_FILE_BYTES ? utf8ByteLength(text) : text.length,
  );
}

/**
 * Throws the size error when a file of `bytes` bytes is over MAX_FILE_BYTES; readers call it with
 * the size on disk before reading anything, so a 600 MB file is refused for its size, unread.
 */
export function checkFileSize(bytes: number): void {
  if (bytes <= MAX_FILE_BYTES) return;
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes.toLocaleString('en-US')} bytes)`;
  const limit = `${MAX_FILE_BYTES / 1024 / 1024} MB (${MAX_FILE_BYTES.toLocaleString('en-US')} bytes)`;
  throw formatError(
    '',
    size,
    `The file is ${size}; MLP Studio opens project files of at most ${limit}. Save it again without the trained ` +
      `state (weights and history) or without an embedded CSV table.`,
  );
}

/**
 * Finds the first point where brackets nest deeper than MAX_DEPTH, skipping strings, in one pass
 * over the text; -1 when there is none. Runs before JSON.parse so that no later recursive step
 * (the walk below, zod) ever sees a hostile depth.
 */
export function findExcessiveNesting(text: string, maxDepth = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++; // backslash: the next character is escaped
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > maxDepth) return i;
    } else if (code === 93 || code === 125) depth--;
  }
  return -1;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    // Some engines name no position ("Unexpected token '}', ... is not valid JSON"): find it ourselves.
    const offset = locateJsonError(text) ?? Number(/position (\d+)/.exec(detail)?.[1] ?? 0);
    const { line, column } = lineAndColumn(text, offset);
    const excerpt = text.slice(Math.max(0, offset - 20), offset + 20);
    throw formatError(
      '',
      excerpt,
      `The file is not valid JSON at line ${line}, column ${column} (near ${showValue(excerpt)}): ${detail}. ` +
        `Correct it in a text editor, or open an earlier copy of the project.`,
      error,
    );
  }
}

function findForbiddenKeys(root: unknown): ProjectIssue[] {
  const found: ProjectIssue[] = [];
  // Only objects and lists are queued: a file may hold millions of plain values.
  const pending: { value: object; path: PropertyKey[] }[] =
    root !== null && typeof root === 'object' ? [{ value: root, path: [] }] : [];
  const queue = (value: unknown, path: PropertyKey[], key: PropertyKey) => {
    if (value !== null && typeof value === 'object') pending.push({ value, path: [...path, key] });
  };
  while (pending.length > 0 && found.length < 20) {
    const { value, path } = pending.pop() as { value: object; path: PropertyKey[] };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) queue(value[i], path, i);
      continue;
    }
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key];
      if (FORBIDDEN_KEYS.has(key)) {
        const at = formatPath([...path, key]);
        found.push({
          path: at,
          value: displayValue(inner),
          message:
            `${at} is a key no project file may use (its value is ${showValue(inner)}); "__proto__", ` +
            `"constructor" and "prototype" could tamper with the app's objects. Remove the key.`,
        });
      } else queue(inner, path, key);
    }
  }
  return found;
}

/**
 * Parses the text of a project file into plain JSON data, refusing what is unsafe to look at
 * further: files over MAX_FILE_BYTES, nesting deeper than MAX_DEPTH, invalid JSON (with line and
 * column), and any "__proto__", "constructor" or "prototype" key. Throws ProjectFormatError.
 */
export function parseSafeJson(input: string): unknown {
  if (typeof input !== 'string') {
    throw formatError(
      '',
      typeName(input),
      `The project must be given as text, not ${typeName(input)}. Read the file as UTF-8 text first.`,
    );
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  checkSize(text);
  const deepAt = findExcessiveNesting(text);
  if (deepAt >= 0) {
    const { line, column } = lineAndColumn(text, deepAt);
    throw formatError(
      '',
      text.slice(deepAt, deepAt + 20),
      `The file nests lists and objects more than ${MAX_DEPTH} levels deep (at line ${line}, column ${column}); ` +
        `a project never needs more than ${MAX_DEPTH}. The file is damaged or not an MLP Studio project.`,
    );
  }
  const value = parseJson(text);
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) throw new ProjectFormatError(forbidden);
  return value;
}
