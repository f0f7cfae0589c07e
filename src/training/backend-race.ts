/**
 * Picking a backend by measurement: small networks often train faster on WASM or the CPU than on a
 * GPU (whose per-step overhead dominates), so in 'auto' each available backend trains the actual
 * network for a short, fixed time and the fastest wins. Large networks skip the race and go to the GPU.
 */
import { totalParams } from '../graph/index';
import { initBackend, type BackendName, type WasmPaths } from './backends';
import type { TrainingData } from './device-data';
import { Trainer, type TrainerDocument } from './trainer';

/**
 * Above this many parameters a GPU backend is preferred without measuring (its advantage grows with size, and racing
 * a big network costs seconds).
 */
export const LARGE_NETWORK_PARAMS = 100_000;

/** How one backend did: steps per second on the network, or why it could not run it. */
export interface BackendTiming {
  backend: BackendName;
  stepsPerSecond: number | null;
  reason: string | null;
}

/** Settings of a race. */
export interface RaceOptions {
  wasmPaths?: WasmPaths;
  /** Milliseconds each backend trains for after its warm-up (default 300). */
  budgetMs?: number;
  /** Steps run first and not timed: shader compilation and first uploads (default 3). */
  warmupSteps?: number;
  /** The most steps timed per backend (default 50). */
  maxSteps?: number;
  now?(): number;
}

/** Whether 'auto' should race the backends for this network (false: too big; go by the GPU-first order). */
export function shouldRace(document: Pick<TrainerDocument, 'graph'>): boolean {
  return totalParams(document.graph) <= LARGE_NETWORK_PARAMS;
}

/** Times `count` steps of a fresh trainer in chunks of up to 5 (each chunk ends with the trainer's usual readback). */
async function timeSteps(trainer: Trainer, options: Required<Omit<RaceOptions, 'wasmPaths'>>): Promise<number> {
  await trainer.step(options.warmupSteps);
  const start = options.now();
  let steps = 0;
  while (steps < options.maxSteps && (steps === 0 || options.now() - start < options.budgetMs)) {
    const chunk = Math.min(5, options.maxSteps - steps);
    await trainer.step(chunk);
    steps += chunk;
  }
  const seconds = Math.max(options.now() - start, 1e-3) / 1000;
  return steps / seconds;
}

/**
 * Trains the document's network briefly on each candidate backend (fresh weights from its seed
 * each time; nothing carries over) and reports the speed of each. Side effect: switches the global
 * tfjs backend; the caller selects the winner afterwards.
 */
export async function raceBackends(
  document: TrainerDocument,
  data: TrainingData,
  candidates: readonly BackendName[],
  options: RaceOptions = {},
): Promise<BackendTiming[]> {
  const settings = {
    budgetMs: options.budgetMs ?? 300,
    warmupSteps: options.warmupSteps ?? 3,
    maxSteps: options.maxSteps ?? 50,
    now: options.now ?? (() => performance.now()),
  };
  const timings: BackendTiming[] = [];
  for (const backend of candidates) {
    let trainer: Trainer | null = null;
    try {
      const choice = await initBackend(backend, { wasmPaths: options.wasmPaths });
      if (choice.backend !== backend) {
        const reason = choice.skipped.find((s) => s.backend === backend)?.reason ?? 'it could not be started';
        timings.push({ backend, stepsPerSecond: null, reason });
        continue;
      }
      trainer = new Trainer(document, data);
      timings.push({ backend, stepsPerSecond: await timeSteps(trainer, settings), reason: null });
    } catch (error) {
      timings.push({ backend, stepsPerSecond: null, reason: error instanceof Error ? error.message : String(error) });
    } finally {
      trainer?.dispose();
    }
  }
  return timings;
}

/** The fastest backend that ran, or null when none did. */
export function fastest(timings: readonly BackendTiming[]): BackendName | null {
  let best: BackendTiming | null = null;
  for (const t of timings)
    if (t.stepsPerSecond !== null && (best === null || t.stepsPerSecond > (best.stepsPerSecond as number))) best = t;
  return best?.backend ?? null;
}

/** One line for the UI: each backend's measured speed (or why it was skipped) and the pick. */
export function describeRace(timings: readonly BackendTiming[]): string {
  const winner = fastest(timings);
  const parts = timings.map((t) =>
    t.stepsPerSecond === null
      ? `${t.backend}: unavailable (${t.reason})`
      : `${t.backend}: ${Math.round(t.stepsPerSecond)} steps/s`,
  );
  return winner === null
    ? `No backend could train this network: ${parts.join('; ')}.`
    : `Picked ${winner} by measurement on this network: ${parts.join('; ')}.`;
}
