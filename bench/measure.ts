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
  const stepsPerRep = await warmUp(runner, plan);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let r = 0; r < plan.reps; r++) {
    const { wall, cpu } = await timeRep(runner, stepsPerRep);
    samples.push(wall);
    cpuSamples.push(cpu);
  }
  return {
    stepsPerRep,
    samples,
    min: Math.min(...samples),
    median: median(samples),
    max: Math.max(...samples),
    cpuMedian: median(cpuSamples),
  };
}

/** Steps per wall-clock second and per CPU-second of one repetition of `steps` steps. */
async function timeRep(runner: TrainingRunner, steps: number): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const done = await runner.train(steps);
  const wall = done / ((performance.now() - t0) / 1000);
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: done / ((cpu.user + cpu.system) / 1e6) };
}

/** A path's speed relative to another's, from repetitions taken in turns (see measurePaired). */
export interface PairedRatio {
  /** The two paths, as `path/backend`. */
  subject: string;
  base: string;
  /** subject ÷ base steps/s of each pair, in the order run. */
  ratios: number[];
  median: number;
  min: number;
  max: number;
}

/**
 * The ratio of `subject`'s steps/s to `base`'s from `pairs` pairs of repetitions run in turns (base,
 * subject, base, subject …) after both are warmed up. A virtual machine's speed drifts by tens of
 * percent over a minute; timed minutes apart, as the table's paths are, two medians carry that
 * drift into their ratio, while two repetitions side by side share it.
 */
export async function measurePaired(
  subject: { label: string; runner: TrainingRunner },
  base: { label: string; runner: TrainingRunner },
  plan: TimingPlan,
  pairs: number,
): Promise<PairedRatio> {
  const baseSteps = await warmUp(base.runner, plan);
  const subjectSteps = await warmUp(subject.runner, plan);
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const b = await timeRep(base.runner, baseSteps);
    const s = await timeRep(subject.runner, subjectSteps);
    ratios.push(s.wall / b.wall);
  }
  return {
    subject: subject.label,
    base: base.label,
    ratios,
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
  };
}

/** Warms the runner up and returns the step count that makes a repetition last about plan.repMs. */
async function warmUp(runner: TrainingRunner, plan: TimingPlan): Promise<number> {
  let chunk = 1;
  let rate = 0;
  const warmupStart = performance.now();
  for (;;) {
    const t0 = performance.now();
    const done = await runner.train(chunk);
    const elapsed = performance.now() - t0;
    rate = (done / Math.max(elapsed, 1e-3)) * 1000;
    if (elapsed >= plan.warmupMs / 2 || performance.now() - warmupStart >= plan.warmupMs) break;
    chunk = done * 2;
  }
  return Math.max(plan.minStepsPerRep, Math.round((rate * plan.repMs) / 1000));
}
