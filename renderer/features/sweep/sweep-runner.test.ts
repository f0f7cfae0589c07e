import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../../src/data/index';
import type { FromSweepWorker, RunSweep } from '../../../src/training/worker/protocol';
import { DEFAULT_SWEEP_SETTINGS, type DepthSweepPoint } from '../../../src/training/depth-sweep/settings';
import { DEFAULT_TRAINING } from '../../../src/training/config';
import { DepthSweepRunner, type SweepWorkerPort } from './sweep-runner';

class FakeWorker implements SweepWorkerPort {
  sent: RunSweep[] = [];
  terminated = false;
  onmessage: ((event: { data: FromSweepWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  postMessage(message: RunSweep) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  report(data: FromSweepWorker) {
    this.onmessage?.({ data });
  }
}

const request: RunSweep = {
  type: 'run',
  settings: { ...DEFAULT_SWEEP_SETTINGS, minDepth: 1, maxDepth: 2, activations: ['sigmoid', 'relu'] },
  data: DEFAULT_DATASET,
  input: { source: 'plane', features: ['x1', 'x2'], columns: 2 },
  training: DEFAULT_TRAINING,
};
const point = (activation: 'sigmoid' | 'relu', depth: number): DepthSweepPoint => ({
  activation,
  depth,
  firstGradNorm: 0.1,
  lastGradNorm: 0.2,
  trainLoss: 0.5,
});

function runner() {
  const workers: FakeWorker[] = [];
  const sweep = new DepthSweepRunner(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  const finished: DepthSweepPoint[][] = [];
  return { sweep, workers, finished, start: () => sweep.start(request, (points) => finished.push(points)) };
}

describe('the depth sweep runner', () => {
  it('sends the request, shows points and progress as they come, and hands every point over at the end', () => {
    const { sweep, workers, finished, start } = runner();
    start();
    expect(workers[0].sent).toEqual([request]);
    expect(sweep.state.getState()).toMatchObject({ status: 'running', done: 0, total: 4, live: [] });
    workers[0].report({ type: 'point', point: point('sigmoid', 1), done: 1, total: 4 });
    expect(sweep.state.getState()).toMatchObject({ done: 1, live: [point('sigmoid', 1)] });
    workers[0].report({ type: 'point', point: point('relu', 1), done: 2, total: 4 });
    workers[0].report({ type: 'done', total: 4 });
    expect(finished).toEqual([[point('sigmoid', 1), point('relu', 1)]]);
    expect(workers[0].terminated).toBe(true);
    expect(sweep.state.getState()).toMatchObject({
      status: 'idle',
      live: null,
      outcome: 'Trained and measured all 4 networks.',
    });
  });

  it('cancels by terminating the worker, keeping the points already measured; late messages are ignored', () => {
    const { sweep, workers, finished, start } = runner();
    start();
    workers[0].report({ type: 'point', point: point('sigmoid', 1), done: 1, total: 4 });
    sweep.cancel();
    expect(workers[0].terminated).toBe(true);
    expect(finished).toEqual([[point('sigmoid', 1)]]);
    expect(sweep.state.getState()).toMatchObject({ status: 'idle', outcome: 'Cancelled after 1 of 4 networks.' });
    workers[0].report({ type: 'point', point: point('relu', 1), done: 2, total: 4 });
    expect(finished).toHaveLength(1);
  });

  it('reports a failure as an error sentence and keeps nothing when nothing was measured', () => {
    const { sweep, workers, finished, start } = runner();
    start();
    workers[0].report({ type: 'error', message: 'Samples must be a whole number from 10 to 100,000, but is 3' });
    expect(sweep.state.getState().error).toBe('Samples must be a whole number from 10 to 100,000, but is 3.');
    expect(finished).toEqual([]);
  });
});
