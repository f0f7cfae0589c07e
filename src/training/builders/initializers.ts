/** Maps the document's initialiser settings to seeded tfjs initialisers. */
import * as tf from '../tf';
import type { Initializer } from '../../graph/types';
import { scaledNormalStd } from '../../layers/initializers';

/** The tfjs initialiser type (tfjs does not export it by name). */
export type TfInitializer = ReturnType<typeof tf.initializers.zeros>;

/**
 * A tfjs initialiser for a weight of `shape` under `init`, drawing from `seed` (constants ignore it).
 * Glorot, He and LeCun normal draw the textbook untruncated N(0, s²) (tfjs's own truncate at 2s
 * without rescaling, a spread 12 % short of the label); the uniform ones are tfjs's own.
 */
export function toTfInitializer(init: Initializer, seed: number, shape: readonly number[]): TfInitializer {
  switch (init.name) {
    case 'zeros':
      return tf.initializers.zeros();
    case 'ones':
      return tf.initializers.ones();
    case 'randomNormal':
      return tf.initializers.randomNormal({ mean: 0, stddev: init.stddev, seed });
    case 'randomUniform':
      return tf.initializers.randomUniform({ minval: -init.limit, maxval: init.limit, seed });
    case 'glorotUniform':
      return tf.initializers.glorotUniform({ seed });
    case 'heUniform':
      return tf.initializers.heUniform({ seed });
    case 'leCunUniform':
      return tf.initializers.leCunUniform({ seed });
    case 'glorotNormal':
    case 'heNormal':
    case 'leCunNormal':
      return tf.initializers.randomNormal({ mean: 0, stddev: scaledNormalStd(init.name, shape) ?? 0, seed });
    default: {
      const unknown: never = init.name;
      throw new Error(
        `Unknown weight initializer '${String(unknown)}'. Pick one of glorotUniform, heNormal, zeros, ...`,
      );
    }
  }
}
