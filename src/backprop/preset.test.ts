// The bundled "Backprop by hand" example opens to the worked example: its data row, its stored
// weights and, traced, the notebook's numbers (computed here independently, with L = ½(y − ŷ)²).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../data/index';
import type { NodeOf } from '../graph/types';
import { loadWeights, parseProject } from '../project/index';
import { traceBackprop } from './trace';

const file = parseProject(readFileSync(new URL('../../assets/examples/backprop-by-hand.mlp', import.meta.url), 'utf8'));

describe('assets/examples/backprop-by-hand.mlp', () => {
  it('traces to the notebook numbers', () => {
    const input = file.graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input') as NodeOf<'input'>;
    const data = prepareData(file.data, input.params);
    expect(data.train.n).toBe(10);
    expect([data.train.x[0], data.train.y[0]]).toEqual([0.5, 0.8].map((v) => expect.closeTo(v, 7)));
    const weights = new Map(loadWeights(file.state?.weights ?? []).map((w) => [`${w.nodeId}/${w.name}`, w.values]));
    const trace = traceBackprop(
      file.graph,
      (id, name) => weights.get(`${id}/${name}`),
      [data.train.x[0]],
      [data.train.y[0]],
      { halveSquaredError: true },
    );

    const s = (v: number) => 1 / (1 + Math.exp(-v));
    const [x, y, w1, b1, w2, b2, w3, b3] = [0.5, 0.8, 0.2, 0.4, -0.3, -0.5, 0.1, 0.2];
    const a1 = s(w1 * x + b1);
    const a2 = s(w2 * x + b2);
    const yHat = s(w3 * a1 + w3 * a2 + b3);
    const delta3 = (yHat - y) * yHat * (1 - yHat);
    const grad = (id: string, name: string) =>
      trace.nodes.find((n) => n.id === id)?.parameters.find((p) => p.name === name)?.grad ?? [];
    expect(trace.loss).toBeCloseTo(0.5 * (y - yHat) ** 2, 7);
    expect(grad('dense-1', 'kernel')).toEqual(
      [delta3 * w3 * a1 * (1 - a1) * x, delta3 * w3 * a2 * (1 - a2) * x].map((v) => expect.closeTo(v, 7)),
    );
    expect(grad('dense-1', 'bias')).toEqual(
      [delta3 * w3 * a1 * (1 - a1), delta3 * w3 * a2 * (1 - a2)].map((v) => expect.closeTo(v, 7)),
    );
    expect(grad('dense-2', 'kernel')).toEqual([delta3 * a1, delta3 * a2].map((v) => expect.closeTo(v, 7)));
    expect(grad('dense-2', 'bias')[0]).toBeCloseTo(delta3, 7);
  });
});
