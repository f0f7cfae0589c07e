/**
 * The fans TF.js computes for a weight's shape, and each initialiser's scale from them, so the
 * generated PyTorch code draws from exactly the distributions the app draws from.
 */
import type { Initializer } from '../graph/types';
import { scaledNormalStd, weightFans } from '../layers/initializers';

/** fan_in and fan_out of a TF.js weight shape: [in, out] for a kernel, √size for both of a 1-D bias. */
export const tfjsFans = weightFans;

/** What an initialiser draws, as numbers: a constant, U(−limit, limit), or N(0, std²) (never truncated). */
export type Draw =
  | { kind: 'constant'; value: 0 | 1 }
  | { kind: 'uniform'; limit: number; formula: string }
  | { kind: 'normal'; std: number; formula: string };

/** The distribution TF.js's initialiser `init` draws a weight of `shape` from (variance scaling divides by max(1, fan)). */
export function drawOf(init: Initializer, shape: readonly number[]): Draw {
  const { fanIn, fanOut } = tfjsFans(shape);
  const std = scaledNormalStd(init.name, shape) ?? 0;
  const fanAvg = Math.max(1, (fanIn + fanOut) / 2);
  const inn = Math.max(1, fanIn);
  switch (init.name) {
    case 'zeros':
      return { kind: 'constant', value: 0 };
    case 'ones':
      return { kind: 'constant', value: 1 };
    case 'randomNormal':
      return { kind: 'normal', std: init.stddev, formula: `N(0, ${init.stddev}²)` };
    case 'randomUniform':
      return { kind: 'uniform', limit: init.limit, formula: `U(±${init.limit})` };
    case 'glorotUniform':
      return {
        kind: 'uniform',
        limit: Math.sqrt(3 / fanAvg),
        formula: 'Glorot uniform, U(±√(6 / (fan_in + fan_out)))',
      };
    case 'glorotNormal':
      return { kind: 'normal', std, formula: 'Glorot normal, std √(2 / (fan_in + fan_out))' };
    case 'heNormal':
      return { kind: 'normal', std, formula: 'He normal, std √(2 / fan_in)' };
    case 'heUniform':
      return { kind: 'uniform', limit: Math.sqrt(6 / inn), formula: 'He uniform, U(±√(6 / fan_in))' };
    case 'leCunNormal':
      return { kind: 'normal', std, formula: 'LeCun normal, std √(1 / fan_in)' };
    case 'leCunUniform':
      return { kind: 'uniform', limit: Math.sqrt(3 / inn), formula: 'LeCun uniform, U(±√(3 / fan_in))' };
    default: {
      const unknown: never = init.name;
      throw new Error(
        `Unknown weight initializer '${String(unknown)}'. Pick one of glorotUniform, heNormal, zeros, ...`,
      );
    }
  }
}

/**
 * The Keras name or constructor call of an initialiser (Keras has every one the app offers). The
 * normal ones are spelled as untruncated variance scaling: Keras's named ones truncate at 2 std.
 */
export function kerasInitializer(init: Initializer): string {
  switch (init.name) {
    case 'glorotNormal':
      return "keras.initializers.VarianceScaling(scale=1.0, mode='fan_avg', distribution='untruncated_normal')";
    case 'heNormal':
      return "keras.initializers.VarianceScaling(scale=2.0, mode='fan_in', distribution='untruncated_normal')";
    case 'leCunNormal':
      return "keras.initializers.VarianceScaling(scale=1.0, mode='fan_in', distribution='untruncated_normal')";
    case 'randomNormal':
      return `keras.initializers.RandomNormal(mean=0.0, stddev=${init.stddev})`;
    case 'randomUniform':
      return `keras.initializers.RandomUniform(minval=${-init.limit}, maxval=${init.limit})`;
    case 'zeros':
    case 'ones':
      return `'${init.name}'`;
    default:
      return `'${init.name
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .replace('le_cun', 'lecun')}'`;
  }
}
