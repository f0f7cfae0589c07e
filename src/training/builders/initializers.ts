/** Maps the document's initialiser settings to seeded tfjs initialisers. */
import * as tf from '@tensorflow/tfjs';
import type { Initializer } from '../../graph/types';

/** The tfjs initialiser type (tfjs does not export it by name). */
export type TfInitializer = ReturnType<typeof tf.initializers.zeros>;

/** A tfjs initialiser for `init`, drawing from `seed` (constants ignore it); names and maths are tfjs's own. */
export function toTfInitializer(init: Initializer, seed: number): TfInitializer {
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
    case 'glorotNormal':
      return tf.initializers.glorotNormal({ seed });
    case 'heNormal':
      return tf.initializers.heNormal({ seed });
    case 'heUniform':
      return tf.initializers.heUniform({ seed });
    case 'leCunNormal':
      return tf.initializers.leCunNormal({ seed });
    case 'leCunUniform':
      return tf.initializers.leCunUniform({ seed });
    default: {
      const unknown: never = init.name;
      throw new Error(`Unknown weight initializer '${String(unknown)}'. Pick one of glorotUniform, heNormal, zeros, ...`);
    }
  }
}
