// Per-layer statistics against the same quantities computed by hand in float64 from the raw
// gradients, weights and activations.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lossAndGradients } from './gradients';
import { HISTOGRAM_BINS } from './histogram';
import { lossFunction } from './losses';
import { dataFor, trainerFor } from './test-support/fixtures';
import { GraphBuilder, init } from './test-support/graphs';
import type { Trainer } from './trainer';

const live: Trainer[] = [];
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  while (live.length) live.pop()?.dispose();
});

/** Input → Linear 8 → ReLU → Linear 6 → BatchNorm → Sigmoid → Linear 1 → Sigmoid → BCE. */
function network(kernelStddev?: number) {
  const b = new GraphBuilder();
  const kernelInitializer = kernelStddev ? { ...init('randomNormal'), stddev: kernelStddev } : init('glorotUniform');
  const relu = b.add('activation', { activation: 'relu' }, [
    b.add('dense', { units: 8, kernelInitializer }, [b.add('input')]),
  ]);
  const bn = b.add('batchNorm', {}, [b.add('dense', { units: 6, kernelInitializer }, [relu])]);
  const sig = b.add('activation', { activation: 'sigmoid' }, [bn]);
  b.add('output', {}, [
    b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1, kernelInitializer }, [sig])]),
  ]);
  return b.build();
}

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
const meanAbs = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + Math.abs(x), 0) / v.length;
const maxAbs = (v: ArrayLike<number>) => Array.from(v).reduce((m, x) => Math.max(m, Math.abs(x)), 0);
function bins(v: ArrayLike<number>): number[] {
  const r = maxAbs(v);
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const x of Array.from(v))
    counts[Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(((x + r) / (2 * r || 1e-30)) * HISTOGRAM_BINS)))]++;
  return counts;
}
const relClose = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-5 * Math.abs(b) + 1e-9);

/** Gradients (by node/name) and node outputs of a training-mode pass over the whole training set. */
async function rawPass(trainer: Trainer, graph: ReturnType<typeof network>) {
  const c = trainer.compiled;
  const data = dataFor(graph);
  const frozen = c.weights.filter((w) => !w.trainable).map((w) => tf.clone(w.variable.read()));
  const { gradients, outputs } = tf.tidy(() => {
    const r = lossAndGradients(
      c,
      lossFunction(c.loss, c.head),
      [],
      tf.tensor2d(data.train.x, [data.train.n, 2]),
      tf.tensor2d(data.train.y, [data.train.n, 1]),
      true,
    );
    return { gradients: r.gradients, outputs: r.outputs };
  });
  c.weights.filter((w) => !w.trainable).forEach((w, i) => w.variable.write(frozen[i]));
  const grads = new Map(
    await Promise.all(
      c.trainableWeights.map(async (w, i) => [`${w.nodeId}/${w.name}`, await gradients[i].data()] as const),
    ),
  );
  const acts = new Map(
    await Promise.all([...c.outputIndex.nodes].map(async ([id, index]) => [id, await outputs[index].data()] as const)),
  );
  tf.dispose([...gradients, ...outputs, ...frozen]);
  return { grads, acts, rows: data.train.n };
}

