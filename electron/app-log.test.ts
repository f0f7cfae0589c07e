import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAppLog, redactMessage, showLogFile } from './app-log';

const dir = mkdtempSync(path.join(tmpdir(), 'mlp-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redactMessage', () => {
  it('keeps the file names of quoted paths but not their folders, and hides the home folder', () => {
    expect(redactMessage('Could not save "/home/ada/Secret Plans/moons.mlp": the disk is full.', '/home/ada')).toBe(
      `Could not save "…${path.sep}moons.mlp": the disk is full.`,
    );
    expect(redactMessage('Could not open "C:\\Users\\ada\\net.mlp": permission denied.', 'C:\\Users\\ada')).toBe(
      `Could not open "…${path.sep}net.mlp": permission denied.`,
    );
    expect(redactMessage('ENOSPC at /home/ada/.config/MLP Studio/drafts', '/home/ada')).toBe(
      'ENOSPC at ~/.config/MLP Studio/drafts',
    );
    expect(redactMessage('Refused IPC call to mlp:project:save: it came from a subframe.', '/home/ada')).toBe(
      'Refused IPC call to mlp:project:save: it came from a subframe.',
    );
  });
});

describe('createAppLog', () => {
  it('writes levelled, redacted lines to a file only its owner can read', () => {
    const file = path.join(dir, 'logs', 'main.log');
    const log = createAppLog(file);
    expect(log.file).toBe(file);
    log.info('started');
    log.warn('Could not open "/somewhere/private/folder/x.mlp": it is not an MLP Studio project.');
    log.error("The window's renderer process is gone (crashed, exit code 11).");
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] \[info\] started$/);
    expect(lines[1]).toContain(`[warn] Could not open "…${path.sep}x.mlp"`);
    expect(lines[1]).not.toContain('private');
    expect(lines[2]).toContain('[error] The window');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('rotates into one .old file once the log passes its size limit', () => {
    const file = path.join(dir, 'rotating', 'main.log');
    const log = createAppLog(file, 4096);
    for (let i = 0; i < 200; i++) log.info(`line ${i} ${'x'.repeat(60)}`);
    const old = path.join(dir, 'rotating', 'main.old.log');
    expect(existsSync(old)).toBe(true);
    expect(statSync(file).size).toBeLessThanOrEqual(4096 + 200);
    expect(readFileSync(file, 'utf8')).toContain('line 199 ');
  });
});

describe('showLogFile', () => {
  it('reveals the log file when there is one, and opens its (new) folder otherwise', async () => {
    const shell = { showItemInFolder: vi.fn(), openPath: vi.fn(async () => '') };
    const file = path.join(dir, 'shown', 'main.log');
    await expect(showLogFile(shell, file)).resolves.toBe('');
    expect(shell.openPath).toHaveBeenCalledWith(path.dirname(file));
    expect(existsSync(path.dirname(file))).toBe(true);
    writeFileSync(file, 'x');
    await showLogFile(shell, file);
    expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
  });
});
