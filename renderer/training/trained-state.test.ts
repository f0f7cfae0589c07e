// Saving trained state: unless the user unticks it, weights with the step they were read at, history cut there,
// and the saved file read back bit for bit.
import { describe, expect, it } from 'vitest';
import { createProject, parseProject, serializeProject } from '../../src/project/index';
import { initialTrainingState } from '../store/training-slice';
import { trainedStateOf, weightValuesOf } from './trained-state';

const weights = [
  { nodeId: 'dense-2', name: 'kernel', shape: [2, 2], values: new Float32Array([1.5, -0, Number.MIN_VALUE, -3e-39]) },
];
const history = [5, 10, 15].map((step) => ({
  step,
  epoch: 1,
  trainLoss: 0.5,
  trainAccuracy: 0.8,
  validationLoss: 0.6,
  validationAccuracy: 0.7,
}));

describe('trainedStateOf', () => {
  it('is kept by default, and null when the user unticks it or no weights have been read', () => {
    const base = { ...initialTrainingState(), weights, weightsAt: { step: 10, epoch: 1 }, metrics: history };
    expect(trainedStateOf(base)).not.toBeNull();
    expect(trainedStateOf({ ...base, keepTrainedState: false })).toBeNull();
    expect(trainedStateOf({ ...base, keepTrainedState: true, weights: null })).toBeNull();
  });

  it('pairs the weights with their step and epoch, cuts the history there, and survives a save and reopen exactly', () => {
    const state = trainedStateOf({
      ...initialTrainingState(),
      keepTrainedState: true,
      weights,
      weightsAt: { step: 10, epoch: 1 },
      metrics: history,
    });
    expect(state).toMatchObject({ step: 10, epoch: 1 });
    expect(state?.history.map((p) => p.step)).toEqual([5, 10]);
    const reopened = parseProject(serializeProject({ ...createProject(), state: state ?? undefined }));
    const values = weightValuesOf(reopened.state as NonNullable<typeof reopened.state>)[0].values;
    expect(new Uint32Array(values.buffer, values.byteOffset, values.length)).toEqual(
      new Uint32Array(weights[0].values.buffer),
    );
    expect(reopened.state?.history).toEqual(state?.history);
  });
});
