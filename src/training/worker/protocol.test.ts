// The protocol's helpers: the exhaustive-switch guard and the transferable buffers of a message.
import { describe, expect, it } from 'vitest';
import { assertNever, transferablesOf, type FromWorker } from './protocol';

const histogram = () => ({ range: 1, counts: new Float32Array(30) });

describe('protocol helpers', () => {
  it('assertNever throws on a message no case handled', () => {
    expect(() => assertNever({ type: 'mystery' } as never)).toThrow(/Unhandled message: {"type":"mystery"}/);
  });

  it('lists the buffers of grids, weights and statistics once each, and none for plain messages', () => {
    const values = new Float32Array(4);
    expect(transferablesOf({ type: 'grid', resolution: 2, channels: 1, values })).toEqual([values.buffer]);
    const shared = new Float32Array(8);
    const weights: FromWorker = {
      type: 'weights',
      weights: [
        { nodeId: 'a', name: 'kernel', shape: [2, 2], values: shared.subarray(0, 4) },
        { nodeId: 'a', name: 'bias', shape: [2], values: new Float32Array(2) },
        { nodeId: 'b', name: 'bias', shape: [4], values: shared.subarray(4) },
      ],
    };
    expect(transferablesOf(weights)).toHaveLength(2);
    const parameter = {
      name: 'kernel',
      gradNorm: 1,
      gradMeanAbs: 1,
      weightNorm: 1,
      ratio: 1,
      gradHistogram: histogram(),
      weightHistogram: histogram(),
    };
    const activation = {
      activation: 'relu' as const,
      mean: 0,
      saturatedFraction: null,
      deadFraction: 0,
      histogram: histogram(),
    };
    const stats: FromWorker = {
      type: 'stats',
      step: 1,
      epoch: 0,
      layers: [
        { nodeId: 'd', nodeName: 'Linear', kind: 'dense', parameters: [parameter], activation: null },
        { nodeId: 'r', nodeName: 'ReLU', kind: 'activation', parameters: [], activation },
      ],
    };
    expect(transferablesOf(stats)).toHaveLength(3);
    expect(transferablesOf({ type: 'stopped', reason: 'paused' })).toEqual([]);
  });
});
