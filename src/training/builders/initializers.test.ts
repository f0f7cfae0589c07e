// The normal initialisers draw exactly what their labels say: the textbook untruncated N(0, s²),
// checked on more than 10⁵ draws of a kernel built through the real layer builder.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InitializerName } from '../../graph/types';
import { scaledNormalStd } from '../../layers/initializers';
import { buildModel } from '../compile';
import { GraphBuilder, init } from '../test-support/graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const FAN_IN = 400;
const UNITS = 300;

/** The 120,000 kernel values of a 400 → 300 Linear layer initialised by `name`. */
function kernelDraws(name: InitializerName): Float32Array {
  const b = new GraphBuilder();
  const wide = b.add('dense', { units: FAN_IN }, [b.add('input')]);
  const tested = b.add('dense', { units: UNITS, kernelInitializer: init(name) }, [wide]);
  b.add('output', { loss: 'meanSquaredError' }, [b.add('dense', { units: 1 }, [tested])]);
  const compiled = buildModel(b.build(), { seed: 3 });
  try {
    return compiled.weights
      .find((w) => w.nodeId === tested && w.name === 'kernel')
      ?.variable.read()
      .dataSync() as Float32Array;
  } finally {
    compiled.dispose();
  }
}

describe('the textbook normal initialisers', () => {
  it.each([
    ['heNormal', Math.sqrt(2 / FAN_IN)],
    ['leCunNormal', Math.sqrt(1 / FAN_IN)],
    ['glorotNormal', Math.sqrt(2 / (FAN_IN + UNITS))],
  ] as const)(
    '%s draws N(0, s²) with s = %f: spread within 2 % over 120,000 draws, and the tails a 2s truncation would cut',
    (name, s) => {
      expect(scaledNormalStd(name, [FAN_IN, UNITS])).toBeCloseTo(s, 12);
      const draws = kernelDraws(name);
      expect(draws.length).toBe(FAN_IN * UNITS);
      let sum = 0;
      let squares = 0;
      let beyond = 0;
      for (const w of draws) {
        sum += w;
        squares += w * w;
        if (Math.abs(w) > 2 * s) beyond++;
      }
      const mean = sum / draws.length;
      const spread = Math.sqrt(squares / draws.length - mean * mean);
      expect(Math.abs(mean)).toBeLessThan(0.02 * s);
      expect(Math.abs(spread / s - 1)).toBeLessThan(0.02);
      // An untruncated normal puts 4.55 % of its draws beyond 2s; a truncated one puts none there.
      expect(beyond / draws.length).toBeGreaterThan(0.04);
      expect(beyond / draws.length).toBeLessThan(0.051);
    },
  );
});
