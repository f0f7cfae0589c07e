/**
 * Test support only: trains the tfjs engine (autodiff) and the fast engine side by side for 100
 * steps from the same document and compares everything they report, to 1e-4 relative.
 */
import { expect } from 'vitest';
import type { DatasetSpec } from '../../data/index';
import type { Graph } from '../../graph/types';
import { FastTrainer } from '../fast/trainer';
import type { MatrixProducts } from '../fast/products';
import { Trainer } from '../trainer';
import { dataFor, trainingConfig } from './fixtures';

const STEPS = 100;

/** Expects |actual − expected| ≤ 1e-4·|expected| (+1e-9). */
export function expectRelative(actual: number | null, expected: number | null, label: string): void {
  expect(actual, label).not.toBeNull();
  expect(Number.isFinite(expected), label).toBe(true);
  expect(Math.abs((actual as number) - (expected as number)), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    1e-4 * Math.abs(expected as number) + 1e-9,
  );
}

/**
 * Trains both engines 100 steps on the same document and data and compares everything they report; `products` is
 * handed to the fast engine.
 */
export async function expectSameTraining(
  graph: Graph,
  training: Parameters<typeof trainingConfig>[0],
  spec: Partial<DatasetSpec> = {},
  products: MatrixProducts | null = null,
): Promise<void> {
  const data = dataFor(graph, spec);
  const document = { graph, training: trainingConfig({ statsEvery: 10, ...training }) };
  const tfjs = new Trainer(document, data);
  const fast = new FastTrainer(document, data, products);
  try {
    expect(await fast.getWeights()).toEqual(await tfjs.getWeights());
    const before = await tfjs.evaluate();
    const [a, b] = [await tfjs.step(STEPS), await fast.step(STEPS)];
    expect(b.steps).toBe(STEPS);
    expect(fast.counters).toEqual(tfjs.counters);
    expectRelative(b.meanLoss, a.meanLoss, 'mean loss of the last steps');
    const [ea, eb] = [await tfjs.evaluate(), await fast.evaluate()];
    // Trained, not stuck: the loss moved, so agreement is not between two untouched networks.
    expect(Math.abs(ea.trainLoss - before.trainLoss)).toBeGreaterThan(1e-3 * before.trainLoss);
    expectRelative(eb.trainLoss, ea.trainLoss, 'training loss after 100 steps');
    expectRelative(eb.validationLoss, ea.validationLoss, 'validation loss');
    expect(eb.penalty === 0).toBe(ea.penalty === 0);
    if (ea.penalty > 0) expectRelative(eb.penalty, ea.penalty, 'penalty');
    const [sa, sb] = [await tfjs.collectStats(), await fast.collectStats()];
    expect(sb.step).toBe(STEPS);
    expect(sb.layers.map((l) => [l.nodeId, l.kind])).toEqual(sa.layers.map((l) => [l.nodeId, l.kind]));
    sa.layers.forEach((layer, i) => {
      layer.parameters.forEach((p, j) => {
        const q = sb.layers[i].parameters[j];
        expect(q.name).toBe(p.name);
        expectRelative(q.gradNorm, p.gradNorm, `${layer.nodeId}/${p.name} gradient norm`);
        expectRelative(q.weightNorm, p.weightNorm, `${layer.nodeId}/${p.name} weight norm`);
      });
      if (layer.activation)
        expectRelative(sb.layers[i].activation?.mean ?? null, layer.activation.mean, `${layer.nodeId} mean output`);
    });
  } finally {
    fast.dispose();
    tfjs.dispose();
  }
}
