/**
 * A small seeded pseudo-random generator, so that the same seed gives the same datasets, splits
 * and shuffles in Node, in the browser and in a worker (Math.random cannot be seeded).
 */

/** Anything indexable and writable: plain arrays and typed arrays. */
export interface MutableList {
  length: number;
  [index: number]: unknown;
}

/** A deterministic stream of random numbers. */
export interface Rng {
  /** A uniform draw from [0, 1) with 32 bits of resolution. */
  next(): number;
  /** A standard normal draw (mean 0, variance 1) by the Box–Muller transform. */
  normal(): number;
  /** A uniform integer from 0 to n - 1 (n a positive integer). */
  int(n: number): number;
  /** Shuffles `array` in place by Fisher–Yates (every permutation equally likely) and returns it. */
  shuffle<A extends MutableList>(array: A): A;
}

/** Reduces any number to the unsigned 32-bit integer seed the generator uses (NaN and ±Infinity give 0). */
export function normalizeSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/**
 * The output function of splitmix32 (MurmurHash3's 32-bit finaliser): a well-mixed 32-bit hash of
 * `state`; fed a counter stepped by the golden ratio, it spreads a small seed (1, 2, 3...) over all
 * 128 bits of sfc32's state.
 */
function splitmix32(state: number): number {
  let z = state | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Derives an independent seed for a named purpose ("stream") from a user's seed, so that, for
 * example, the train/validation split does not replay the numbers that placed the points.
 */
export function deriveSeed(seed: number, stream: number): number {
  return splitmix32((normalizeSeed(seed) ^ Math.imul(normalizeSeed(stream) + 1, 0x9e3779b9)) + 0x9e3779b9);
}

/**
 * Creates a generator from a seed. The algorithm is sfc32 (Chris Doty-Humphrey's Small Fast
 * Chaotic generator, 128-bit state, passes PractRand and BigCrush) seeded through splitmix32: it
 * uses only 32-bit integer arithmetic, so JavaScript engines give identical streams everywhere,
 * and it is much better than a linear congruential generator at the same speed. The seed is
 * truncated to an unsigned 32-bit integer (see normalizeSeed).
 */
export function createRng(seed: number): Rng {
  let counter = normalizeSeed(seed);
  const nextSeedWord = () => {
    counter = (counter + 0x9e3779b9) | 0;
    return splitmix32(counter);
  };
  let a = nextSeedWord();
  let b = nextSeedWord();
  let c = nextSeedWord();
  let d = 1;

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // sfc32's authors advise discarding the first outputs so that similar seeds diverge fully.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = () => nextUint32() / 4294967296;
  // Box–Muller yields two independent normals per pair of uniforms; the second is kept for the next call.
  let spareNormal: number | null = null;

  return {
    next,
    normal() {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return value;
      }
      const u1 = 1 - next(); // in (0, 1], so the logarithm stays finite
      const u2 = next();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spareNormal = radius * Math.sin(2 * Math.PI * u2);
      return radius * Math.cos(2 * Math.PI * u2);
    },
    int(n) {
      if (!Number.isInteger(n) || n < 1 || n > 4294967296) {
        throw new RangeError(`rng.int(n) needs a whole number n from 1 to 2^32, but got ${n}.`);
      }
      return Math.floor(next() * n);
    },
    shuffle<A extends MutableList>(array: A): A {
      for (let i = array.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const held = array[i];
        array[i] = array[j];
        array[j] = held;
      }
      return array;
    },
  };
}
