import { describe, expect, it } from 'vitest';
import type { StatsSample } from '../../../src/training/stats';
import { type RunFacts, tenthOf, trainingAnnouncement, vanishingLayerOf } from './announcements';

const idle: RunFacts = {
  status: 'idle',
  epoch: 0,
  epochs: 100,
  loss: null,
  accuracy: null,
  vanishingLayer: null,
  divergedLayer: null,
};
const at = (changes: Partial<RunFacts>): RunFacts => ({ ...idle, status: 'running', ...changes });

describe('trainingAnnouncement', () => {
  it('says when a run starts or resumes', () => {
    expect(trainingAnnouncement(idle, at({}))).toBe('Training started: 100 epochs.');
    expect(trainingAnnouncement({ ...idle, status: 'paused', epoch: 40 }, at({ epoch: 40 }))).toBe(
      'Training resumed at epoch 40 of 100.',
    );
  });

  it('reports each tenth of the epochs with loss and accuracy, and stays quiet in between', () => {
    expect(trainingAnnouncement(at({ epoch: 9 }), at({ epoch: 10, loss: 0.41234, accuracy: 0.875 }))).toBe(
      'Epoch 10 of 100: loss 0.412, accuracy 87.5%.',
    );
    expect(trainingAnnouncement(at({ epoch: 10 }), at({ epoch: 19 }))).toBeNull();
    // A report may jump several epochs: crossing a tenth is what counts.
    expect(trainingAnnouncement(at({ epoch: 18 }), at({ epoch: 23, loss: 0.3 }))).toBe('Epoch 23 of 100: loss 0.300.');
    expect(tenthOf(5)).toBe(1);
  });

  it('names the layer where a run diverged', () => {
    const diverged = { ...at({ epoch: 7 }), status: 'diverged' as const, divergedLayer: 'Linear 2' };
    expect(trainingAnnouncement(at({ epoch: 7 }), diverged)).toBe(
      'Training diverged at epoch 7: a value became infinite or not a number in Linear 2. Training paused.',
    );
  });

  it('names the layer whose gradient vanishes, once', () => {
    const vanishing = at({ epoch: 3, vanishingLayer: 'Linear 1' });
    expect(trainingAnnouncement(at({ epoch: 3 }), vanishing)).toBe(
      "Gradients are vanishing: Linear 1 gets less than 1% of the last layer's gradient.",
    );
    expect(trainingAnnouncement(vanishing, at({ epoch: 3, vanishingLayer: 'Linear 1' }))).toBeNull();
  });

  it('says a run finished, with its scores, or paused before the end', () => {
    const done = { ...idle, status: 'paused' as const, epoch: 100, loss: 0.05, accuracy: 0.975 };
    expect(trainingAnnouncement(at({ epoch: 99 }), done)).toBe(
      'Training finished after 100 epochs: loss 0.0500, accuracy 97.5%.',
    );
    expect(trainingAnnouncement(at({ epoch: 50 }), { ...done, epoch: 50 })).toBe(
      'Training paused at epoch 50: loss 0.0500, accuracy 97.5%.',
    );
  });
});

describe('vanishingLayerOf', () => {
  const layer = (name: string, gradNorm: number) => ({
    nodeId: name,
    nodeName: name,
    kind: 'dense' as const,
    parameters: [{ name: 'kernel', gradNorm }],
    activation: null,
  });
  const sample = (first: number) =>
    ({ step: 1, epoch: 1, layers: [layer('Linear 1', first), layer('Linear 2', 1)] }) as unknown as StatsSample;

  it('names the first Linear layer when it gets 1% of the last one’s gradient or less', () => {
    expect(vanishingLayerOf(sample(0.001))).toBe('Linear 1');
    expect(vanishingLayerOf(sample(0.5))).toBeNull();
    expect(vanishingLayerOf(null)).toBeNull();
  });
});
