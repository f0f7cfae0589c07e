import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFilesSchema } from '../src/ipc/contract';
import { exportDialogOptions, saveExportFiles, withExtensionOf } from './export-files';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

describe('saveExportFiles', () => {
  it('writes the first file where the person chose and the others beside it under their own names', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'mlp-export-'));
    folders.push(folder);
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({
      canceled: false,
      filePath: path.join(folder, 'my model'),
    }));
    const weights = new Uint8Array([0, 0, 128, 63]);
    const result = await saveExportFiles(
      [
        { name: 'moons.json', data: '{"format":"layers-model"}' },
        { name: 'moons.weights.bin', data: weights },
      ],
      { showSaveDialog },
    );
    expect(result).toEqual({ folder, names: ['my model.json', 'moons.weights.bin'] });
    expect(await readFile(path.join(folder, 'my model.json'), 'utf8')).toBe('{"format":"layers-model"}');
    expect(new Uint8Array(await readFile(path.join(folder, 'moons.weights.bin')))).toEqual(weights);
    expect(showSaveDialog.mock.calls[0][0]).toMatchObject({
      defaultPath: 'moons.json',
      filters: [{ extensions: ['json'] }],
    });
    expect(showSaveDialog.mock.calls[0][0].title ?? '').toContain('moons.weights.bin is saved beside it');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const write = vi.fn(async () => undefined);
    await expect(
      saveExportFiles([{ name: 'a.py', data: 'x' }], { showSaveDialog: async () => ({ canceled: true }), write }),
    ).resolves.toBeNull();
    expect(write).not.toHaveBeenCalled();
  });

  it('names the file and the fix when a write fails', async () => {
    const write = vi.fn(async () => {
      throw new Error('EACCES: permission denied');
    });
    await expect(
      saveExportFiles([{ name: 'a.gif', data: new Uint8Array(4) }], {
        showSaveDialog: async () => ({ canceled: false, filePath: '/root/a.gif' }),
        write,
      }),
    ).rejects.toThrow(/Could not write \/root\/a\.gif: EACCES: permission denied\. Choose a folder you can write to\./);
  });
});

describe('export dialog helpers', () => {
  it('adds the extension a dialog left off, and keeps one that is there', () => {
    expect(withExtensionOf('/x/net', 'a.py')).toBe('/x/net.py');
    expect(withExtensionOf('/x/net.PY', 'a.py')).toBe('/x/net.PY');
    expect(exportDialogOptions('b.gif', []).filters).toEqual([{ name: 'Animated GIF', extensions: ['gif'] }]);
  });
});

describe('the exportFiles request schema', () => {
  const request = (name: string, data: string | Uint8Array = 'x') => ({ files: [{ name, data }] });

  it('accepts plain names with a known extension, text or bytes', () => {
    expect(exportFilesSchema.safeParse(request('moons_pytorch.py')).success).toBe(true);
    expect(exportFilesSchema.safeParse(request('boundary.gif', new Uint8Array(8))).success).toBe(true);
  });

  it('refuses paths, hidden or unknown files, duplicates, no files and too many', () => {
    for (const name of ['../evil.py', 'sub/dir.py', 'C:\\x.py', '.hidden.py', 'run.sh', 'model.json\u0000.py', '']) {
      expect(exportFilesSchema.safeParse(request(name)).success, name).toBe(false);
    }
    expect(exportFilesSchema.safeParse({ files: [] }).success).toBe(false);
    expect(
      exportFilesSchema.safeParse({
        files: [
          { name: 'a.py', data: 'x' },
          { name: 'A.py', data: 'y' },
        ],
      }).success,
    ).toBe(false);
    expect(
      exportFilesSchema.safeParse({ files: Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.csv`, data: '' })) })
        .success,
    ).toBe(false);
    expect(exportFilesSchema.safeParse({ files: [{ name: 'a.py', data: 42 }] }).success).toBe(false);
  });
});
