import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProject, parseProject, serializeProject } from '../src/project';
import { describeFileError, ProjectFileError, readProjectFile, writeProjectFile } from './files';

/** A stand-in for parseProject: accepts JSON objects with format "mlp-project", explains anything else. */
function parseLikeProject(text: string): unknown {
  const value = JSON.parse(text) as { format?: unknown };
  if (value.format !== 'mlp-project')
    throw new Error(`format is ${JSON.stringify(value.format)}; expected "mlp-project".`);
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
    await expect(readProjectFile(file, parseLikeProject)).resolves.toEqual({
      path: file,
      name: 'good.mlp',
      text: PROJECT,
    });
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

  it('passes the parser message on for a damaged project file, naming the file and the field', async () => {
    const file = path.join(dir, 'damaged.mlp');
    const project = JSON.parse(serializeProject(createProject({ meta: { title: 'Moons' } }))) as {
      training: { batchSize: unknown };
    };
    project.training.batchSize = -3;
    writeFileSync(file, JSON.stringify(project));
    await expect(readProjectFile(file, parseProject)).rejects.toThrow(
      /Could not open ".*damaged\.mlp": it is not a valid MLP Studio project\. training\.batchSize/,
    );
  });

  it('quotes no byte of a file that is not a project at all', async () => {
    const contents = [
      'SECRET-TOKEN-1234 first line of some private file',
      '{"api_key": SECRET-TOKEN-1234}',
      '"SECRET-TOKEN-1234"',
      '["SECRET-TOKEN-1234", 1]',
      '{"format": "SECRET-TOKEN-1234", "version": 1}',
      '{"user": "SECRET-TOKEN-1234"}',
    ];
    for (const [i, text] of contents.entries()) {
      const file = path.join(dir, `private-${i}.mlp`);
      writeFileSync(file, text);
      const error = (await readProjectFile(file, parseProject).catch((e: unknown) => e)) as Error;
      expect(error, text).toBeInstanceOf(ProjectFileError);
      expect(error.message, text).toMatch(/not an MLP Studio project/);
      expect(error.message, text).not.toMatch(/SECRET|TOKEN|api_key|user|private file/);
    }
    const broken = path.join(dir, 'broken-json.mlp');
    writeFileSync(broken, '{\n  "a": SECRET\n}');
    await expect(readProjectFile(broken, parseProject)).rejects.toThrow(
      /not valid JSON \(the first error is at line 2, column 8\)/,
    );
  });

  it.runIf(process.platform !== 'win32')(
    'refuses a FIFO named like a project at once instead of waiting for a writer',
    { timeout: 5000 },
    async () => {
      const fifo = path.join(dir, 'pipe.mlp');
      execFileSync('mkfifo', [fifo]);
      await expect(readProjectFile(fifo, parseLikeProject)).rejects.toThrow(/pipe\.mlp": it is not a regular file/);
    },
  );

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
    await expect(writeProjectFile(file, PROJECT, parseLikeProject)).resolves.toEqual({ path: file, name: 'net.mlp' });
    expect(readFileSync(file, 'utf8')).toBe(PROJECT);
    expect(readdirSync(dir)).toEqual(['net.mlp']);
  });

  it('refuses other extensions and oversized projects, leaving the old file as it was', async () => {
    const file = path.join(dir, 'keep.mlp');
    writeFileSync(file, 'old');
    await expect(writeProjectFile(path.join(dir, 'notes.txt'), PROJECT, parseLikeProject)).rejects.toThrow(
      /must end in \.mlp/,
    );
    await expect(writeProjectFile(file, 'é'.repeat(600), parseLikeProject, 1024)).rejects.toThrow(
      /1\.2 KB, above the 1\.0 KB limit/,
    );
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('explains a missing folder', async () => {
    await expect(writeProjectFile(path.join(dir, 'no', 'such', 'net.mlp'), PROJECT, parseLikeProject)).rejects.toThrow(
      /its folder does not exist/,
    );
  });

  it('refuses to write a project that would not open again, leaving the old file and no temp file', async () => {
    const file = path.join(dir, 'readable.mlp');
    const good = serializeProject(createProject({ meta: { title: 'Kept' } }));
    writeFileSync(file, good);
    const unreadable = JSON.parse(good) as { meta: { title: string } };
    unreadable.meta.title = 'x'.repeat(5000);
    const before = readdirSync(dir).sort();
    await expect(writeProjectFile(file, JSON.stringify(unreadable), parseProject)).rejects.toThrow(
      /Did not save ".*readable\.mlp": the project would not open again, so the file on disk was left as it was\. meta\.title/,
    );
    await expect(writeProjectFile(file, '{"format":"mlp-project"', parseProject)).rejects.toThrow(
      /would not open again/,
    );
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('checks the bytes that reach the disk, not the text it was handed', async () => {
    const file = path.join(dir, 'surrogate.mlp');
    // A lone surrogate becomes U+FFFD on the way to UTF-8; the parser must see that, as an open would.
    const seen: string[] = [];
    await writeProjectFile(file, '{"format":"mlp-project","t":"\ud800"}', (text) => seen.push(text));
    expect(seen).toEqual(['{"format":"mlp-project","t":"\ufffd"}']);
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
