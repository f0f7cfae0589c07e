import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChain, createProject, serializeProject, type ChainLayer } from '../project';
import { runCli } from './main';
import { captureIo } from './test-io';

describe('mlp validate holds a network to the resource budget', () => {
  it('refuses 248 Linear-1024 layers (259 M parameters in a small file) with the count and the limit', async () => {
    const hidden = Array.from({ length: 248 }, (): ChainLayer[] => [
      { kind: 'dense', units: 1024 },
      { kind: 'activation', activation: 'relu' },
    ]).flat();
    const graph = buildChain(
      ['x1', 'x2'],
      [...hidden, { kind: 'dense', units: 1 }, { kind: 'activation', activation: 'sigmoid' }],
      'binaryCrossentropy',
    );
    const path = join(mkdtempSync(join(tmpdir(), 'mlp-budget-')), 'huge.mlp');
    writeFileSync(path, serializeProject(createProject({ graph })));
    expect(statSync(path).size).toBeLessThan(400_000);
    const io = captureIo();
    const code = await runCli(['validate', path], io);
    expect(code).toBe(1);
    expect([...io.stdout, ...io.stderr].join('\n')).toContain(
      '259,255,297 parameters; the limit is 50,000,000 on the command line',
    );
    expect(io.stdout.at(-1) ?? io.stderr.at(-1)).toMatch(/invalid/);
  });
});
