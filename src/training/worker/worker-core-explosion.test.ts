// The explosion guard inside the worker core: finite blow-ups stop the run with a report naming a layer.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseProject } from '../../project/parse';
import type { EngineKind } from '../engine';
import type { FromWorker, TrainingDocument } from './protocol';
import { playToEnd } from '../test-support/play';
import { WorkerCore } from './worker-core';

/** The moons lesson (2-10-1, full batch) at the given learning rate and epochs. */
function moons(learningRate: number, epochs = 300): TrainingDocument {
  const file = parseProject(
    readFileSync(new URL('../../../assets/examples/moons-2-10-1.mlp', import.meta.url), 'utf8'),
  );
  return {
    graph: file.graph,
    data: file.data,
    training: { ...file.training, epochs, optimizer: { ...file.training.optimizer, learningRate } },
  };
}

const diverged = (messages: FromWorker[]) =>
  messages.filter((m): m is Extract<FromWorker, { type: 'diverged' }> => m.type === 'diverged');
let cores: WorkerCore[] = [];
afterEach(async () => {
  for (const core of cores) await core.handle({ type: 'dispose' });
  cores = [];
});

describe('WorkerCore explosion guard', () => {
  it.each<EngineKind>(['fast', 'tfjs'])(
    'stops the moons lesson at learning rate 50 while the loss is still finite (%s engine)',
    async (engine) => {
      const messages = await playToEnd(moons(50), { engine });
      const [report] = diverged(messages);
      expect(report).toMatchObject({ kind: 'lossGrowth', firstLayerName: expect.stringMatching(/^Linear \d$/) });
      expect(report.step).toBeLessThan(20);
      expect(report.message).toMatch(/loss reached .*finite.*Reset and train again/);
      expect(messages.at(-1)).toEqual({ type: 'stopped', reason: 'diverged' });
    },
  );

  it('lets the lesson at its own rate train to the end', async () => {
    const messages = await playToEnd(moons(0.2, 200), { engine: 'fast' });
    expect(diverged(messages)).toEqual([]);
    expect(messages.at(-1)).toEqual({ type: 'stopped', reason: 'finished' });
  });

  it('says so again when the damaged network is stepped on without a reset, and judges afresh after one', async () => {
    const messages: FromWorker[] = [];
    const core = new WorkerCore({ post: (m) => messages.push(m), sliceMs: 10 });
    cores.push(core);
    await core.handle({ type: 'init', document: moons(50), backend: 'cpu', engine: 'fast' });
    await core.handle({ type: 'step', batches: 1 });
    await core.handle({ type: 'step', batches: 5 });
    expect(diverged(messages)).toHaveLength(1);
    // Stepping on without a reset at an even larger rate: the damaged network is stopped again.
    await core.handle({ type: 'setLearningRate', learningRate: 5000 });
    await core.handle({ type: 'step', batches: 20 });
    expect(diverged(messages).length).toBeGreaterThanOrEqual(2);
    const before = diverged(messages).length;
    await core.handle({ type: 'reset' });
    await core.handle({ type: 'setLearningRate', learningRate: 0.2 });
    await core.handle({ type: 'step', batches: 1 });
    await core.handle({ type: 'step', batches: 20 });
    expect(diverged(messages)).toHaveLength(before);
    await vi.waitFor(() => expect(messages.at(-1)?.type).not.toBe('diverged'));
  });
});
