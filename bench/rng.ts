/**
 * A small seeded generator for the benchmark's data and initial weights. The bench keeps its own
 * so that its workloads stay fixed even while the app's data module changes.
 */

/** A seeded stream of pseudo-random numbers. */
export interface BenchRng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** Creates a mulberry32 generator from a 32-bit seed; the same seed gives the same stream everywhere. */
export function createBenchRng(seed: number): BenchRng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal: () => {
      // 1 - u keeps the logarithm finite when next() returns exactly 0.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
  };
}
