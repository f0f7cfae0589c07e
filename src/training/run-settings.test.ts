import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_TRAINING } from './config';
import { RunSettings } from './run-settings';

const hooks = () => ({ optimizer: vi.fn(), learningRate: vi.fn(), batchSize: vi.fn() });

describe('RunSettings', () => {
  it('sends a new learning rate alone to the learningRate hook and a new batch size to batchSize', () => {
    const settings = new RunSettings(DEFAULT_TRAINING);
    const h = hooks();
    const next = { ...DEFAULT_TRAINING, batchSize: 7, optimizer: { ...DEFAULT_TRAINING.optimizer, learningRate: 0.3 } };
    settings.update(next, h);
    expect(h.learningRate).toHaveBeenCalledWith(0.3);
    expect(h.optimizer).not.toHaveBeenCalled();
    expect(h.batchSize).toHaveBeenCalledWith(7);
    expect(settings.training.batchSize).toBe(7);
  });

  it('keeps the optimizer the engine recorded, and holds a new seed back for the next reset', () => {
    const settings = new RunSettings(DEFAULT_TRAINING);
    const adam = { ...DEFAULT_TRAINING.optimizer, name: 'adam' as const };
    const h = hooks();
    h.optimizer.mockImplementation((config) => settings.tookOptimizer(config));
    settings.update({ ...DEFAULT_TRAINING, optimizer: adam, seed: DEFAULT_TRAINING.seed + 5 }, h);
    expect(settings.training.optimizer.name).toBe('adam');
    expect(settings.training.seed).toBe(DEFAULT_TRAINING.seed);
    expect(settings.takeResetSeed()).toBe(DEFAULT_TRAINING.seed + 5);
    expect(settings.takeResetSeed(3)).toBe(3);
  });

  it('clears the divergence on a new learning rate and refuses work once disposed', () => {
    const settings = new RunSettings(DEFAULT_TRAINING);
    settings.divergence = {
      step: 1,
      firstLayerNodeId: null,
      firstLayerName: null,
      what: 'loss',
      where: null,
      restoredStep: 0,
      message: 'x',
    };
    settings.tookLearningRate(0.01);
    expect(settings.divergence).toBeNull();
    settings.dispose();
    expect(() => settings.assertLive()).toThrow(/disposed/);
  });
});
