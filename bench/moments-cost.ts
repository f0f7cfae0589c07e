/**
 * `npx tsx bench/moments-cost.ts`: what the run's moments cost the worker at full speed — the
 * moons 2-10-1 lesson (full batch) played to its end in a worker core on the fast engine, with and
 * without moments, alternating, medians printed. A benchmark, not a test: it never fails on speed.
 */
import { readFileSync } from 'node:fs';
import { parseProject } from '../src/project/index';
import type { FromWorker, TrainingDocument } from '../src/training/worker/protocol';
import { WorkerCore } from '../src/training/worker/worker-core';
import { median } from './measure';

const EPOCHS = Number(process.argv[2] ?? 20_000);
const REPS = Number(process.argv[3] ?? 3);
const file = parseProject(readFileSync('assets/examples/moons-2-10-1.mlp', 'utf8'));
const document: TrainingDocument = {
  graph: file.graph,
  data: file.data,
  training: { ...file.training, epochs: EPOCHS },
};

/** Plays the run to its end; returns the seconds it took and the moments sent. */
async function play(moments: boolean): Promise<{ seconds: number; moments: number }> {
  const messages: FromWorker[] = [];
  let stopped: () => void = () => {};
  const done = new Promise<void>((resolve) => (stopped = resolve));
  const core = new WorkerCore({
    post: (m) => {
      messages.push(m);
      if (m.type === 'stopped') stopped();
    },
  });
  await core.handle({
    type: 'init',
    document,
    backend: 'cpu',
    engine: 'fast',
    ...(moments ? { moments: { resolution: 48 } } : {}),
  });
  const start = performance.now();
  await core.handle({ type: 'play' });
  await done;
  const seconds = (performance.now() - start) / 1000;
  await core.handle({ type: 'dispose' });
  return { seconds, moments: messages.filter((m) => m.type === 'moment').length };
}

const runs: Record<'with' | 'without', number[]> = { with: [], without: [] };
let sent = 0;
for (let rep = 0; rep < REPS; rep++) {
  runs.without.push((await play(false)).seconds);
  const withMoments = await play(true);
  runs.with.push(withMoments.seconds);
  sent = withMoments.moments;
}
const rate = (seconds: number[]) => Math.round(EPOCHS / median(seconds));
console.log(
  `moons-2-10-1, ${EPOCHS} epochs, full batch, fast engine, medians of ${REPS}: without moments ` +
    `${rate(runs.without)} steps/s, with moments ${rate(runs.with)} steps/s (${sent} moments at 48×48)`,
);
