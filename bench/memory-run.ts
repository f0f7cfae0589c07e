/**
 * `npx tsx --expose-gc bench/memory-run.ts [seconds] [auto|tfjs|fast]`: plays the W3 network
 * (2-(16 sigmoid)×8-1, 1000 XOR points, batch 32) in the worker core for a while, exactly as the
 * app's worker does (slices, progress with metrics, statistics), and prints tfjs's tensor count and
 * the JS heap after a full garbage collection every few seconds, then the peak and the drift. Both
 * should stay flat: a growing heap or tensor count is a leak.
 */
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_DATASET } from '../src/data/index';
import type { EnginePreference } from '../src/training/engine';
import type { FromWorker, TrainingDocument } from '../src/training/worker/protocol';
import { WorkerCore } from '../src/training/worker/worker-core';
import { engineDocument } from './paths/engine';
import { WORKLOADS } from './workloads';

const seconds = Number(process.argv[2] ?? 60);
const engine = (process.argv[3] ?? 'auto') as EnginePreference;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error(
    'Run with --expose-gc (npx tsx --expose-gc bench/memory-run.ts), so the heap is measured after a full collection.',
  );
  process.exit(2);
}

const w3 = WORKLOADS.find((w) => w.id === 'W3');
if (!w3) throw new Error('The W3 workload is missing from bench/workloads.ts.');
const { graph, training } = engineDocument(w3);
const document: TrainingDocument = {
  graph,
  data: { ...DEFAULT_DATASET, kind: 'xor', samples: 1250, validationSplit: 0.2, seed: 303 },
  training: { ...training, epochs: 1e9 },
};

let progress = 0;
let points = 0;
let stats = 0;
let lastStep = 0;
let engineKind = '';
const core = new WorkerCore({
  post: (message: FromWorker) => {
    if (message.type === 'ready') engineKind = `${message.engine ?? 'tfjs'} (${message.engineReason ?? ''})`;
    if (message.type === 'progress') {
      progress++;
      points += message.points?.length ?? 0;
      lastStep = message.step;
    }
    if (message.type === 'stats') stats++;
    if (message.type === 'error') console.error(`worker error: ${message.message}`);
  },
});
await core.handle({ type: 'init', document, backend: 'cpu', engine });
console.log(`W3 in the worker core on ${tf.getBackend()}, engine ${engineKind}, for ${seconds} s`);
await core.handle({ type: 'play' });

const samples: { at: number; heap: number; tensors: number; step: number }[] = [];
const sample = () => {
  gc();
  samples.push({
    at: performance.now(),
    heap: process.memoryUsage().heapUsed,
    tensors: tf.memory().numTensors,
    step: lastStep,
  });
  const s = samples[samples.length - 1];
  console.log(
    `  ${((s.at - samples[0].at) / 1000).toFixed(0).padStart(4)} s  step ${String(s.step).padStart(9)}  heap ` +
      `${(s.heap / 2 ** 20).toFixed(1)} MiB  tensors ${s.tensors}`,
  );
};
const every = Math.max(1, Math.min(30, seconds / 10)) * 1000;
await new Promise((resolve) => setTimeout(resolve, 2000));
sample();
const started = performance.now();
while (performance.now() - started < seconds * 1000) {
  await new Promise((resolve) => setTimeout(resolve, every));
  sample();
}
await core.handle({ type: 'pause' });
await core.handle({ type: 'dispose' });
const peak = Math.max(...samples.map((s) => s.heap));
const first = samples[0];
const last = samples[samples.length - 1];
console.log(
  `peak heap ${(peak / 2 ** 20).toFixed(1)} MiB; heap ${((last.heap - first.heap) / 2 ** 20).toFixed(2)} MiB and ` +
    `tensors ${last.tensors - first.tensors} from the first sample to the last, ` +
    `over ${last.step - first.step} steps ` +
    `(${Math.round(((last.step - first.step) * 1000) / (last.at - first.at))} steps/s with ${progress} progress ` +
    `reports carrying ${points} metric points, and ${stats} statistics reports)`,
);
