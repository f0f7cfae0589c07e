// Backend choice in Node: what is skipped and why, WASM from the package's files, and the same
// training on WASM as on the CPU (deterministic on each; equal to float32 rounding across them).
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { backendCandidates, initBackend } from './backends';
import { trainerFor } from './test-support/fixtures';
import { GraphBuilder, mlp } from './test-support/graphs';
import { nodeWasmPaths } from './wasm-paths-node';
import { flagFreeMatMulInstalled } from './wasm-matmul';

afterAll(async () => {
  await tf.setBackend('cpu');
});

async function trainedLosses(): Promise<number[]> {
  const trainer = trainerFor(mlp({ hidden: [8], activation: 'tanh' }), { seed: 3, batchSize: 16, statsEvery: 5 });
  const losses: number[] = [];
  for (let i = 0; i < 6; i++) losses.push((await trainer.step(5)).meanLoss as number);
  trainer.dispose();
  return losses;
}

describe('initBackend', () => {
  it('lists the candidates from the preferred backend down', () => {
    expect(backendCandidates('auto')).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(backendCandidates('webgl')).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendCandidates('cpu')).toEqual(['cpu']);
    expect(() => backendCandidates('tpu' as never)).toThrow(/Unknown backend 'tpu'/);
  });

  it('falls back to the CPU in Node without WASM files, saying why each other was skipped', async () => {
    const choice = await initBackend('auto');
    expect(choice.backend).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect(choice.skipped.map((s) => s.backend)).toEqual(['webgpu', 'webgl', 'wasm']);
    expect(choice.skipped[2].reason).toMatch(/wasmPaths/);
  });

  it('runs on WASM from the installed package, training as on the CPU', async () => {
    const cpu = await trainedLosses();
    const choice = await initBackend('webgl', { wasmPaths: nodeWasmPaths() });
    expect(choice.backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    // Its matMul transposes flagged operands first (wasm-matmul.ts); the losses below go through it.
    expect(flagFreeMatMulInstalled()).toBe(true);
    const [first, second] = [await trainedLosses(), await trainedLosses()];
    expect(second).toEqual(first);
    first.forEach((loss, i) => expect(Math.abs(loss - cpu[i])).toBeLessThan(1e-4 * Math.abs(cpu[i]) + 1e-6));
  });

  it('runs the whole engine on WASM: statistics, metrics, grid and the divergence guard', async () => {
    await initBackend('wasm', { wasmPaths: nodeWasmPaths() });
    const b = new GraphBuilder();
    const h = b.add('batchNorm', {}, [b.add('dense', { units: 6 }, [b.add('input')])]);
    const g = b.add('activation', { activation: 'gelu' }, [b.add('dropout', { rate: 0.25 }, [h])]);
    const e = b.add('activation', { activation: 'elu', alpha: 0.5 }, [b.add('dense', { units: 4 }, [g])]);
    b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [e])])]);
    const trainer = trainerFor(b.build(), {
      seed: 2,
      batchSize: 16,
      statsEvery: 4,
      optimizer: { name: 'sgd', learningRate: 0.1 },
    });
    await trainer.step(8);
    const stats = await trainer.collectStats();
    const kernel = stats.layers[0].parameters[0];
    expect(Number.isFinite(kernel.gradNorm) && kernel.gradNorm > 0).toBe(true);
    expect(Array.from(kernel.gradHistogram.counts).reduce((a, c) => a + c, 0)).toBe(12);
    expect((await trainer.evaluate()).trainAccuracy).toBeGreaterThan(0);
    expect((await trainer.decisionGrid(5)).every((p) => p >= 0 && p <= 1)).toBe(true);
    trainer.setLearningRate(1e6);
    const report = (await trainer.step(300)).diverged;
    expect(report).not.toBeNull();
    expect(report?.firstLayerNodeId).toEqual(expect.any(String));
    expect((await trainer.getWeights()).every((w) => w.values.every(Number.isFinite))).toBe(true);
    trainer.dispose();
  });
});
