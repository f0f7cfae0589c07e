import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTempName, removeStaleTempFiles, tempPathFor, writeFileAtomic } from './atomic-write';

const TRIALS = 100;
const MAX_KILL_DELAY_MS = 30;
const CHILD_SCRIPT = path.join(import.meta.dirname, 'fixtures', 'atomic-save-child.mjs');

/** A project-shaped JSON text of about 2.3 MB whose weights are random, so any truncation shows. */
function bigProjectText(title: string): string {
  const weights = randomBytes(1_700_000).toString('base64');
  return JSON.stringify({
    format: 'mlp-project',
    version: 1,
    meta: { title },
    state: { weights: [{ data: weights }] },
  });
}

/** Starts the saving child, waits until it is about to save, kills it after 0-30 ms, and resolves when it is dead. */
function saveThenKill(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => {
      setTimeout(() => child.kill('SIGKILL'), Math.random() * MAX_KILL_DELAY_MS);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mlp-atomic-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the content and leaves no temp file behind', async () => {
    const target = path.join(dir, 'plain.mlp');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir).filter((name) => parseTempName(target, name))).toEqual([]);
  });

  it('names temp files so they can be recognised, and only its own', () => {
    const target = path.join(dir, 'net.mlp');
    const temp = tempPathFor(target, 4242);
    expect(path.dirname(temp)).toBe(dir);
    expect(parseTempName(target, path.basename(temp))).toEqual({ pid: 4242 });
    expect(parseTempName(target, 'net.mlp')).toBeNull();
    expect(parseTempName(path.join(dir, 'other.mlp'), path.basename(temp))).toBeNull();
  });

  it(`keeps the old or the new content when the saving process is killed (${TRIALS} SIGKILLs)`, async () => {
    const bundle = path.join(dir, 'atomic-write.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'atomic-write.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
    });
    const target = path.join(dir, 'project.mlp');
    const texts = [bigProjectText('A'), bigProjectText('B')];
    const [fileA, fileB] = texts.map((text, i) => {
      const file = path.join(dir, `text-${i}.json`);
      writeFileSync(file, text);
      return file;
    });
    writeFileSync(target, texts[0]);

    let completedSaves = 0;
    let killedMidWrite = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const before = readFileSync(target, 'utf8');
      const tempsBefore = readdirSync(dir).filter((name) => parseTempName(target, name)).length;
      await saveThenKill([bundle, target, fileA, fileB]);
      const after = readFileSync(target, 'utf8');
      // Exactly one of the two complete texts: never empty, truncated or mixed.
      expect(after === texts[0] || after === texts[1], `trial ${trial}: target holds ${after.length} chars`).toBe(true);
      expect(() => JSON.parse(after)).not.toThrow();
      if (after !== before) completedSaves += 1;
      if (readdirSync(dir).filter((name) => parseTempName(target, name)).length > tempsBefore) killedMidWrite += 1;
    }
    // The kills must have landed both between and inside saves, or the test proved nothing.
    expect(completedSaves).toBeGreaterThan(0);
    expect(killedMidWrite).toBeGreaterThan(0);

    const leftovers = readdirSync(dir).filter((name) => parseTempName(target, name)).length;
    expect(await removeStaleTempFiles(target)).toBe(leftovers);
    expect(readdirSync(dir).filter((name) => parseTempName(target, name))).toEqual([]);
    console.log(`atomic save: ${TRIALS} kills, ${completedSaves} after a finished save, ${killedMidWrite} mid-write`);
  });
});
