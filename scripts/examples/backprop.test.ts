// The backprop-by-hand lesson trains with the loss it shows: with ½(y − ŷ)² ticked, one SGD step at
// 0.1 gives notebook 002's update (its tied w3 = 0.1053461), on both engines; unticked, twice the step.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWeights, toDocument } from '../../src/project';
import { createEngine, type EngineKind } from '../../src/training';
import { dataOf, openExample } from './test-support';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The weights after one step of the lesson (its stored weights are the notebook's), by node and name. */
async function afterOneStep(kind: EngineKind, halve: boolean): Promise<Map<string, Float32Array>> {
  const file = openExample('backprop-by-hand.mlp');
  file.training.halveSquaredError = halve;
  const { engine } = createEngine(toDocument(file), dataOf(file), { engine: kind });
  try {
    engine.setWeights(loadWeights(file.state?.weights ?? []));
    await engine.step(1);
    return new Map((await engine.getWeights()).map((w) => [`${w.nodeId}/${w.name}`, w.values]));
  } finally {
    engine.dispose();
  }
}

describe.each(['fast', 'tfjs'] as const)('one step of backprop by hand on the %s engine', (kind) => {
  it("with ½(y − ŷ)² moves the notebook's w3 to 0.1053461 and w1 to 0.2000651 (the notebook prints 0.2000628: its slip)", async () => {
    const w = await afterOneStep(kind, true);
    const [w31, w32] = w.get('dense-2/kernel') as Float32Array;
    // The notebook's single w3 takes the sum of the updates of the two weights it stands for.
    expect(0.1 + (w31 - 0.1) + (w32 - 0.1)).toBeCloseTo(0.1053461, 6);
    expect((w.get('dense-1/kernel') as Float32Array)[0]).toBeCloseTo(0.2000651, 6);
    expect((w.get('dense-2/bias') as Float32Array)[0]).toBeCloseTo(0.2 + 0.1 * 0.05537, 5);
  });

  it("with the app's (y − ŷ)² takes exactly twice the step", async () => {
    const halved = await afterOneStep(kind, true);
    const full = await afterOneStep(kind, false);
    const step = (m: Map<string, Float32Array>) => (m.get('dense-2/bias') as Float32Array)[0] - 0.2;
    expect(step(full) / step(halved)).toBeCloseTo(2, 4);
  });
});
