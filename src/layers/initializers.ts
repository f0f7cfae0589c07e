import type { Initializer, InitializerName } from '../graph/types';
import type { ParamOption } from './types';

/** Initializers offered by the inspector, with the rule each draws its weights from (fan_in/fan_out of the kernel). */
export const INITIALIZERS: Record<InitializerName, { label: string; rule: string }> = {
  zeros: { label: 'Zeros', rule: 'w = 0' },
  ones: { label: 'Ones', rule: 'w = 1' },
  randomNormal: { label: 'Random normal', rule: 'w ~ N(0, stddev²)' },
  randomUniform: { label: 'Random uniform', rule: 'w ~ U(−limit, limit)' },
  glorotUniform: { label: 'Glorot uniform', rule: 'w ~ U(±√(6 / (fan_in + fan_out)))' },
  glorotNormal: { label: 'Glorot normal', rule: 'w ~ N(0, 2 / (fan_in + fan_out))' },
  heNormal: { label: 'He normal', rule: 'w ~ N(0, 2 / fan_in)' },
  heUniform: { label: 'He uniform', rule: 'w ~ U(±√(6 / fan_in))' },
  leCunNormal: { label: 'LeCun normal', rule: 'w ~ N(0, 1 / fan_in)' },
  leCunUniform: { label: 'LeCun uniform', rule: 'w ~ U(±√(3 / fan_in))' },
};

/** The initializer names as drop-down options, in a teaching order (constants, plain random, scaled). */
export const INITIALIZER_OPTIONS: ParamOption[] = (Object.keys(INITIALIZERS) as InitializerName[]).map((value) => ({
  value,
  label: INITIALIZERS[value].label,
}));

/** Inclusive range of an initializer's `stddev` (randomNormal) and `limit` (randomUniform); zero would make every weight equal. */
export const INITIALIZER_SCALE_RANGE = { min: 1e-6, max: 10 } as const;

/** Builds an initializer with the default scales (stddev 0.05, limit 0.05, the tfjs defaults). */
export function initializer(name: InitializerName): Initializer {
  return { name, stddev: 0.05, limit: 0.05 };
}

/** Short description of an initializer for a canvas line: its name, plus its scale where it has one. */
export function describeInitializer(init: Initializer): string {
  if (init.name === 'randomNormal') return `randomNormal σ=${init.stddev}`;
  if (init.name === 'randomUniform') return `randomUniform ±${init.limit}`;
  return init.name;
}

/** fan_in and fan_out of a weight as tfjs counts them: [in, out] for a kernel, √size for both of a 1-D bias. */
export function weightFans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  const size = shape.reduce((a, b) => a * b, 1);
  return { fanIn: Math.sqrt(size), fanOut: Math.sqrt(size) };
}

/**
 * The standard deviation s of the textbook normal initialisers, drawn untruncated as N(0, s²):
 * Glorot s² = 2/(fan_in + fan_out), He s² = 2/fan_in, LeCun s² = 1/fan_in (fans below 1 count as 1,
 * as tfjs's variance scaling does); null for every other initialiser.
 */
export function scaledNormalStd(name: InitializerName, shape: readonly number[]): number | null {
  const { fanIn, fanOut } = weightFans(shape);
  if (name === 'glorotNormal') return Math.sqrt(1 / Math.max(1, (fanIn + fanOut) / 2));
  if (name === 'heNormal') return Math.sqrt(2 / Math.max(1, fanIn));
  if (name === 'leCunNormal') return Math.sqrt(1 / Math.max(1, fanIn));
  return null;
}
