import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeFileError, ProjectFileError, readProjectFile, writeProjectFile } from './files';

/** A stand-in for parseProject: accepts JSON objects with format "mlp-project", explains anything else. */
function parseLikeProject(text: string): unknown {
  const value = JSON.parse(text) as { format?: unknown };
  if (value.format !== 'mlp-project') throw new Error(`format is ${JSON.stringify(value.format)}; expected "mlp-project".`);
  return value;
}

const PROJECT = JSON.stringify({ format: 'mlp-project', version: 1 });

describe('readProjectFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mlp-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the path, the file name and the text of a valid project', async () => {
    const file = path.join(dir, 'good.mlp');
    writeFileSync(file, PROJECT);
    await expect(readProjectFile(file, parseLikeProject)).resolves.toEqual({ path: file, name: 'good.mlp', text: PROJECT });
  });

  it('refuses a file over the size limit before reading or parsing it', async () => {
    const file = path.join(dir, 'huge.mlp');
    writeFileSync(file, PROJECT + ' '.repeat(2000));
    const parse = vi.fn(parseLikeProject);
    const error = await readProjectFile(file, parse, 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectFileError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('is 2.0 KB, above');
    expect((error as Error).message).toContain('1.0 KB limit');
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads a file exactly at the limit', async () => {
    const file = path.join(dir, 'edge.mlp');
    writeFileSync(file, PROJECT);
    await expect(readProjectFile(file, parseLikeProject, PROJECT.length)).resolves.toMatchObject({ text: PROJECT });
  });

  it('passes the parser message on, naming the file', async () => {
    const file = path.join(dir, 'other.mlp');
    writeFileSync(file, JSON.stringify({ format: 'something-else' }));
    await expect(readProjectFile(file, parseLikeProject)).rejects.toThrow(
      /Could not open ".*other\.mlp": it is not a valid MLP Studio project\. format is "something-else"; expected "mlp-project"\./,
    );
  });

  it('refuses text that is not UTF-8', async () => {
    const file = path.join(dir, 'binary.mlp');
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await expect(readProjectFile(file, parseLikeProject)).rejects.toThrow(/not UTF-8 text/);
  });

  it('explains a missing file and a folder', async () => {
    await expect(readProjectFile(path.join(dir, 'gone.mlp'), parseLikeProject)).rejects.toThrow(/does not exist/);
    const folder = path.join(dir, 'folder.mlp');
    mkdirSync(folder);
    await expect(readProjectFile(folder, parseLikeProject)).rejects.toThrow(/folder|not a regular file/);
  });
});

describe('writeProjectFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mlp-save-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves the text and reports where', async () => {
    const file = path.join(dir, 'net.mlp');
    await expect(writeProjectFile(file, PROJECT)).resolves.toEqual({ path: file, name: 'net.mlp' });
    expect(readFileSync(file, 'utf8')).toBe(PROJECT);
    expect(readdirSync(dir)).toEqual(['net.mlp']);
  });

  it('refuses other extensions and oversized projects, leaving the old file as it was', async () => {
    const file = path.join(dir, 'keep.mlp');
    writeFileSync(file, 'old');
    await expect(writeProjectFile(path.join(dir, 'notes.txt'), PROJECT)).rejects.toThrow(/must end in \.mlp/);
    await expect(writeProjectFile(file, 'é'.repeat(600), 1024)).rejects.toThrow(/1\.2 KB, above the 1\.0 KB limit/);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('explains a missing folder', async () => {
    await expect(writeProjectFile(path.join(dir, 'no', 'such', 'net.mlp'), PROJECT)).rejects.toThrow(/its folder does not exist/);
  });
});

describe('describeFileError', () => {
  it('names the file and the cause for common errors', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(describeFileError(error, 'save', '/x/net.mlp')).toBe(
      'Could not save "/x/net.mlp": permission denied. Check the file\'s permissions or choose another location.',
    );
    expect(describeFileError(new Error('odd'), 'open', '/x/net.mlp')).toBe('Could not open "/x/net.mlp": odd');
  });
});
