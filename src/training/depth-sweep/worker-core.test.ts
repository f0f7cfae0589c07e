import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../data/index';
import { DEFAULT_TRAINING } from '../config';
import type { FromSweepWorker, RunSweep } from '../worker/protocol';
import { DEFAULT_SWEEP_SETTINGS } from './settings';
import { handleSweepRequest } from './worker-core';

const request = (changes: Partial<RunSweep> = {}): RunSweep => ({
  type: 'run',
  settings: { ...DEFAULT_SWEEP_SETTINGS, minDepth: 1, maxDepth: 2, activations: ['tanh'], width: 4, steps: 3 },
  data: DEFAULT_DATASET,
  input: { source: 'plane', features: ['x1', 'x2'], columns: 2 },
  training: DEFAULT_TRAINING,
  ...changes,
});

describe('the depth sweep worker core', () => {
  it('posts a point per network with its progress, then done', async () => {
    const posted: FromSweepWorker[] = [];
    await handleSweepRequest(request(), (m) => posted.push(m));
    expect(
      posted.map((m) => (m.type === 'point' ? `${m.point.activation}@${m.point.depth} ${m.done}/${m.total}` : m.type)),
    ).toEqual(['tanh@1 1/2', 'tanh@2 2/2', 'done']);
  });

  it('reports bad settings or data as one error sentence, naming the value', async () => {
    const posted: FromSweepWorker[] = [];
    await handleSweepRequest(request({ settings: { ...request().settings, minDepth: 5, maxDepth: 2 } }), (m) =>
      posted.push(m),
    );
    await handleSweepRequest(request({ data: { ...DEFAULT_DATASET, samples: 3 } }), (m) => posted.push(m));
    expect(posted).toHaveLength(2);
    expect(posted[0]).toEqual({
      type: 'error',
      message: 'The first depth (5) is above the last (2). Set "from" to at most "to"',
    });
    expect(posted[1].type === 'error' && posted[1].message).toMatch(/Samples .* but is 3/);
  });
});
