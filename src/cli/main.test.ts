import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../project';
import { runCli } from './main';
import { captureIo as capture } from './test-io';

const MOONS = 'assets/examples/moons-2-10-1.mlp';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlp-cli-'));
}

describe('mlp validate', () => {
  it('accepts a valid example', async () => {
    const io = capture();
    expect(await runCli(['validate', MOONS], io)).toBe(0);
    expect(io.stdout.at(-1)).toMatch(/valid \(0 errors/);
  });

  it('exits 1 and names the node when the network is broken', async () => {
    const file = parseProject(readFileSync(MOONS, 'utf8'));
    const broken = { ...file, graph: { ...file.graph, edges: file.graph.edges.filter((e) => e.target !== 'dense-2') } };
    const path = join(tempDir(), 'broken.mlp');
    writeFileSync(path, JSON.stringify(broken));
    const io = capture();
    expect(await runCli(['validate', path], io)).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/Linear 2/);
    expect(io.stdout.at(-1)).toMatch(/invalid/);
  });

  it('exits 1 with the format error for a corrupt file', async () => {
    const path = join(tempDir(), 'corrupt.mlp');
    writeFileSync(path, '{"format": "mlp-project", "version": 1, ');
    const io = capture();
    expect(await runCli(['validate', path], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/corrupt\.mlp' is not a valid MLP Studio project/);
  });
});

describe('mlp info', () => {
  it('lists layers in order with shapes and the total that the layer sizes imply', async () => {
    const io = capture();
    expect(await runCli(['info', MOONS, '--json'], io)).toBe(0);
    const info = JSON.parse(io.stdout[0]);
    expect(info.layers.map((l: { kind: string }) => l.kind)).toEqual([
      'Input',
      'Linear',
      'Activation',
      'Linear',
      'Activation',
      'Output',
    ]);
    expect(info.layers[1].outputShape).toBe('[B, 10]');
    expect(info.totalParams).toBe(2 * 10 + 10 + 10 * 1 + 1);
  });
});

describe('mlp train', () => {
  it('prints one JSON line per epoch with a gradient norm per Linear layer and saves the trained state', async () => {
    const out = join(tempDir(), 'trained.mlp');
    const io = capture();
    expect(await runCli(['train', MOONS, '--epochs', '3', '--json', '--out', out], io)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.epoch)).toEqual([1, 2, 3]);
    for (const line of lines) {
      expect(Object.keys(line.gradientNorms)).toEqual(['Linear 1', 'Linear 2']);
      expect(line.trainLoss).toBeGreaterThan(0);
    }
    expect(lines[2].trainLoss).toBeLessThan(lines[0].trainLoss);
    const saved = parseProject(readFileSync(out, 'utf8'));
    expect(saved.state?.epoch).toBe(3);
    expect(saved.state?.history).toHaveLength(3);
    expect(saved.state?.weights.map((w) => `${w.nodeId}/${w.name}`)).toEqual([
      'dense-1/kernel',
      'dense-1/bias',
      'dense-2/kernel',
      'dense-2/bias',
    ]);
  });
});

describe('mlp train --engine', () => {
  it("trains through the app's engine choice, and the fast and tfjs engines print the same losses", async () => {
    const runs = await Promise.all(
      ['auto', 'fast', 'tfjs'].map(async (engine) => {
        const io = capture();
        expect(await runCli(['train', MOONS, '--epochs', '2', '--json', '--engine', engine], io)).toBe(0);
        return io.stdout.map((l) => JSON.parse(l));
      }),
    );
    const [auto, fast, tfjs] = runs;
    // The moons example is made of Linear and activation nodes only: 'auto' picks the fast engine, as the app does.
    expect(auto.map((l) => l.engine)).toEqual(['fast', 'fast']);
    expect(fast.map((l) => l.engine)).toEqual(['fast', 'fast']);
    expect(tfjs.map((l) => l.engine)).toEqual(['tfjs', 'tfjs']);
    fast.forEach((line, i) => {
      expect(line.step).toBe(tfjs[i].step);
      expect(Math.abs(line.trainLoss - tfjs[i].trainLoss)).toBeLessThanOrEqual(1e-4 * tfjs[i].trainLoss);
    });
  });

  it('says which engine trains and why in its table', async () => {
    const io = capture();
    expect(await runCli(['train', MOONS, '--epochs', '1', '--engine', 'tfjs'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/on cpu with the tfjs engine \(the tfjs engine was asked for\)$/);
  });
});

describe('the mlp command', () => {
  it('exits 2 on a usage error and 1 on a missing file', () => {
    const usage = spawnSync(process.execPath, ['bin/mlp.mjs', 'frobnicate'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Unknown command 'frobnicate'/);
    const missing = spawnSync(process.execPath, ['bin/mlp.mjs', 'info', 'no-such.mlp'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-such\.mlp': no such file/);
  });
});
