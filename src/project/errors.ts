/** One problem found in a project file: where it is, what was there, and a sentence for a person. */
export interface ProjectIssue {
  /** Dotted path of the offending field ("graph.nodes[3].params.units"); '' for the file as a whole. */
  path: string;
  /** The offending value, shortened for display (see displayValue); undefined when the field is missing. */
  value: unknown;
  /** Names the path and the value, says what is allowed and how to fix it. */
  message: string;
}

/** How many problems one error spells out; the rest are counted, because a wall of errors helps nobody. */
export const MAX_REPORTED_ISSUES = 5;

const MAX_SHOWN_CHARS = 60;

/**
 * Why a project file cannot be opened. `path`, `value` and the start of `message` describe the
 * first problem; `issues` lists up to MAX_REPORTED_ISSUES of them and `issueCount` counts them all.
 */
export class ProjectFormatError extends Error {
  override readonly name = 'ProjectFormatError';
  readonly path: string;
  readonly value: unknown;
  readonly issues: ProjectIssue[];
  readonly issueCount: number;

  /** `total` counts problems beyond those listed in `issues` (it defaults to their number). */
  constructor(issues: ProjectIssue[], options?: { cause?: unknown; total?: number }) {
    if (issues.length === 0) throw new Error('ProjectFormatError needs at least one issue.');
    const shown = issues.slice(0, MAX_REPORTED_ISSUES);
    const total = Math.max(options?.total ?? 0, issues.length);
    const lines = [shown[0].message, ...shown.slice(1).map((issue) => `Also: ${issue.message}`)];
    const more = total - shown.length;
    if (more > 0) lines.push(`…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`);
    super(lines.join('\n'), options?.cause === undefined ? undefined : { cause: options.cause });
    this.path = shown[0].path;
    this.value = shown[0].value;
    this.issues = shown;
    this.issueCount = total;
  }
}

/** Builds the error for a single problem. */
export function formatError(path: string, value: unknown, message: string, cause?: unknown): ProjectFormatError {
  return new ProjectFormatError(
    [{ path, value: displayValue(value), message }],
    cause === undefined ? undefined : { cause },
  );
}

/** Joins path segments the way people read them: keys with dots, array indices in brackets. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

function shorten(text: string, max = MAX_SHOWN_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The value kept on an error: numbers, booleans and null as they are, strings cut to 60 characters,
 * arrays and objects as a short JSON preview, so an error never holds a 40 MB string alive.
 */
export function displayValue(value: unknown): unknown {
  if (typeof value === 'string') return shorten(value);
  if (value !== null && typeof value === 'object') return showValue(value);
  return value;
}

/** Renders a value inside a message: strings quoted, numbers as written, objects as a short preview. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : `a list of ${value.length} (${previewJson(value)})`;
  if (value !== null && typeof value === 'object') return `an object ${previewJson(value)}`;
  return String(value);
}

function previewJson(value: object): string {
  let text: string;
  try {
    // A replacer caps the work on huge values: only the first few entries of each level are read.
    text = JSON.stringify(value, function capped(this: unknown, _key, inner: unknown) {
      if (Array.isArray(inner) && inner.length > 8) return inner.slice(0, 8);
      if (typeof inner === 'string') return shorten(inner, 20);
      return inner;
    });
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return shorten(text ?? '');
}

/** Says "a number", "a string", "a list", ... for messages about the wrong type. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return typeof value;
  }
}
