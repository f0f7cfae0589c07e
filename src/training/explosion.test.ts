import { describe, expect, it } from 'vitest';
import {
  checkLayers,
  describeBrokenNetwork,
  describeExplosion,
  findZeroGradients,
  lossExplosion,
  LossWatch,
  WEIGHT_NORM_LIMIT,
  type Explosion,
} from './explosion';
import type { LayerStats } from './stats';
import recorded from './test-support/explosion-series.json';

/** One recorded sample: the mean loss of the last 5 steps and, per layer, [id, name, [[param, ‖g‖, ‖w‖]...] or [dead, saturated]]. */
interface RecordedSample {
  step: number;
  loss: number;
  layers: [string, string, unknown[]][];
}

const series = recorded as unknown as Record<string, RecordedSample[]>;
const empty = { range: 0, counts: new Float32Array(0) };

/** Turns a recorded sample back into the statistics the trainer reports. */
function layersOf(sample: RecordedSample): LayerStats[] {
  return sample.layers.map(([nodeId, nodeName, values]) => {
    if (typeof values[0] !== 'object' || values[0] === null) {
      const [dead, saturated] = values as [number | null, number | null];
      return {
        nodeId,
        nodeName,
        kind: 'activation',
        parameters: [],
        activation: { activation: 'relu', mean: 0, saturatedFraction: saturated, deadFraction: dead, histogram: empty },
      };
    }
    const parameters = (values as [string, number, number][]).map(([name, gradNorm, weightNorm]) => ({
      name,
      gradNorm,
      gradMeanAbs: 0,
      weightNorm,
      ratio: null,
      gradHistogram: empty,
      weightHistogram: empty,
    }));
    return { nodeId, nodeName, kind: 'dense', parameters, activation: null };
  });
}

/**
 * Replays a recorded run through the guard as the worker does (after a first one-step reading `start`, when given);
 * returns the first explosion and its step, or null.
 */
function replay(samples: RecordedSample[], start: number | null = null): { step: number; explosion: Explosion } | null {
  const watch = new LossWatch();
  watch.observe(start);
  for (const sample of samples) {
    const limit = watch.observe(sample.loss);
    if (limit !== null) return { step: sample.step, explosion: lossExplosion(sample.loss, limit, layersOf(sample)) };
    const found = checkLayers(layersOf(sample));
    if (found) return { step: sample.step, explosion: found };
  }
  return null;
}

describe('the explosion guard on recorded runs', () => {
  it('stops the moons lesson at learning rate 50 on the first jump of the loss, naming the layer that moved most', () => {
    // The worker's first chunk is one step, whose loss (0.69 here) is the baseline the jump to 2.9e6 is measured against.
    const found = replay(series['moons-2-10-1@50'], 0.69);
    expect(found?.step).toBe(5);
    expect(found?.explosion).toMatchObject({ kind: 'lossGrowth', nodeName: 'Linear 1', value: 2.94e6 });
    expect(found?.explosion.limit).toBeCloseTo(69);
    // Without that baseline the first reading is the baseline, and the next jump (3e17) is caught.
    expect(replay(series['moons-2-10-1@50'])?.step).toBe(10);
  });

  it('stops it on the weights alone when the loss readings start after the jump', () => {
    // From step 20 on the loss falls back near 1 while Linear 1 keeps a norm of 1.3e18.
    const late = series['moons-2-10-1@50'].slice(4);
    expect(late[0].loss).toBeLessThan(10);
    expect(replay(late)?.explosion).toMatchObject({ kind: 'hugeWeights', nodeId: 'dense-1', nodeName: 'Linear 1' });
    expect(replay(late)?.explosion.value).toBeGreaterThan(WEIGHT_NORM_LIMIT);
  });

  it.each(['moons-2-10-1@0.2', 'deep-relu@0.1', 'deep-sigmoid@0.1', 'deep-sigmoid@50'])(
    'lets the lesson %s train on (vanishing gradients and noisy losses are not explosions)',
    (run) => {
      expect(series[run].length).toBeGreaterThanOrEqual(30);
      expect(replay(series[run])).toBeNull();
    },
  );

  it('calls a network whose gradients are all exactly zero stalled, naming the activation whose units all died', () => {
    const layers = layersOf(series['deep-relu@0.1'][10]);
    for (const layer of layers) layer.parameters.forEach((p) => (p.gradNorm = 0));
    const dead = layers.findIndex((l) => l.activation !== null && l.nodeName === 'ReLU 3');
    (layers[dead].activation as NonNullable<LayerStats['activation']>).deadFraction = 1;
    expect(findZeroGradients(layers)).toMatchObject({ kind: 'zeroGradients', nodeName: 'ReLU 3' });
    // One gradient left moving: not stalled.
    layers[0].parameters[1].gradNorm = 1e-9;
    expect(checkLayers(layers)).toBeNull();
  });
});

describe('LossWatch', () => {
  it('floors a tiny minimum so that a converged run wobbling upwards is not an explosion', () => {
    const watch = new LossWatch();
    [0.001, 0.0005, 0.9].forEach((loss) => expect(watch.observe(loss)).toBeNull());
    expect(watch.observe(1.01)).toBe(1);
  });

  it('ignores missing and non-finite readings (the non-finite guard owns those) and forgets on clear', () => {
    const watch = new LossWatch();
    expect(watch.observe(0.5)).toBeNull();
    expect(watch.observe(null)).toBeNull();
    expect(watch.observe(Number.NaN)).toBeNull();
    watch.clear();
    expect(watch.observe(1e9)).toBeNull();
  });
});

describe('describeExplosion', () => {
  it('names the step, the layer, the numbers and the fix, and restores nothing', () => {
    const report = describeExplosion(
      { kind: 'hugeWeights', nodeId: 'dense-1', nodeName: 'Linear 1', value: 1.35e18, limit: WEIGHT_NORM_LIMIT },
      25,
      50,
    );
    expect(report).toMatchObject({
      step: 25,
      restoredStep: 25,
      firstLayerNodeId: 'dense-1',
      firstLayerName: 'Linear 1',
      kind: 'hugeWeights',
    });
    expect(report.message).toContain("the weights of 'Linear 1' reached a norm of 1.4e+18 (limit 1.0e+6)");
    expect(report.message).toContain('Learning rate 50');
    expect(report.message).toContain('Reset and train again');
  });
});

describe('describeBrokenNetwork', () => {
  it('says why a network that exploded cannot learn on, and nothing for a healthy one', () => {
    const samples = series['moons-2-10-1@50'];
    expect(describeBrokenNetwork(layersOf(samples[samples.length - 1]))).toContain(
      "the weights of 'Linear 1' reached a norm of",
    );
    expect(describeBrokenNetwork(layersOf(series['deep-relu@0.1'][59]))).toBeNull();
    const layers = layersOf(series['deep-relu@0.1'][59]);
    (layers[1].activation as NonNullable<LayerStats['activation']>).deadFraction = 1;
    expect(describeBrokenNetwork(layers)).toBe(
      "every unit of 'ReLU 1' is dead (never positive), so nothing before it learns any more",
    );
  });
});
