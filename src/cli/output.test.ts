import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../project';
import { checkOutput, OutputError, writeProjectChecked } from './output';

const moons = parseProject(readFileSync('assets/examples/moons-2-10-1.mlp', 'utf8'));

describe('writeProjectChecked', () => {
  it('never writes a project that would not open again, and leaves the old file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlp-cli-out-'));
    const target = join(dir, 'o.mlp');
    writeFileSync(target, 'old');
    const unreadable = { ...moons, meta: { ...moons.meta, title: 'x'.repeat(300) } };
    const printed: string[] = [];
    await expect(writeProjectChecked(target, unreadable, (t) => printed.push(t))).rejects.toThrow(OutputError);
    await expect(writeProjectChecked(target, unreadable, (t) => printed.push(t))).rejects.toThrow(
      /would not open again, so nothing was written to '.*o\.mlp': meta\.title/,
    );
    await expect(writeProjectChecked('-', unreadable, (t) => printed.push(t))).rejects.toThrow(
      /nothing was written to standard output/,
    );
    expect(printed).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['o.mlp']);
  });

  it('writes a readable project and returns its size in bytes', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'mlp-cli-out-')), 'o.mlp');
    const bytes = await writeProjectChecked(target, moons, () => undefined);
    expect(bytes).toBe(readFileSync(target).byteLength);
    expect(parseProject(readFileSync(target, 'utf8')).meta.title).toBe(moons.meta.title);
  });
});

describe('checkOutput', () => {
  it('refuses a path whose parent is a file, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlp-cli-out-'));
    writeFileSync(join(dir, 'plain'), '');
    await expect(checkOutput(join(dir, 'plain', 'o.mlp'))).rejects.toThrow(
      /plain' is not a folder. Choose another path/,
    );
  });

  it("accepts '-' and a new file in an existing folder", async () => {
    await expect(checkOutput('-')).resolves.toBeUndefined();
    await expect(checkOutput(join(mkdtempSync(join(tmpdir(), 'mlp-cli-out-')), 'new.mlp'))).resolves.toBeUndefined();
  });
});
