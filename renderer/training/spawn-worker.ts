/** Starting the training worker as a module Web Worker (bundled by Vite from training.worker.ts). */
import type { WorkerPort } from './session';

/** A new training worker; called only when training is first asked for, so loading the page starts no tfjs. */
export function spawnTrainingWorker(): WorkerPort {
  return new Worker(new URL('./training.worker.ts', import.meta.url), {
    type: 'module',
    name: 'training',
  }) as unknown as WorkerPort;
}
