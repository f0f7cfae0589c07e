// The kernel layouts inside a training run on the WASM kernel: after every step, evaluation and
// statistics sample with SGD and with Adam, each kernel's mirror, where marked current, is exactly the
// transpose of its values; the layouts chosen are those the products need; and the trained weights
// give the same loss in a network that never had a mirror to keep (all products in JavaScript).
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataFor, trainingConfig } from '../test-support/fixtures';
import { mlp } from '../test-support/graphs';
import { nodeWasmPaths } from '../wasm-paths-node';
import { transpose } from './kernels';
import type { FastNetwork } from './network';
import { wasmProducts, type MatrixProducts } from './products';
import { FastTrainer } from './trainer';

beforeAll(async () => {
  setWasmPaths(nodeWasmPaths());
  expect(await tf.setBackend('wasm')).toBe(true);
});

/** The trainer's network (private to the engine; read here to check its buffers). */
function networkOf(trainer: FastTrainer): FastNetwork {
  return (trainer as unknown as { network: FastNetwork }).network;
}

/** Checks every kernel whose mirror is marked current against a transpose of its values; returns how many were current. */
function expectMirrorsExact(network: FastNetwork): number {
  let current = 0;
  for (const p of network.parameters) {
    if (!p.mirror || !p.mirrorCurrent) continue;
    current++;
    const rows = p.byInput ? p.shape[0] : p.shape[1];
    const expected = new Float32Array(p.values.length);
    transpose(p.values, rows, p.values.length / rows, expected);
    expect(p.mirror, `${p.nodeId}/${p.name}`).toEqual(expected);
  }
  return current;
}

// Threshold 0: every kernel by input. 1,000 multiply-adds: the 8 × 8 kernels stay by unit but their
// products (32 rows) take the kernel, which reads their mirror. The app's threshold: the 256 × 256
// kernel by input, the narrow ones by unit in JavaScript.
const cases: { label: string; hidden: number[]; products: () => MatrixProducts; byInput: boolean[] }[] = [
  {
    label: 'every product on the kernel',
    hidden: [8, 8],
    products: () => wasmProducts(0) as MatrixProducts,
    byInput: [true, true, true],
  },
  {
    label: 'narrow kernels by unit, their products on the kernel',
    hidden: [8, 8],
    products: () => wasmProducts(1_000) as MatrixProducts,
    byInput: [false, false, false],
  },
  {
    label: "the app's threshold",
    hidden: [256, 256],
    products: () => wasmProducts() as MatrixProducts,
    byInput: [false, true, false],
  },
];

describe.each(['sgd', 'adam'] as const)('kernel mirrors under %s', (optimizer) => {
  it.each(cases)(
    '$label: exact after every step and evaluation, and the weights train as without mirrors',
    async ({ hidden, products, byInput }) => {
      const graph = mlp({ hidden, activation: 'relu' });
      const data = dataFor(graph, { samples: 160 });
      const document = {
        graph,
        training: trainingConfig({
          seed: 12,
          batchSize: 32,
          statsEvery: 4,
          optimizer: { name: optimizer, learningRate: 0.05 },
        }),
      };
      const trainer = new FastTrainer(document, data, products());
      const plain = new FastTrainer(document, data, null);
      try {
        const network = networkOf(trainer);
        expect(network.parameters.filter((p) => p.mirror).map((p) => p.byInput)).toEqual(byInput);
        let checked = 0;
        for (let step = 0; step < 25; step++) {
          await trainer.step(1);
          checked += expectMirrorsExact(network);
          if (step % 5 === 4) {
            await trainer.evaluate();
            checked += expectMirrorsExact(network);
          }
          if (step % 5 === 2) {
            // A fresh statistics sample runs forward and backward at the current weights, so ∂x reads the mirrors.
            if (trainer.hasPendingStats) await trainer.collectStats();
            await trainer.collectStats();
            checked += expectMirrorsExact(network);
          }
        }
        // Not vacuous: mirrors were built and checked along the way.
        expect(checked).toBeGreaterThan(0);
        const trained = await trainer.getWeights();
        plain.setWeights(trained);
        const [a, b] = [await trainer.evaluate(), await plain.evaluate()];
        expect(Math.abs(a.trainLoss - b.trainLoss)).toBeLessThanOrEqual(1e-5 * b.trainLoss);
        expect(await plain.getWeights()).toEqual(trained);
      } finally {
        trainer.dispose();
        plain.dispose();
      }
    },
  );
});
