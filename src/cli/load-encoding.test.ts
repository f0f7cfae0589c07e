import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, serializeProject } from '../project';
import { runCli } from './main';
import { captureIo } from './test-io';

describe('mlp reads project files as strict UTF-8, as the app does', () => {
  it('refuses a Latin-1 file, naming the byte, instead of reading é as U+FFFD', async () => {
    const text = serializeProject(createProject({ meta: { title: 'Café' } }));
    const path = join(mkdtempSync(join(tmpdir(), 'mlp-utf8-')), 'latin.mlp');
    writeFileSync(
      path,
      Uint8Array.from(text, (c) => c.charCodeAt(0)),
    );
    const io = captureIo();
    const code = await runCli(['info', path], io);
    expect(code).toBe(1);
    expect([...io.stdout, ...io.stderr].join('\n')).toMatch(/not UTF-8 text: byte \d+ \(0xE9\)/);
    expect([...io.stdout, ...io.stderr].join('\n')).not.toContain('Caf\uFFFD');
  });
});
