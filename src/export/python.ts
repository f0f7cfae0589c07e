/** Writing Python source: identifiers from node names, exact float32 literals, nested lists and strings. */
import type { GraphNode } from '../graph/types';

/** Words a generated name must not take: Python keywords and builtins, and the names the scripts define themselves. */
const RESERVED = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
  'input',
  'print',
  'sum',
  'max',
  'min',
  'len',
  'range',
  'list',
  'type',
  'id',
  'self',
  'x',
  'math',
  'torch',
  'nn',
  'np',
  'keras',
  'layers',
  'model',
  'inputs',
  'outputs',
  'logits',
  'forward',
  'training',
]);

/** A snake_case Python identifier from a node's display name ("Linear 1" → linear_1), falling back to its kind. */
export function snakeCase(text: string, fallback: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let ident = words.join('_') || fallback;
  if (/^[0-9]/.test(ident)) ident = `${fallback}_${ident}`;
  return ident;
}

/** A unique Python identifier for each node, from its name (numbered when two nodes share one). */
export function pythonIdentifiers(nodes: readonly GraphNode[]): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const node of nodes) {
    const base = snakeCase(node.name, snakeCase(node.kind, 'layer'));
    let ident = RESERVED.has(base) ? `${base}_layer` : base;
    for (let i = 2; taken.has(ident); i++) ident = `${base}_${i}`;
    taken.add(ident);
    result.set(node.id, ident);
  }
  return result;
}

/**
 * The shortest decimal that reads back as the same float32 (Python parses it as a double, and the
 * scripts store it as float32, which rounds back to exactly this value).
 */
export function float32Literal(value: number): string {
  const f = Math.fround(value);
  if (Number.isNaN(f)) return "float('nan')";
  if (!Number.isFinite(f)) return f > 0 ? "float('inf')" : "-float('inf')";
  if (Number.isInteger(f) && Math.abs(f) < 1e15) return `${f}.0`.replace('-0.0', '0.0');
  for (let digits = 1; digits <= 9; digits++) {
    const text = f.toPrecision(digits);
    if (Math.fround(Number(text)) === f) return String(Number(text));
  }
  return String(f);
}

/** A float64 setting (learning rate, momentum) as Python reads it back exactly. */
export function numberLiteral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return `${value}.0`;
  return String(value);
}

/** Control characters (C0 and DEL), which must not reach a Python string or comment. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x1f\x7f]/g;

/** A Python string literal (single-quoted, escaped). */
export function stringLiteral(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(CONTROL, ' ')}'`;
}

/** A Python comment line's text: no newlines, nothing that could end the comment. */
export function commentText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(CONTROL, ' ');
}

/** `n` rows of `width` float32 values as a Python list of lists, one row per line (`width` 1 gives a flat list). */
export function rowsLiteral(
  values: ArrayLike<number>,
  n: number,
  width: number,
  indent: string,
  format: (v: number) => string = float32Literal,
): string {
  if (n === 0) return '[]';
  const lines: string[] = [];
  if (width === 1) {
    const perLine = 12;
    for (let i = 0; i < n; i += perLine) {
      lines.push(Array.from({ length: Math.min(perLine, n - i) }, (_, k) => format(values[i + k])).join(', '));
    }
  } else {
    const perLine = Math.max(1, Math.floor(8 / width));
    for (let i = 0; i < n; i += perLine) {
      const rows: string[] = [];
      for (let r = i; r < Math.min(n, i + perLine); r++) {
        rows.push(`[${Array.from({ length: width }, (_, j) => format(values[r * width + j])).join(', ')}]`);
      }
      lines.push(rows.join(', '));
    }
  }
  return `[\n${lines.map((line) => `${indent}    ${line},`).join('\n')}\n${indent}]`;
}
