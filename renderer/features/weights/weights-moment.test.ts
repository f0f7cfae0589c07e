import { describe, expect, it } from 'vitest';
import type { StatsSample } from '../../../src/training/stats';
import type { WeightValues } from '../../../src/training/weights';
import type { DecisionGridSnapshot } from '../../store/types';
import { pinnedWeightsMoment, statsAtOrBefore, weightsMomentLabel } from './weights-moment';

const weights = (value: number): WeightValues[] => [
  { nodeId: 'a', name: 'kernel', shape: [1], values: new Float32Array([value]) },
];
const moment = (step: number, epoch: number, kept?: WeightValues[]): DecisionGridSnapshot => ({
  step,
  epoch,
  resolution: 1,
  channels: 1,
  values: new Float32Array(1),
  moment: true,
  ...(kept ? { weights: kept } : {}),
});
const grids = [moment(0, 0, weights(0)), moment(4, 2), moment(8, 4, weights(8)), moment(12, 6, weights(12))];

describe('the weights the Weights view shows', () => {
  it('follows the run live when nothing is pinned', () => {
    expect(pinnedWeightsMoment({ grids, pinnedStep: null })).toBeNull();
    expect(weightsMomentLabel(null, false)).toBe('live');
  });

  it('shows the pinned moment, or the nearest earlier one that kept weights', () => {
    expect(pinnedWeightsMoment({ grids, pinnedStep: 8 })).toBe(grids[2]);
    expect(pinnedWeightsMoment({ grids, pinnedStep: 9 })).toBe(grids[2]);
    expect(pinnedWeightsMoment({ grids, pinnedStep: 4 })).toBe(grids[0]);
    expect(weightsMomentLabel(grids[2], true)).toBe('weights at epoch 4');
  });

  it('says so when no moment that early kept weights', () => {
    const thinned = [moment(0, 0), moment(4, 2, weights(4))];
    expect(pinnedWeightsMoment({ grids: thinned, pinnedStep: 0 })).toBeNull();
    expect(weightsMomentLabel(null, true)).toBe('live (no weights kept that early)');
  });

  it('pairs the moment with the statistics sampled at or before its step', () => {
    const samples: StatsSample[] = [0, 3, 6, 9].map((step) => ({ step, epoch: step, layers: [] }));
    expect(statsAtOrBefore(samples, 7)?.step).toBe(6);
    expect(statsAtOrBefore(samples, 9)?.step).toBe(9);
    expect(statsAtOrBefore([], 3)).toBeNull();
  });
});
