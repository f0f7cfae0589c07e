import { describe, expect, it } from 'vitest';
import type { WeightValues } from '../../src/project/weights';
import { describeInitialWeights, shareInitialWeights, weightChecksum } from './initial-weights';

const w = (nodeId: string, name: string, shape: number[], start: number): WeightValues => ({
  nodeId,
  name,
  shape,
  values: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => start + i),
});

describe('shareInitialWeights', () => {
  it("takes A's values where node, name and shape match, keeps its own elsewhere, and says why", () => {
    const a = [w('dense-1', 'kernel', [2, 8], 0), w('dense-1', 'bias', [8], 100), w('dense-2', 'kernel', [8, 1], 200)];
    const b = [
      w('dense-1', 'kernel', [2, 8], 1000),
      w('dense-1', 'bias', [8], 2000),
      w('dense-2', 'kernel', [16, 1], 3000),
      w('dense-3', 'kernel', [1, 1], 4000),
    ];
    const { weights, shared } = shareInitialWeights(a, b);
    expect(Array.from(weights[0].values)).toEqual(Array.from(a[0].values));
    expect(weights[0].values).not.toBe(a[0].values);
    expect(Array.from(weights[1].values)).toEqual(Array.from(a[1].values));
    expect(weights[2]).toBe(b[2]);
    expect(weights[3]).toBe(b[3]);
    expect(shared.get('dense-1/kernel')).toBeNull();
    expect(shared.get('dense-2/kernel')).toBe("its kernel is 16×1, run A's is 8×1");
    expect(shared.get('dense-3/kernel')).toBe('run A has no kernel for node "dense-3"');
  });
});

describe('weightChecksum', () => {
  it('is equal for bit-identical values and differs when one bit differs (even -0 against 0)', () => {
    const x = Float32Array.from([1.5, -2, 3]);
    expect(weightChecksum(x)).toBe(weightChecksum(x.slice()));
    const y = x.slice();
    y[1] = -2.0000002;
    expect(weightChecksum(y)).not.toBe(weightChecksum(x));
    expect(weightChecksum(Float32Array.from([0]))).not.toBe(weightChecksum(Float32Array.from([-0])));
  });

  it('reads the bits of a view, not of its whole buffer', () => {
    const buffer = new Float32Array([9, 1, 2, 9]);
    expect(weightChecksum(buffer.subarray(1, 3))).toBe(weightChecksum(Float32Array.from([1, 2])));
  });
});

describe('describeInitialWeights', () => {
  it('marks shared weights, carries the reasons, and names the nodes', () => {
    const readBack = [w('dense-1', 'kernel', [2, 2], 0), w('dense-2', 'kernel', [2, 1], 0)];
    const shared = new Map<string, string | null>([
      ['dense-1/kernel', null],
      ['dense-2/kernel', 'different shape'],
    ]);
    const names = new Map([['dense-1', 'Linear 1']]);
    expect(describeInitialWeights(readBack, shared, names).map((d) => [d.nodeName, d.shared, d.reason])).toEqual([
      ['Linear 1', true, null],
      ['dense-2', false, 'different shape'],
    ]);
    expect(describeInitialWeights(readBack, null, names).every((d) => !d.shared && d.reason === null)).toBe(true);
  });
});
