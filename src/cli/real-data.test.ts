import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../project';
import { runCli } from './main';
import { captureIo } from './test-io';

const DIGITS = 'assets/examples/digits-one-hidden.mlp';

describe('the CLI on a bundled real data set', () => {
  it('validate and info read the digits: 64 inputs, 2,410 parameters, no issue', async () => {
    const valid = captureIo();
    expect(await runCli(['validate', DIGITS], valid)).toBe(0);
    expect(valid.stdout.at(-1)).toMatch(/valid \(0 errors, 0 warnings\)/);
    const info = captureIo();
    expect(await runCli(['info', DIGITS, '--json'], info)).toBe(0);
    expect(JSON.parse(info.stdout[0]).totalParams).toBe(64 * 32 + 32 + 32 * 10 + 10);
  });

  it('train learns the digits headless on the fast engine and saves the weights', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlp-cli-real-')), 'digits-trained.mlp');
    const io = captureIo();
    expect(await runCli(['train', DIGITS, '--epochs', '3', '--json', '--out', out, '--backend', 'cpu'], io)).toBe(0);
    const epochs = io.stdout.map(
      (line) => JSON.parse(line) as { epoch: number; validationAccuracy: number; engine: string },
    );
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
    expect(epochs[2].engine).toBe('fast');
    expect(epochs[2].validationAccuracy).toBeGreaterThan(0.9);
    const trained = parseProject(readFileSync(out, 'utf8'));
    expect(trained.data.kind).toBe('digits');
    expect(trained.state?.epoch).toBe(3);
  });
});
