import { groupDigits } from './group-digits';
import { z } from './zod';

/*
 * Field builders for the .mlp schema. Each attaches one sentence (what the field must be and how
 * to fix it) as the error of every check on the field; the issue mapper prefixes the path and the
 * value, which yields "graph.nodes[3].params.units is 0; a Linear layer needs 1 to 4096 units. ..."
 */

/** "16,777,216": large whole numbers grouped as en-US writes them (the same text as toLocaleString('en-US')). */
function formatNumber(value: number): string {
  return Math.abs(value) >= 10_000 && Number.isInteger(value) ? groupDigits(value) : String(value);
}

/** A whole number from min to max inclusive; `need` says what it is for ("a Linear layer needs 1 to 4096 units"). */
export function wholeNumber(field: string, min: number, max: number, need: string) {
  const rule = `${need}. Set ${field} to a whole number from ${formatNumber(min)} to ${formatNumber(max)}.`;
  return z.number({ error: rule }).int().min(min).max(max);
}

/** Bounds of a real number; an exclusive bound is excluded. */
export interface Range {
  min: number;
  max: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

function describeRange(range: Range): string {
  const [min, max] = [formatNumber(range.min), formatNumber(range.max)];
  if (!range.minExclusive && !range.maxExclusive) return `from ${min} to ${max}`;
  return `${range.minExclusive ? 'above' : 'at least'} ${min} and ${range.maxExclusive ? 'below' : 'at most'} ${max}`;
}

/** A finite real number within `range`. */
export function realNumber(field: string, range: Range, need: string) {
  const rule = `${need}. Set ${field} to a number ${describeRange(range)}.`;
  let schema = z.number({ error: rule });
  schema = range.minExclusive ? schema.gt(range.min) : schema.min(range.min);
  schema = range.maxExclusive ? schema.lt(range.max) : schema.max(range.max);
  return schema;
}

/** One of a fixed list of strings. */
export function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T, need: string) {
  const rule = `${need}. Set ${field} to one of ${values.map((v) => JSON.stringify(v)).join(', ')}.`;
  return z.enum(values, { error: rule });
}

/** true or false. */
export function flag(field: string, need: string) {
  return z.boolean({ error: `${need}. Set ${field} to true or false.` });
}

/**
 * At most `max` UTF-16 code units, as the format counts (zod's own max() counts code points, so an
 * emoji would count once where JavaScript, the writers and the docs count it twice).
 */
function withinUnits(max: number) {
  return (value: string) => value.length <= max;
}

/** A string of at most `max` characters, counted in UTF-16 code units (at least `min`, default 0). */
export function text(field: string, max: number, need: string, min = 0) {
  const size = min > 0 ? `${min} to ${formatNumber(max)} characters` : `at most ${formatNumber(max)} characters`;
  const rule = `${need}. Set ${field} to a text of ${size}.`;
  return z.string({ error: rule }).min(min).refine(withinUnits(max), { error: rule });
}

/** A string that matches `pattern`, of 1 to `max` UTF-16 code units; `shape` describes the pattern to a person. */
export function token(field: string, max: number, pattern: RegExp, shape: string, need: string) {
  const rule = `${need}. Set ${field} to ${shape}, at most ${max} characters.`;
  return z.string({ error: rule }).min(1).refine(withinUnits(max), { error: rule }).regex(pattern);
}

/** A strict object: unknown keys are refused (the issue mapper names them), a non-object is refused with `need`. */
export function record<S extends z.core.$ZodLooseShape>(shape: S, need: string) {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, { error: `${need}. It must be an object with the fields ${keys}.` });
}

/** A list of at most `max` items. */
export function list<T extends z.ZodType>(item: T, max: number, need: string) {
  return z.array(item, { error: `${need}. It must be a list of at most ${formatNumber(max)} entries.` }).max(max);
}

/** Most failing entries of a long list that are checked in detail; the rest of the list is not looked at. */
export const MAX_FAILING_ENTRIES = 10;

/**
 * A list of at most `max` entries, each checked by `item`, that stops at the MAX_FAILING_ENTRIES-th
 * bad entry. zod reports every problem of every entry, and a hostile 10 MB file of a million bad
 * history points would otherwise make millions of error objects and exhaust memory.
 */
export function boundedList<T extends z.ZodType>(item: T, max: number, need: string) {
  return z
    .array(z.unknown(), { error: `${need}. It must be a list of at most ${formatNumber(max)} entries.` })
    .max(max)
    .transform((entries, context) => {
      const parsed: z.output<T>[] = [];
      let failures = 0;
      for (let i = 0; i < entries.length && failures < MAX_FAILING_ENTRIES; i++) {
        const result = item.safeParse(entries[i]);
        if (result.success) parsed.push(result.data);
        else {
          failures++;
          for (const issue of result.error.issues)
            context.issues.push({ ...issue, path: [i, ...issue.path], input: undefined } as never);
        }
      }
      return parsed;
    });
}
