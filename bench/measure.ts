import { LOSS_READ_EVERY, type TrainingRunner } from './paths/types';

/** How long to warm up and to time each repetition; the step count of a repetition follows from the warm-up rate. */
export interface TimingPlan {
  warmupMs: number;
  repMs: number;
  reps: number;
  /**
   * Fewest steps in a repetition. In full runs it is LOSS_READ_EVERY, so that every repetition
   * includes a loss read-back and the engine's per-call check is spread as it is in the app.
   */
  minStepsPerRep: number;
}

/** Full runs: about 2.3 s per path and backend (more where 10 steps take longer than 400 ms). */
export const FULL_PLAN: TimingPlan = { warmupMs: 300, repMs: 400, reps: 5, minStepsPerRep: LOSS_READ_EVERY };
/** `--quick`: about 0.6 s per path and backend. */
export const QUICK_PLAN: TimingPlan = { warmupMs: 100, repMs: 150, reps: 3, minStepsPerRep: 2 };

/** Steps per second of one path on one backend over several timed repetitions. */
export interface Throughput {
  stepsPerRep: number;
  /** steps/s of each repetition, in the order run. */
  samples: number[];
  min: number;
  median: number;
  max: number;
  /**
   * Median of steps per second of this process's CPU time (user + system). Other processes on
   * the cores slow the wall clock down but barely this, so it is the steadier figure on a busy machine.
   */
  cpuMedian: number;
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Warms the runner up (JIT, kernel set-up, first allocations) by doubling the step count until
 * one chunk lasts half the warm-up time, sizes the repetitions from that chunk's rate so that
 * each lasts about repMs, then times `reps` repetitions. Every repetition ends with the runner's
 * own final sync, so no work is left outside the clock.
 */
export async function measureThroughput(runner: TrainingRunner, plan: TimingPlan): Promise<Throughput> {
  let chunk = 1;
  let rate = 0;
  const warmupStart = performance.now();
  for (;;) {
    const t0 = performance.now();
    const done = await runner.train(chunk);
    const elapsed = performance.now() - t0;
    rate = done / Math.max(elapsed, 1e-3) * 1000;
    if (elapsed >= plan.warmupMs / 2 || performance.now() - warmupStart >= plan.warmupMs) break;
    chunk = done * 2;
  }
  const stepsPerRep = Math.max(plan.minStepsPerRep, Math.round(rate * plan.repMs / 1000));
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let r = 0; r < plan.reps; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const done = await runner.train(stepsPerRep);
    samples.push(done / ((performance.now() - t0) / 1000));
    const cpu = process.cpuUsage(cpu0);
    cpuSamples.push(done / ((cpu.user + cpu.system) / 1e6));
  }
  return {
    stepsPerRep, samples, min: Math.min(...samples), median: median(samples), max: Math.max(...samples), cpuMedian: median(cpuSamples),
  };
}