describe('collectStats', () => {
  it('reports norms, mean |g|, ratios and histograms of every Linear and BatchNorm weight, input → output', async () => {
    const graph = network();
    const trainer = trainerFor(graph, { seed: 3 });
    live.push(trainer);
    const { grads } = await rawPass(trainer, graph);
    const weights = new Map((await trainer.getWeights()).map((w) => [`${w.nodeId}/${w.name}`, w.values]));
    const sample = await trainer.collectStats();
    expect(sample.layers.map((l) => l.nodeId)).toEqual(
      trainer.compiled.nodeOrder.filter((id) => /^(dense|batchNorm|activation)/.test(id)),
    );
    const parameters = sample.layers.flatMap((l) => l.parameters.map((p) => [`${l.nodeId}/${p.name}`, p] as const));
    expect(parameters.map(([key]) => key)).toEqual([...grads.keys()]);
    for (const [key, p] of parameters) {
      const g = grads.get(key) as Float32Array;
      const w = weights.get(key) as Float32Array;
      relClose(p.gradNorm, norm(g));
      relClose(p.gradMeanAbs, meanAbs(g));
      relClose(p.weightNorm, norm(w));
      if (norm(w) > 0) relClose(p.ratio as number, norm(g) / norm(w));
      else expect(p.ratio).toBeNull();
      relClose(p.gradHistogram.range, maxAbs(g));
      expect(Array.from(p.gradHistogram.counts).reduce((a, b) => a + b, 0)).toBe(g.length);
      const off = Array.from(p.gradHistogram.counts).reduce((s, c, i) => s + Math.abs(c - bins(g)[i]), 0);
      expect(off, `${key} gradient histogram`).toBeLessThanOrEqual(2);
      expect(Array.from(p.weightHistogram.counts)).toEqual(bins(w));
    }
    expect(sample.layers.find((l) => l.kind === 'batchNorm')?.parameters.map((p) => p.name)).toEqual(['gamma', 'beta']);
  });

  it('reports mean, saturated and dead fractions of activations as defined', async () => {
    const graph = network(4);
    const trainer = trainerFor(graph, { seed: 5 });
    live.push(trainer);
    // Kill ReLU unit 0 for good: a bias of −1000 keeps its input negative on every sample.
    const weights = await trainer.getWeights();
    const bias = weights.find((w) => w.nodeId === 'dense-2' && w.name === 'bias');
    if (bias) bias.values[0] = -1000;
    trainer.setWeights(weights);
    const { acts, rows } = await rawPass(trainer, graph);
    const layers = (await trainer.collectStats()).layers;
    const relu = layers.find((l) => l.nodeId === 'activation-3')?.activation;
    const reluOut = acts.get('activation-3') as Float32Array;
    const units = reluOut.length / rows;
    const dead = Array.from({ length: units }, (_, j) =>
      Array.from({ length: rows }, (_, i) => reluOut[i * units + j]).every((v) => v <= 0),
    );
    expect(dead[0]).toBe(true);
    expect(relu?.deadFraction).toBeCloseTo(dead.filter(Boolean).length / units, 6);
    expect(relu?.saturatedFraction).toBeNull();
    relClose(relu?.mean as number, Array.from(reluOut).reduce((a, b) => a + b, 0) / reluOut.length);
    const sigmoid = layers.find((l) => l.nodeId === 'activation-6')?.activation;
    const sigOut = Array.from(acts.get('activation-6') as Float32Array);
    const saturated = sigOut.filter((v) => v < 0.02 || v > 0.98).length / sigOut.length;
    expect(saturated).toBeGreaterThan(0);
    expect(sigmoid?.saturatedFraction).toBeCloseTo(saturated, 6);
    expect(sigmoid?.deadFraction).toBeNull();
    expect(Array.from(sigmoid?.histogram.counts ?? []).reduce((a, b) => a + b, 0)).toBe(sigOut.length);
  });

  it("reports the histogram of each activation's input z and, for ReLU, the fraction of z ≤ 0", async () => {
    const graph = network(4);
    const trainer = trainerFor(graph, { seed: 7 });
    live.push(trainer);
    const { acts } = await rawPass(trainer, graph);
    const layers = (await trainer.collectStats()).layers;
    const relu = layers.find((l) => l.nodeId === 'activation-3')?.activation;
    const z = acts.get('dense-2') as Float32Array; // the ReLU's input
    expect(relu?.preHistogram?.range).toBeCloseTo(maxAbs(z), 5);
    expect(Array.from(relu?.preHistogram?.counts ?? [])).toEqual(bins(z));
    expect(relu?.nonPositiveFraction).toBeCloseTo(Array.from(z).filter((v) => v <= 0).length / z.length, 6);
    const sigmoid = layers.find((l) => l.nodeId === 'activation-6')?.activation;
    const bnOut = acts.get('batchNorm-5') as Float32Array; // the Sigmoid's input
    expect(Array.from(sigmoid?.preHistogram?.counts ?? [])).toEqual(bins(bnOut));
    expect(sigmoid?.nonPositiveFraction).toBeNull();
  });

  it('hands over the statistics of the last sampled step, which saw that step’s gradient', async () => {
    const graph = network();
    const settings = { seed: 9, batchSize: 0, statsEvery: 4 };
    const [a, b] = [trainerFor(graph, settings), trainerFor(graph, settings)];
    live.push(a, b);
    await a.step(4);
    await b.step(3);
    const sampled = await a.collectStats();
    const fresh = await b.collectStats(); // at step 3's weights, on the full batch: what step 4 used
    expect(sampled.step).toBe(4);
    expect(fresh.step).toBe(3);
    expect(sampled.layers.flatMap((l) => l.parameters.map((p) => p.gradNorm))).toEqual(
      fresh.layers.flatMap((l) => l.parameters.map((p) => p.gradNorm)),
    );
    expect((await a.collectStats()).step).toBe(4); // nothing pending any more: a fresh sample, still at step 4
  });

  it('leaves the model as it was: BatchNorm moving averages included', async () => {
    const trainer = trainerFor(network(), { seed: 2 });
    live.push(trainer);
    await trainer.step(2);
    const before = await trainer.getWeights();
    await trainer.collectStats();
    expect(await trainer.getWeights()).toEqual(before);
  });
});
