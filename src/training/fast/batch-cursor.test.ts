// The allocation-free cursor visits exactly the batches BatchSchedule.next() hands out.
import { describe, expect, it } from 'vitest';
import { BatchSchedule, type ScheduleState } from '../batches';
import { BatchCursor } from './batch-cursor';

describe('BatchCursor', () => {
  it.each([
    [23, 5],
    [23, 0],
    [10, 10],
    [7, 3],
  ])('walks n = %i, batch %i like BatchSchedule over three epochs, and restores a position', (n, batchSize) => {
    const schedule = new BatchSchedule(n, batchSize, 9);
    const cursor = new BatchCursor(new BatchSchedule(n, batchSize, 9));
    const states: ScheduleState[] = [];
    for (let i = 0; i < 3 * schedule.batchesPerEpoch; i++) {
      expect(cursor.state).toEqual(schedule.state);
      expect(cursor.batchesLeftInEpoch).toBe(schedule.batchesLeftInEpoch);
      states.push(cursor.state);
      const batch = schedule.next();
      cursor.advance();
      const order = cursor.isFullBatch ? Int32Array.from({ length: n }, (_, i) => i) : cursor.order;
      expect({ epoch: cursor.epoch, start: cursor.start, size: cursor.size, order: Array.from(order) }).toEqual({
        epoch: batch.epoch,
        start: batch.start,
        size: batch.size,
        order: Array.from(batch.order),
      });
    }
    cursor.restore(states[2]);
    const replay = new BatchSchedule(n, batchSize, 9);
    replay.restore(states[2]);
    const expected = replay.next();
    cursor.advance();
    expect([cursor.epoch, cursor.start, cursor.size]).toEqual([expected.epoch, expected.start, expected.size]);
  });
});
