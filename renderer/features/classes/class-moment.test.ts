import { describe, expect, it } from 'vitest';
import type { DecisionGridSnapshot } from '../../store/types';
import { classNamesOf, predictionsMoment } from './class-moment';

const snapshot = (step: number, predicted: boolean): DecisionGridSnapshot => ({
  step,
  epoch: step,
  resolution: 2,
  channels: 1,
  values: new Float32Array(4),
  moment: true,
  ...(predicted ? { predictions: { train: new Uint8Array(1), validation: new Uint8Array(1) } } : {}),
});

describe('predictionsMoment', () => {
  const grids = [snapshot(0, true), snapshot(5, false), snapshot(10, true), snapshot(15, false)];

  it('follows the run: the newest snapshot that brought predictions', () => {
    expect(predictionsMoment({ grids, pinnedStep: null })?.step).toBe(10);
  });

  it('follows the scrubber: the pinned moment, or the nearest earlier one with predictions', () => {
    expect(predictionsMoment({ grids, pinnedStep: 10 })?.step).toBe(10);
    expect(predictionsMoment({ grids, pinnedStep: 5 })?.step).toBe(0);
  });

  it('is null before any predictions came', () => {
    expect(predictionsMoment({ grids: [snapshot(0, false)], pinnedStep: null })).toBeNull();
  });
});

describe('classNamesOf', () => {
  it('uses the dataset’s names and numbers the rest', () => {
    expect(classNamesOf({ classNames: ['setosa', 'versicolor'] }, 3)).toEqual(['setosa', 'versicolor', '2']);
    expect(classNamesOf({}, 2)).toEqual(['0', '1']);
  });
});
