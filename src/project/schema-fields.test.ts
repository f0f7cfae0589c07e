import { describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import { MAX_LENGTH } from './limits';
import { parseProject } from './parse';
import { realNumber, wholeNumber } from './schema-fields';
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

describe('bounds in messages are written as en-US groups them', () => {
  const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues[0]?.message ?? '';

  it('groups whole bounds from 10,000 up in threes, negative ones too, like toLocaleString', () => {
    const message = messageOf(wholeNumber('samples', -123_456, 16_777_216, 'a test needs a range').safeParse(0.5));
    expect(message).toContain(`from ${(-123_456).toLocaleString('en-US')} to ${(16_777_216).toLocaleString('en-US')}`);
    expect(message).toContain('from -123,456 to 16,777,216');
  });

  it('leaves bounds under 10,000 and fractions as they are', () => {
    const range = { min: 0.001, max: 9999 };
    expect(messageOf(realNumber('rate', range, 'a test needs a range').safeParse(-1))).toContain('from 0.001 to 9999');
  });

  it('writes the largest finite bound in full, as toLocaleString does', () => {
    const range = { min: 0, max: Number.MAX_VALUE };
    const message = messageOf(realNumber('norm', range, 'a test needs a range').safeParse(-1));
    expect(message).toContain(`to ${Number.MAX_VALUE.toLocaleString('en-US')}.`);
  });
});
