// The batch schedule and the targets: what the loss sees, in which order.
import { describe, expect, it } from 'vitest';
import { BatchSchedule, type Batch } from './batches';
import { buildTargets } from './targets';

const rowsOf = (b: Batch) => Array.from(b.order.subarray(b.start, b.start + b.size));

describe('BatchSchedule', () => {
  it('visits every sample once per epoch in a new seeded order, the last batch smaller', () => {
    const schedule = new BatchSchedule(10, 4, 7);
    expect(schedule.batchesPerEpoch).toBe(3);
    const epochs: number[][] = [];
    for (let e = 0; e < 3; e++) {
      const batches = [schedule.next(), schedule.next(), schedule.next()];
      expect(batches.map((b) => b.size)).toEqual([4, 4, 2]);
      expect(batches.map((b) => b.endsEpoch)).toEqual([false, false, true]);
      const seen = batches.flatMap(rowsOf);
      expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      epochs.push(seen);
    }
    expect(schedule.state).toEqual({ epoch: 3, batchIndex: 0 });
    expect(epochs[1]).not.toEqual(epochs[0]);
    expect(epochs[2]).not.toEqual(epochs[1]);
  });

  it('replays the same batches for the same seed and from a restored position', () => {
    const a = new BatchSchedule(9, 2, 3);
    const b = new BatchSchedule(9, 2, 3);
    const first = Array.from({ length: 12 }, () => rowsOf(a.next()));
    expect(Array.from({ length: 12 }, () => rowsOf(b.next()))).toEqual(first);
    const c = new BatchSchedule(9, 2, 3);
    c.restore({ epoch: 1, batchIndex: 2 });
    expect(rowsOf(c.next())).toEqual(first[5 + 2]);
    expect(rowsOf(new BatchSchedule(9, 2, 4).next())).not.toEqual(first[0]);
  });

  it('takes batch size 0, or one ≥ n, as the full batch in the original order', () => {
    for (const size of [0, 5, 50]) {
      const schedule = new BatchSchedule(5, size, 1);
      expect(schedule.isFullBatch).toBe(true);
      expect(rowsOf(schedule.next())).toEqual([0, 1, 2, 3, 4]);
      expect(schedule.state.epoch).toBe(1);
    }
  });

  it('refuses impossible settings, saying why', () => {
    expect(() => new BatchSchedule(0, 4, 1)).toThrow(/no training samples/);
    expect(() => new BatchSchedule(5, -1, 1)).toThrow(/Batch size -1/);
    expect(() => new BatchSchedule(5, 2.5, 1)).toThrow(/Batch size 2.5/);
  });
});

describe('buildTargets', () => {
  const labels = Float32Array.from([2, 0, 1]);

  it('one-hot encodes class labels for several outputs and passes them through for one', () => {
    expect(Array.from(buildTargets(labels, 3, 3, 'multiclass'))).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
    expect(Array.from(buildTargets(Float32Array.from([1, 0]), 2, 2, 'binary'))).toEqual([0, 1, 1, 0]);
    expect(Array.from(buildTargets(Float32Array.from([0.5, -2]), 2, 1, 'regression'))).toEqual([0.5, -2]);
  });

  it('says how to fix a network whose outputs do not fit the labels', () => {
    expect(() => buildTargets(labels, 3, 2, 'multiclass')).toThrow(
      /Sample 0 has class 2, but the network has only 2 outputs/,
    );
    expect(() => buildTargets(labels, 3, 1, 'multiclass')).toThrow(/one unit per class/);
    expect(() => buildTargets(labels, 3, 2, 'regression')).toThrow(/Give the last Linear layer 1 unit/);
  });
});
