// The training options added for the notebooks' experiments: early stopping (optional, so older
// files open as before) and Nesterov momentum, kept through a save and reopen and checked field by field.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING } from '../training/config';
import { createProject } from './create';
import { parseProject } from './parse';
import { serializeProject } from './serialize';

const early = { enabled: true, monitor: 'trainLoss' as const, patience: 10, minDelta: 0.0001, restoreBest: false };

describe('training options in a .mlp', () => {
  it('round-trips early stopping and Nesterov momentum; files without early stopping open without it', () => {
    const training = {
      ...DEFAULT_TRAINING,
      optimizer: { ...DEFAULT_TRAINING.optimizer, name: 'nesterov' as const },
      earlyStopping: early,
    };
    const reopened = parseProject(serializeProject(createProject({ training })));
    expect(reopened.training.earlyStopping).toEqual(early);
    expect(reopened.training.optimizer.name).toBe('nesterov');
    expect(parseProject(serializeProject(createProject())).training.earlyStopping).toBeUndefined();
  });

  it('refuses an unknown monitor and a patience of 0 epochs, naming the field', () => {
    const text = (earlyStopping: unknown) => {
      const file = JSON.parse(serializeProject(createProject()));
      return JSON.stringify({ ...file, training: { ...file.training, earlyStopping } });
    };
    expect(() => parseProject(text({ ...early, monitor: 'accuracy' }))).toThrow(/training\.earlyStopping\.monitor/);
    expect(() => parseProject(text({ ...early, patience: 0 }))).toThrow(/training\.earlyStopping\.patience/);
  });
});
