import { expect, vi } from 'vitest';
import type { EngineKind } from '../engine';
import type { FromWorker, TrainingDocument } from '../worker/protocol';
import { WorkerCore, type WorkerCoreOptions } from '../worker/worker-core';

/**
 * Plays a document to the end in a worker core on the cpu backend and returns every message it
 * posted up to its end, in order; the core is disposed afterwards, whatever happened (what it posts
 * then is not returned). `sliceMs` is the core's
 * training slice (one progress report each); `moments` asks for the run's moments; `core` passes
 * other options (a fake clock) to the core.
 */
export async function playToEnd(
  document: TrainingDocument,
  {
    engine,
    sliceMs,
    moments,
    core: options,
  }: { engine: EngineKind; sliceMs?: number; moments?: { resolution: number }; core?: Omit<WorkerCoreOptions, 'post'> },
): Promise<FromWorker[]> {
  const messages: FromWorker[] = [];
  const core = new WorkerCore({ ...options, post: (m) => messages.push(m), sliceMs });
  try {
    await core.handle({ type: 'init', document, backend: 'cpu', engine, moments });
    await core.handle({ type: 'play' });
    await vi.waitFor(() => expect(messages.some((m) => m.type === 'stopped')).toBe(true), {
      timeout: 60_000,
      interval: 20,
    });
    return [...messages];
  } finally {
    await core.handle({ type: 'dispose' });
  }
}
