import { describe, expect, it } from 'vitest';
import { boundaryCaption } from './boundary-caption';

const point = (step: number, trainLoss: number, trainAccuracy: number | null) => ({
  step,
  epoch: step / 10,
  trainLoss,
  trainAccuracy,
  validationLoss: null,
  validationAccuracy: null,
});

describe('boundaryCaption', () => {
  it('names the step and epoch, and the last metrics taken at or before the snapshot', () => {
    const metrics = [point(0, 0.69, 0.5), point(100, 0.31234, 0.875), point(200, 0.1, 0.99)];
    expect(boundaryCaption({ step: 150, epoch: 15 }, metrics)).toEqual({
      moment: 'step 150 · epoch 15',
      metrics: 'loss 0.3123 · accuracy 87.5%',
    });
    expect(boundaryCaption({ step: 1200, epoch: 120 }, metrics).moment).toBe('step 1,200 · epoch 120');
  });

  it('leaves out what is not known: no metrics before the first, no accuracy for a regression', () => {
    expect(boundaryCaption({ step: 5, epoch: 0 }, [point(10, 1, 0.5)]).metrics).toBe('');
    expect(boundaryCaption({ step: 20, epoch: 2 }, [point(10, 2.5, null)]).metrics).toBe('loss 2.5');
  });
});
