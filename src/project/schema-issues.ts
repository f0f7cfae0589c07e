import type { z } from 'zod';
import { displayValue, formatPath, type ProjectIssue, showValue } from './errors';

function finish(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = Object.prototype.hasOwnProperty.call(here, key) ? (here as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return here;
}

/**
 * Turns one zod issue into issues for people: "<path> is <value>; <rule>". An unknown key becomes
 * one issue per key, naming it; an unknown node kind names the kind. `root` is the validated input,
 * read to show the offending value (zod's own `input` is absent for missing fields).
 */
export function issuesFromZod(issue: z.core.$ZodIssue, root: unknown): ProjectIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = formatPath([...issue.path, key]);
      const value = valueAt(root, [...issue.path, key]);
      return {
        path,
        value: displayValue(value),
        message: `${path} is not a field of the .mlp format (its value is ${showValue(value)}). Remove it or correct its spelling.`,
      };
    });
  }
  const path = formatPath(issue.path);
  const value = valueAt(root, issue.path);
  const where = path === '' ? 'The file' : path;
  const found = value === undefined ? 'is missing' : `is ${showValue(value)}`;
  return [{ path, value: displayValue(value), message: `${where} ${found}; ${finish(issue.message)}` }];
}

/** Most issues turned into messages; beyond them problems are only counted. */
const MAX_MAPPED_ISSUES = 50;

/** Maps the issues of a failed parse, in document order, to at most 50 messages, and counts all problems (one per unknown key). */
export function issuesFromZodError(error: z.ZodError, root: unknown): { issues: ProjectIssue[]; total: number } {
  const issues: ProjectIssue[] = [];
  let total = 0;
  for (const issue of error.issues) {
    total += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    if (issues.length >= MAX_MAPPED_ISSUES) continue;
    const limited =
      issue.code === 'unrecognized_keys'
        ? { ...issue, keys: issue.keys.slice(0, MAX_MAPPED_ISSUES - issues.length) }
        : issue;
    issues.push(...issuesFromZod(limited, root));
  }
  return { issues, total };
}
