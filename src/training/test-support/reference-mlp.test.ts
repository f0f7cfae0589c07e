// The float64 reference that the engine's gradients are checked against is itself checked here, by
// central finite differences of its own forward pass.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../data/rng';
import { GraphBuilder } from './graphs';
import { mat, referenceGradients, type Mat, type RefWeights } from './reference-mlp';

const ROWS = 5;

describe('reference backward pass', () => {
  it('equals central finite differences on a DAG with every kind, CCE and penalties', () => {
    const b = new GraphBuilder();
    const input = b.add('input', { source: 'table', columns: 3 });
    const d1 = b.add('dense', { units: 4 }, [input]);
    const bn = b.add('batchNorm', { epsilon: 0.01 }, [d1]);
    const g = b.add('activation', { activation: 'gelu' }, [bn]);
    const drop = b.add('dropout', { rate: 0.25 }, [g]);
    const d2 = b.add('dense', { units: 4, useBias: false }, [drop]);
    const t = b.add('activation', { activation: 'tanh' }, [d2]);
    const sum = b.add('add', {}, [g, t]);
    const d3 = b.add('dense', { units: 2 }, [input]);
    const side = b.add('activation', { activation: 'elu', alpha: 0.5 }, [d3]);
    const joined = b.add('concat', {}, [sum, side]);
    const logits = b.add('dense', { units: 3 }, [b.add('activation', { activation: 'softplus' }, [joined])]);
    b.add('output', { loss: 'categoricalCrossentropy' }, [b.add('activation', { activation: 'softmax' }, [logits])]);
    const graph = b.build();

    const rng = createRng(21);
    const random = (n: number, base = 0) => Float64Array.from({ length: n }, () => base + rng.normal() * 0.7);
    const weights: RefWeights = new Map([
      [`${d1}/kernel`, random(12)],
      [`${d1}/bias`, random(4)],
      [`${bn}/gamma`, random(4, 1)],
      [`${bn}/beta`, random(4)],
      [`${d2}/kernel`, random(16)],
      [`${d3}/kernel`, random(6)],
      [`${d3}/bias`, random(2)],
      [`${logits}/kernel`, random(18)],
      [`${logits}/bias`, random(3)],
    ]);
    const x = mat(ROWS, 3, random(ROWS * 3));
    const targets = mat(ROWS, 3);
    for (let i = 0; i < ROWS; i++) targets.data[i * 3 + rng.int(3)] = 1;
    const dropoutMasks = new Map<string, Mat>([
      [
        drop,
        mat(
          ROWS,
          4,
          Array.from({ length: ROWS * 4 }, () => rng.int(2)),
        ),
      ],
    ]);
    const options = {
      dropoutMasks,
      penalty: new Map([
        [d1, { l1: 0.01, l2: 0.02 }],
        [logits, { l1: 0, l2: 0.05 }],
      ]),
    };

    const analytic = referenceGradients(graph, weights, x, targets, options);
    expect(analytic.gradients.size).toBe(weights.size);
    const h = 1e-6;
    for (const [key, values] of weights) {
      const gradient = analytic.gradients.get(key) as Float64Array;
      for (let i = 0; i < values.length; i++) {
        const held = values[i];
        values[i] = held + h;
        const up = referenceGradients(graph, weights, x, targets, options).loss;
        values[i] = held - h;
        const down = referenceGradients(graph, weights, x, targets, options).loss;
        values[i] = held;
        const numeric = (up - down) / (2 * h);
        expect(Math.abs(numeric - gradient[i]), `${key}[${i}]: ${numeric} vs ${gradient[i]}`).toBeLessThan(
          1e-6 * (1 + Math.abs(gradient[i])),
        );
      }
    }
  });
});
