import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIC_SETTINGS } from '../classic/settings';
import { createProject, toDocument } from './create';
import { ProjectFormatError } from './errors';
import { parseProject } from './parse';
import { serializeProject } from './serialize';

const withClassic = () =>
  createProject({
    classic: {
      ...DEFAULT_CLASSIC_SETTINGS,
      open: true,
      rule: 'adaline',
      compare: 'rates',
      data: { ...DEFAULT_CLASSIC_SETTINGS.data, standardize: true },
    },
  });

function refusal(text: string): ProjectFormatError {
  try {
    parseProject(text);
  } catch (error) {
    if (error instanceof ProjectFormatError) return error;
    throw error;
  }
  throw new Error('parseProject accepted the file');
}

describe('the classic field of a .mlp', () => {
  it('round-trips exactly and reaches the document', () => {
    const file = withClassic();
    const reopened = parseProject(serializeProject(file));
    expect(reopened).toEqual(file);
    expect(toDocument(reopened).classic).toEqual(file.classic);
  });

  it('is optional: a file without it opens, and its document has none', () => {
    const file = createProject();
    expect(serializeProject(file)).not.toContain('"classic"');
    expect(toDocument(parseProject(serializeProject(file))).classic).toBeUndefined();
  });

  it('refuses a bad value naming the path, the value and the fix', () => {
    const json = JSON.parse(serializeProject(withClassic()));
    json.classic.learningRate = -0.5;
    const error = refusal(JSON.stringify(json));
    expect(error.path).toBe('classic.learningRate');
    expect(error.message).toContain('-0.5');
    expect(error.message).toContain('Set learningRate to a number above 0 and at most 1000');

    const json2 = JSON.parse(serializeProject(withClassic()));
    json2.classic.data.kind = 'sine';
    expect(refusal(JSON.stringify(json2)).path).toBe('classic.data.kind');
  });
});
