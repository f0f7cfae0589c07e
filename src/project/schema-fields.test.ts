import { describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import { MAX_LENGTH } from './limits';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { projectWithState } from './test-fixtures';

/** The fixture project with its title (and optionally its first node's name) replaced. */
function fileWith(title: string, nodeName?: string): string {
  const file = projectWithState();
  const nodes =
    nodeName === undefined
      ? file.graph.nodes
      : file.graph.nodes.map((n, i) => (i === 0 ? { ...n, name: nodeName } : n));
  return serializeProject({ ...file, meta: { ...file.meta, title }, graph: { ...file.graph, nodes } });
}

function refusal(text: string): ProjectFormatError {
  try {
    parseProject(text);
  } catch (error) {
    if (error instanceof ProjectFormatError) return error;
    throw error;
  }
  throw new Error('parseProject accepted the file');
}

describe('string limits count UTF-16 code units, as the format says', () => {
  // '😀' is one code point but two UTF-16 code units.
  it('refuses a title of 101 emoji (202 units, 101 code points) over the 200 limit', () => {
    const title = '😀'.repeat(MAX_LENGTH.title / 2 + 1);
    expect(title.length).toBe(MAX_LENGTH.title + 2);
    const error = refusal(fileWith(title));
    expect(error.path).toBe('meta.title');
    expect(error.message).toContain('at most 200 characters');
  });

  it('accepts a title of exactly 200 units made of emoji', () => {
    const title = '😀'.repeat(MAX_LENGTH.title / 2);
    expect(parseProject(fileWith(title)).meta.title).toBe(title);
  });

  it('refuses a node name of 51 emoji (102 units) over the 100 limit', () => {
    const error = refusal(fileWith('t', '😀'.repeat(MAX_LENGTH.name / 2 + 1)));
    expect(error.path).toBe('graph.nodes[0].name');
  });
});
