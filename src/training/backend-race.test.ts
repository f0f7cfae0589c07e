// Racing backends in Node: the CPU and WASM train the real network and get timed, the browser-only
// ones are reported as unavailable with their reason, and the verdict names the faster one.
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRace, fastest, LARGE_NETWORK_PARAMS, raceBackends, shouldRace } from './backend-race';
import { dataFor, trainingConfig } from './test-support/fixtures';
import { mlp } from './test-support/graphs';
import { nodeWasmPaths } from './wasm-paths-node';

afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('raceBackends', () => {
  it('times every backend that runs and says why the others cannot', async () => {
    const graph = mlp({ hidden: [8], activation: 'relu' });
    const document = { graph, training: trainingConfig({ batchSize: 16 }) };
    const timings = await raceBackends(document, dataFor(graph), ['webgpu', 'webgl', 'wasm', 'cpu'], {
      wasmPaths: nodeWasmPaths(),
      budgetMs: 40,
      maxSteps: 20,
    });
    expect(timings.map((t) => t.backend)).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(timings[0]).toMatchObject({ stepsPerSecond: null, reason: expect.stringMatching(/WebGPU/) });
    expect(timings[1]).toMatchObject({ stepsPerSecond: null, reason: expect.stringMatching(/canvas/) });
    for (const t of timings.slice(2)) {
      expect(t.reason).toBeNull();
      expect(t.stepsPerSecond).toBeGreaterThan(0);
    }
    const winner = fastest(timings);
    const [wasm, cpu] = [timings[2].stepsPerSecond as number, timings[3].stepsPerSecond as number];
    expect(winner).toBe(wasm >= cpu ? 'wasm' : 'cpu');
    expect(describeRace(timings)).toMatch(new RegExp(`^Picked ${winner} by measurement.*webgl: unavailable`));
  });

  it('leaves large networks to the GPU-first order and reports when nothing ran', () => {
    expect(shouldRace({ graph: mlp({ hidden: [8], activation: 'relu' }) })).toBe(true);
    const width = Math.ceil(Math.sqrt(LARGE_NETWORK_PARAMS)) + 1;
    expect(shouldRace({ graph: mlp({ hidden: [width, width], activation: 'relu' }) })).toBe(false);
    const none = [{ backend: 'webgl' as const, stepsPerSecond: null, reason: 'no canvas' }];
    expect(fastest(none)).toBeNull();
    expect(describeRace(none)).toMatch(/^No backend could train this network: webgl: unavailable \(no canvas\)/);
  });
});
