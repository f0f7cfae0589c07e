// What a save may replace: permission bits kept, symlinks written through, and a FIFO, folder or
// dangling link refused; temp files removed on every failure and on a signal mid-save.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as atomic from './atomic-write';

const { parseTempName, writeFileAtomic } = atomic;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlp-atomic-targets-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempsOf(target: string): string[] {
  return readdirSync(path.dirname(target)).filter((name) => parseTempName(target, name));
}

describe('writeFileAtomic keeps what it replaces', () => {
  it('keeps the permission bits of the replaced file (0600 stays 0600, 0640 stays 0640)', async () => {
    for (const mode of [0o600, 0o640]) {
      const target = path.join(dir, `private-${mode.toString(8)}.mlp`);
      writeFileSync(target, 'old');
      chmodSync(target, mode);
      await writeFileAtomic(target, 'new');
      expect(readFileSync(target, 'utf8')).toBe('new');
      expect((statSync(target).mode & 0o777).toString(8)).toBe(mode.toString(8));
    }
  });

  it('writes through a symlink to its file and keeps the link', async () => {
    const real = path.join(dir, 'real.mlp');
    const link = path.join(dir, 'link.mlp');
    writeFileSync(real, 'old');
    chmodSync(real, 0o600);
    symlinkSync('real.mlp', link);
    await writeFileAtomic(link, 'through the link');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('through the link');
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });
});

describe('writeFileAtomic refuses targets that are not regular files', () => {
  it('refuses a FIFO, naming it, and leaves the FIFO and no temp file', async () => {
    const fifo = path.join(dir, 'pipe.mlp');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toThrow(
      /pipe\.mlp' is a named pipe \(FIFO\), not a regular file; save under another name/,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(tempsOf(fifo)).toEqual([]);
  });

  it('refuses a dangling symlink instead of replacing the link with a file', async () => {
    const link = path.join(dir, 'dangling.mlp');
    symlinkSync('gone.mlp', link);
    await expect(writeFileAtomic(link, 'x')).rejects.toThrow(
      /dangling\.mlp' is a symbolic link to 'gone\.mlp', which does not exist/,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).not.toContain('gone.mlp');
    expect(tempsOf(link)).toEqual([]);
  });

  it('refuses a folder with code EISDIR', async () => {
    const folder = path.join(dir, 'folder.mlp');
    mkdirSync(folder);
    await expect(writeFileAtomic(folder, 'x')).rejects.toMatchObject({
      code: 'EISDIR',
      message: expect.stringMatching(/folder\.mlp' is a folder/),
    });
  });
});

describe('writeFileAtomic leaves no temp file behind', () => {
  it('removes the temp file when writing the data fails', async () => {
    const target = path.join(dir, 'bad-data.mlp');
    writeFileSync(target, 'old');
    await expect(writeFileAtomic(target, 42 as unknown as string)).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(tempsOf(target)).toEqual([]);
  });

  it('removes the temp files of saves in progress on request (for signal handlers), leaving the old file', async () => {
    const target = path.join(dir, 'interrupted.mlp');
    writeFileSync(target, 'old');
    const saving = writeFileAtomic(target, 'x'.repeat(64 * 1024 * 1024)).catch((e: Error) => e);
    while (tempsOf(target).length === 0) await new Promise((r) => setImmediate(r));
    expect(typeof atomic.removeInFlightTempFiles).toBe('function');
    expect(atomic.removeInFlightTempFiles()).toBe(1);
    expect(tempsOf(target)).toEqual([]);
    expect(await saving).toBeInstanceOf(Error);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });
});
